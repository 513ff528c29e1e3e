/**
 * A shortened or ended period: the follow-up series and the self-reminders booked for it must end
 * with it, not run on to the old end. Which of them run past the period's (new) last day, and the
 * record once they are ended. Pure; the Graph calls are in src/features/followUp/endBookings.ts.
 */
import type { Bookings, FollowUpBooking, ReminderBooking } from './model';

export interface BookingsPastEnd {
  followUps: FollowUpBooking[];
  reminders: ReminderBooking[];
}

/** The booked series and reminders whose last day is after `lastDay` (YYYY-MM-DD). */
export function bookingsPastEnd(bookings: Bookings | undefined, lastDay: string): BookingsPastEnd {
  return {
    followUps: (bookings?.followUps ?? []).filter((f) => f.seriesMasterId && f.endDate > lastDay),
    reminders: (bookings?.reminders ?? []).filter((r) => (r.taskId || r.eventId) && r.endDate !== undefined && r.endDate > lastDay),
  };
}

export const isEmptyPastEnd = (p: BookingsPastEnd): boolean => p.followUps.length === 0 && p.reminders.length === 0;

/**
 * What the record says after ending: a series or reminder that had not begun by `lastDay` is gone
 * (it was cancelled or deleted), the others end on `lastDay`.
 */
export function withBookingsEnded(bookings: Bookings, lastDay: string, ended: { followUps: string[]; reminders: string[] }): Bookings {
  const followUps = bookings.followUps
    .filter((f) => !(ended.followUps.includes(f.id) && f.start.slice(0, 10) > lastDay))
    .map((f) => (ended.followUps.includes(f.id) && f.endDate > lastDay ? { ...f, endDate: lastDay } : f));
  const reminders = bookings.reminders
    .filter((r) => !(ended.reminders.includes(r.agreementId) && (r.firstDate ?? '') > lastDay))
    .map((r) => (ended.reminders.includes(r.agreementId) && r.endDate !== undefined && r.endDate > lastDay ? { ...r, endDate: lastDay } : r));
  return { ...bookings, followUps, reminders };
}
