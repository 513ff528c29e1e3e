/**
 * "Inviter din leder" ticks itself from what "Book og del" did: the tool's four items, in the
 * content's order (the same in Danish and English), each done by a part of the booking record.
 * Only a part that became done ticks its item; the leader's own ticks and unticks are left alone.
 */
import type { Bookings } from './model';

/** Per checklist index: is it done by this booking record? */
const DONE_BY: readonly ((b: Bookings) => boolean)[] = [
  // "Fortæl din leder om værktøjet": the chat message, or the shared folder's invitation.
  (b) => Boolean(b.chat?.messageId || b.share?.permissionId),
  // "Aftal … de 45 minutter … book det som en fælles aftale … husk et mødelokale": the dialogue booked.
  (b) => Boolean(b.dialogue?.eventId),
  // "Bed din leder forberede sig …": the contract and its questions shared with the nearest leader.
  (b) => Boolean(b.share?.permissionId || b.chat?.messageId),
  // "Book det som en fælles aftale …, når I har aftalt, hvornår I følger op": a follow-up series booked.
  (b) => b.followUps.some((f) => Boolean(f.seriesMasterId)),
];

/** The checklist after a booking moved from `before` to `after`. */
export function tickFromBookings(checklist: readonly boolean[], before: Bookings | undefined, after: Bookings): boolean[] {
  const next = [...checklist];
  DONE_BY.forEach((done, index) => {
    if (done(after) && !(before && done(before))) next[index] = true;
  });
  // JSON turns holes into null; an unset item is "not ticked".
  return Array.from({ length: next.length }, (_, i) => next[i] === true);
}
