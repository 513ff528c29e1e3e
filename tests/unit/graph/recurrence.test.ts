import { patternedRecurrence, recurrencePattern } from '../../../src/graph/recurrence';

describe('recurrencePattern', () => {
  it('maps the tool’s cadences to Graph recurrences', () => {
    // Tuesday 8 December 2026 (the second Tuesday).
    expect(recurrencePattern('weekly', '2026-12-08')).toEqual({ type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' });
    expect(recurrencePattern('biweekly', '2026-12-08')).toMatchObject({ type: 'weekly', interval: 2, daysOfWeek: ['tuesday'] });
    expect(recurrencePattern('monthly', '2026-12-08')).toEqual({ type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'second' });
    expect(recurrencePattern('quarterly', '2026-12-08')).toEqual({ type: 'absoluteMonthly', interval: 3, dayOfMonth: 8 });
    expect(recurrencePattern('daily', '2026-12-08')).toEqual({ type: 'daily', interval: 1 });
  });

  it('uses "last" for a fifth weekday, which not every month has', () => {
    expect(recurrencePattern('monthly', '2026-12-29')).toMatchObject({ index: 'last', daysOfWeek: ['tuesday'] });
  });
});

describe('patternedRecurrence', () => {
  it('ends on the contract period’s last day', () => {
    expect(patternedRecurrence('biweekly', '2026-12-08', '2027-06-30', 'Romance Standard Time').range).toEqual({
      type: 'endDate',
      startDate: '2026-12-08',
      endDate: '2027-06-30',
      recurrenceTimeZone: 'Romance Standard Time',
    });
  });

  it('refuses an end before the start', () => {
    expect(() => patternedRecurrence('weekly', '2026-12-08', '2026-12-01')).toThrow(/before/);
  });
});
