/** A revised reminder keeps its booked weekday and time; the record's first date and time are validated. */
import { parseBookings } from '../../../../src/domain/bookingsSchema';
import { reminderChange, revisedFirstDate } from '../../../../src/features/followUp/reminderSync';
import type { Agreement } from '../../../../src/domain/model';

const agreement = (cadence: Agreement['cadence']): Agreement => ({
  id: 'a',
  text: 'Gåtur',
  followUp: '',
  createdAt: '2026-11-01T00:00:00Z',
  ...(cadence ? { cadence } : {}),
});

describe('revisedFirstDate', () => {
  // 2026-12-01 is a Tuesday.
  it('weekly: the next Tuesday on or after the day of the revision', () => {
    expect(revisedFirstDate('weekly', '2026-12-01', '2027-01-07', '2027-11-30')).toBe('2027-01-12');
    expect(revisedFirstDate('weekly', '2026-12-01', '2027-01-12', '2027-11-30')).toBe('2027-01-12');
  });
  it('biweekly: keeps its fortnights', () => {
    expect(revisedFirstDate('biweekly', '2026-12-01', '2026-12-09', '2027-11-30')).toBe('2026-12-15');
    expect(revisedFirstDate('biweekly', '2026-12-01', '2026-12-16', '2027-11-30')).toBe('2026-12-29');
  });
  it('monthly: the same weekday of the same week of the month', () => {
    // First Tuesday of the month.
    expect(revisedFirstDate('monthly', '2026-12-01', '2027-01-10', '2027-11-30')).toBe('2027-02-02');
  });
  it('daily: today; before the booked start: the booked start; without a record: today', () => {
    expect(revisedFirstDate('daily', '2026-12-01', '2027-01-10', '2027-11-30')).toBe('2027-01-10');
    expect(revisedFirstDate('weekly', '2026-12-01', '2026-11-27', '2027-11-30')).toBe('2026-12-01');
    expect(revisedFirstDate('weekly', undefined, '2027-01-10', '2027-11-30')).toBe('2027-01-10');
  });
  it('the change carries the booked time', () => {
    const contract = { locale: 'da' as const, period: { start: '2026-11-26', end: '2027-11-25' } };
    const change = reminderChange(agreement('weekly'), contract, { today: '2027-01-07' }, { firstDate: '2026-12-01', time: '07:15' });
    expect([change.firstDate, change.reminderTime]).toEqual(['2027-01-12', '07:15']);
    expect(reminderChange(agreement('weekly'), contract, { today: '2027-01-07' }).reminderTime).toBe('08:30');
    // An older record without a first date: the engine's rule, the first working day after the dialogue (Monday 30 November).
    const older = {
      ...contract,
      bookings: {
        followUps: [],
        reminders: [],
        dialogue: { transactionId: 't', start: '2026-11-27T10:00:00', end: '2026-11-27T10:45:00', timeZone: 'Romance Standard Time' },
      },
    };
    expect(reminderChange(agreement('weekly'), older, { today: '2027-01-07' }).firstDate).toBe('2027-01-11');
  });
});

describe('the reminder record', () => {
  const record = (extra: Record<string, unknown>) => ({
    followUps: [],
    reminders: [{ agreementId: 'a', kind: 'todo', cadence: 'weekly', text: 'x', ...extra }],
  });
  it('keeps a valid first date and time', () => {
    const parsed = parseBookings(record({ firstDate: '2026-12-01', time: '07:15' }));
    expect(parsed.ok && parsed.value.reminders[0]).toMatchObject({ firstDate: '2026-12-01', time: '07:15' });
  });
  it('refuses a malformed one', () => {
    const parsed = parseBookings(record({ firstDate: '1.12.2026', time: '25:00' }));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors.join('\n')).toMatch(/firstDate[\s\S]*time/);
  });
});
