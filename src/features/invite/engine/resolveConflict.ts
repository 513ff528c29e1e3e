/**
 * A shared file changed on OneDrive since this device saved it (412 on If-Match). Nothing is
 * overwritten until the leader chooses:
 *  - keepMine: the next "Book and share" writes this device's version (If-Match with their eTag,
 *    so a third change in between is caught again) — with the nearest leader's additions to the
 *    JSON (their agreements, comments, acceptance) taken in, so "mine" never drops their part;
 *  - takeTheirs: their lederaftale.json becomes the contract (the nearest leader's comments and
 *    agreements included); this device's booking record is kept.
 */
import type { Bookings, Contract } from '../../../domain/model';
import { adoptSharedAdditions } from '../../../domain/sharedAdditions';
import { documentHash } from './prepare';
import type { StorageConflict } from './result';

export type ConflictChoice = 'keepMine' | 'takeTheirs';

export function resolveStorageConflict(contract: Contract, conflict: StorageConflict, choice: ConflictChoice): Contract {
  const bookings: Bookings = JSON.parse(JSON.stringify(contract.bookings ?? { followUps: [], reminders: [] })) as Bookings;
  if (!bookings.storage) return contract;
  const file = bookings.storage[conflict.file];
  file.eTag = conflict.remoteETag;
  delete file.hash; // write again on the next run (keepMine), or re-derive from their content (takeTheirs)

  if (choice === 'keepMine') {
    const mine = conflict.file === 'json' && conflict.remoteContract ? adoptSharedAdditions(contract, conflict.remoteContract) : contract;
    return { ...mine, bookings };
  }
  if (conflict.file === 'docx') {
    // Their document stays; it is re-rendered only when the contract itself changes again.
    file.hash = documentHash(contract);
    return { ...contract, bookings };
  }
  if (!conflict.remoteContract) throw new Error('Their version is not a readable contract; only "keep mine" is possible');
  const theirs = conflict.remoteContract;
  // Their contract, with this device's record of what was booked (ids they cannot change) and
  // the leader's own unshared checklist.
  return { ...theirs, preparation: { ...theirs.preparation, inviteChecklist: contract.preparation.inviteChecklist }, bookings };
}
