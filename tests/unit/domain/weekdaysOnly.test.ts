import { cadenceToRecurrence } from '../../../src/domain/cadence';
import { reminderChange } from '../../../src/features/followUp/reminderSync';
import { todoTaskBody } from '../../../src/graph/todo';
import { reminderEventPatch, todoTaskPatch } from '../../../src/graph/todoUpdates';
import { readBookings } from '../../../src/domain/bookingsSchema';
import { Reader } from '../../../src/domain/validate';
import type { Agreement } from '../../../src/domain/model';

const FIVE_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

describe('a daily self-check reminder on weekdays only', () => {
  it('is Outlook’s "every weekday": weekly with Monday to Friday; without the choice it stays daily', () => {
    const weekdays = cadenceToRecurrence('daily', '2026-12-07', '2027-06-30', 'Romance Standard Time', { weekdaysOnly: true });
    expect(weekdays.pattern).toEqual({ type: 'weekly', interval: 1, daysOfWeek: FIVE_DAYS, firstDayOfWeek: 'monday' });
    expect(weekdays.range).toEqual({ type: 'endDate', startDate: '2026-12-07', endDate: '2027-06-30', recurrenceTimeZone: 'Romance Standard Time' });
    expect(cadenceToRecurrence('daily', '2026-12-07', '2027-06-30', 'Romance Standard Time').pattern).toEqual({ type: 'daily', interval: 1 });
    // Only a daily cadence has weekends to skip.
    expect(cadenceToRecurrence('weekly', '2026-12-07', '2027-06-30', '', { weekdaysOnly: true }).pattern?.daysOfWeek).toEqual(['monday']);
  });

  it('reaches the To Do task and the calendar reminder', () => {
    const task = todoTaskBody({
      title: 'Ingen mails efter kl. 17',
      cadence: 'daily',
      weekdaysOnly: true,
      firstDate: '2026-12-07',
      endDate: '2027-06-30',
      timeZone: 'Romance Standard Time',
      guardKey: 'g',
    });
    expect(task.recurrence?.pattern?.daysOfWeek).toEqual(FIVE_DAYS);
    const change = {
      title: 't',
      body: 'b',
      cadence: 'daily' as const,
      weekdaysOnly: true,
      firstDate: '2026-12-07',
      endDate: '2027-06-30',
      reminderTime: '08:30',
      timeZone: 'Romance Standard Time',
    };
    expect(todoTaskPatch(change).recurrence?.pattern?.daysOfWeek).toEqual(FIVE_DAYS);
    expect(reminderEventPatch(change).recurrence?.pattern?.daysOfWeek).toEqual(FIVE_DAYS);
  });

  it('is kept in the booking record and through a revision of the agreement', () => {
    const r = new Reader();
    const bookings = readBookings(
      r,
      { followUps: [], reminders: [{ agreementId: 'a', kind: 'todo', cadence: 'daily', text: 'x', taskId: 'T', taskListId: 'L', weekdaysOnly: true }] },
      '',
    );
    expect(r.errors).toEqual([]);
    expect(bookings.reminders[0]?.weekdaysOnly).toBe(true);
    const agreement: Agreement = { id: 'a', text: 'Ingen mails efter kl. 17 på hverdage', followUp: '', cadence: 'daily', createdAt: '2026-12-01T10:00:00Z' };
    const contract = { locale: 'da' as const, period: { start: '2026-12-01', end: '2027-06-30' }, bookings };
    expect(reminderChange(agreement, contract, { today: '2026-12-09' }, bookings.reminders[0]).weekdaysOnly).toBe(true);
    expect(reminderChange(agreement, contract, { today: '2026-12-09' }, { ...bookings.reminders[0], weekdaysOnly: undefined }).weekdaysOnly).toBeUndefined();
  });
});
