import type { Bookings } from './model';

/**
 * The part of the record that goes into the shared lederaftale.json: eTags are the leader's
 * device's business, and the private notes' whereabouts are nobody else's.
 */
export function sharedBookings(bookings: Bookings): Bookings {
  const out: Bookings = { ...bookings, followUps: bookings.followUps.map((f) => ({ ...f })), reminders: bookings.reminders.map((r) => ({ ...r })) };
  delete out.privateNotes;
  delete out.retired;
  if (bookings.storage) {
    // The JSON does not describe itself (its own id would change the very file it is written to).
    const { eTag: _docxETag, hash: _docxHash, ...docx } = bookings.storage.docx;
    out.storage = { ...bookings.storage, json: {}, docx };
  }
  return out;
}
