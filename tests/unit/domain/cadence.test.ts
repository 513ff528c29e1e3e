import { CADENCE_LABELS, cadenceToRecurrence, findFollowUpPreset, firstOccurrences, followUpPresets } from '../../../src/domain/cadence';
import { FOLLOW_UP_CADENCES } from '../../../src/domain/catalog';
import { isoDate } from '../../../src/domain/dates';

const TZ = 'Romance Standard Time';
const range = (startDate: string, endDate: string) => ({ type: 'endDate', startDate, endDate, recurrenceTimeZone: TZ });

describe('cadenceToRecurrence', () => {
  // 26 November 2026 is a Thursday, the fourth Thursday of the month.
  const start = '2026-11-26';
  const end = '2027-11-26';

  it('daily', () => {
    expect(cadenceToRecurrence('daily', start, end, TZ)).toEqual({ pattern: { type: 'daily', interval: 1 }, range: range(start, end) });
  });

  it('weekly on the start’s weekday, weeks from Monday', () => {
    expect(cadenceToRecurrence('weekly', start, end, TZ)).toEqual({
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['thursday'], firstDayOfWeek: 'monday' },
      range: range(start, end),
    });
  });

  it('every 14 days is weekly with interval 2', () => {
    expect(cadenceToRecurrence('biweekly', start, end, TZ).pattern).toEqual({
      type: 'weekly',
      interval: 2,
      daysOfWeek: ['thursday'],
      firstDayOfWeek: 'monday',
    });
  });

  it('monthly keeps the weekday: the fourth Thursday', () => {
    expect(cadenceToRecurrence('monthly', start, end, TZ).pattern).toEqual({ type: 'relativeMonthly', interval: 1, daysOfWeek: ['thursday'], index: 'fourth' });
    expect(cadenceToRecurrence('monthly', '2026-12-01', end, TZ).pattern).toMatchObject({ daysOfWeek: ['tuesday'], index: 'first' });
    // A fifth occurrence does not exist every month: "last" does.
    expect(cadenceToRecurrence('monthly', '2026-12-31', end, TZ).pattern).toMatchObject({ daysOfWeek: ['thursday'], index: 'last' });
  });

  it('quarterly is absoluteMonthly every 3 months on the start’s day', () => {
    expect(cadenceToRecurrence('quarterly', start, end, TZ)).toEqual({
      pattern: { type: 'absoluteMonthly', interval: 3, dayOfMonth: 26 },
      range: range(start, end),
    });
  });

  it('takes a Date (its local calendar date) as well as an ISO date', () => {
    const r = cadenceToRecurrence('weekly', new Date(2026, 10, 30, 9, 0), new Date(2027, 4, 30), TZ);
    expect(r.range).toEqual(range('2026-11-30', '2027-05-30'));
    expect(r.pattern?.daysOfWeek).toEqual(['monday']);
  });

  it('refuses an end before the start and invalid dates', () => {
    expect(() => cadenceToRecurrence('weekly', start, '2026-11-25', TZ)).toThrow(RangeError);
    expect(() => cadenceToRecurrence('weekly', '2026-13-01', end, TZ)).toThrow(/start is not a valid date/);
    expect(() => cadenceToRecurrence('weekly', start, new Date(NaN), TZ)).toThrow(/endDate/);
  });
});

describe('firstOccurrences', () => {
  const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10, 0);
  const days = (dates: Date[]) => dates.map(isoDate);

  it('lists the first dates per cadence, keeping the time of day', () => {
    const start = at(2026, 11, 26);
    expect(days(firstOccurrences('daily', start, 3))).toEqual(['2026-11-26', '2026-11-27', '2026-11-28']);
    expect(days(firstOccurrences('weekly', start, 3))).toEqual(['2026-11-26', '2026-12-03', '2026-12-10']);
    expect(days(firstOccurrences('biweekly', start, 3))).toEqual(['2026-11-26', '2026-12-10', '2026-12-24']);
    expect(days(firstOccurrences('monthly', start, 3))).toEqual(['2026-11-26', '2026-12-24', '2027-01-28']);
    expect(days(firstOccurrences('quarterly', start, 3))).toEqual(['2026-11-26', '2027-02-26', '2027-05-26']);
    for (const d of firstOccurrences('monthly', start, 3)) expect([d.getHours(), d.getMinutes(), d.getDay()]).toEqual([10, 0, 4]);
  });

  it('monthly from a fifth week falls on the last such weekday', () => {
    expect(days(firstOccurrences('monthly', at(2026, 12, 31), 3))).toEqual(['2026-12-31', '2027-01-28', '2027-02-25']);
  });

  it('quarterly from the 31st moves to the month’s last day and back', () => {
    expect(days(firstOccurrences('quarterly', at(2026, 1, 31), 4))).toEqual(['2026-01-31', '2026-04-30', '2026-07-31', '2026-10-31']);
  });

  it('stops at the end date (inclusive) and on a zero count', () => {
    expect(days(firstOccurrences('weekly', at(2026, 11, 26), 10, '2026-12-10'))).toEqual(['2026-11-26', '2026-12-03', '2026-12-10']);
    expect(firstOccurrences('daily', at(2026, 11, 26), 0)).toEqual([]);
  });

  it('agrees with the recurrence’s weekday for every cadence', () => {
    const start = at(2027, 3, 9); // a Tuesday
    for (const cadence of FOLLOW_UP_CADENCES) {
      const pattern = cadenceToRecurrence(cadence, start, '2028-03-09', TZ).pattern!;
      const dates = firstOccurrences(cadence, start, 4);
      expect(isoDate(dates[0]!)).toBe('2027-03-09');
      if (pattern.daysOfWeek) for (const d of dates) expect(d.getDay()).toBe(2);
    }
  });
});

describe('follow-up presets', () => {
  it('are the tool’s three, each with a cadence and labels in both languages', () => {
    expect(followUpPresets.map((p) => [p.id, p.cadence])).toEqual([
      ['shortDialogueBiweekly', 'biweekly'],
      ['weeklyStatus', 'weekly'],
      ['quarterlyDialogue', 'quarterly'],
    ]);
    for (const p of followUpPresets) {
      expect(p.label.da && p.label.en && p.subject.da && p.subject.en).toBeTruthy();
      expect(p.durationMinutes).toBeGreaterThan(0);
    }
    expect(findFollowUpPreset('quarterlyDialogue')?.label.da).toBe('Kvartalsdialog');
    expect(findFollowUpPreset('nope')).toBeUndefined();
  });

  it('has a label for every cadence', () => {
    for (const c of FOLLOW_UP_CADENCES) expect(CADENCE_LABELS[c].da.length * CADENCE_LABELS[c].en.length).toBeGreaterThan(0);
    expect(CADENCE_LABELS.biweekly).toEqual({ da: 'hver 14. dag', en: 'every 14 days' });
  });
});
