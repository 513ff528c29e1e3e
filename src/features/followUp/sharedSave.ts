/**
 * The follow-up records go to the contract in OneDrive (lederaftale.json, and Lederaftale.docx
 * re-rendered beside it) through src/store/sharedContract.ts: saved with the eTag, merged three-way
 * when the nearest leader saved in between. This file holds the pure parts:
 *  - what is written: exactly the shared projection "Book and share" writes (no eTags, no
 *    checklist, never private notes);
 *  - the merge base: the version last saved from this device (kept locally), so a record the
 *    other person added is kept and not overwritten by a device that had not seen it;
 *  - how the saved (possibly merged) contract comes back into the local draft.
 */
import { contentHash } from '../../domain/contentHash';
import { sharedBookings } from '../../domain/sharedBookings';
import { mergeContract } from '../../domain/mergeContract';
import type { Bookings, Contract, ContractCollaboration, Draft } from '../../domain/model';
import { buildSharePreview } from '../../domain/sharePreview';

/** The contract as it is shared: what lederaftale.json holds (the same projection the engine writes). */
export function sharedForm(contract: Contract): Contract {
  const preview = buildSharePreview(contract);
  const shared = { ...preview, preparation: { ...preview.preparation } } as unknown as Contract;
  if (contract.bookings) shared.bookings = sharedBookings(contract.bookings);
  return shared;
}

/** A hash of what would be shared, ignoring the save time (so saving once is enough). */
export function sharedHash(contract: Contract): string {
  const { updatedAt: _ignored, ...rest } = sharedForm(contract);
  return contentHash(rest);
}

function keyed<T>(list: readonly T[], key: (t: T) => string, keep: ReadonlySet<string>): T[] {
  return list.filter((item) => keep.has(key(item)));
}

/**
 * The merge base when this device has none stored (the first save after "Book and share" on
 * another device, or after clearing the browser): the remote version with only the records both
 * sides have. Records only OneDrive has then count as the other person's additions (kept), records
 * only this device has as mine (kept): a union, nothing deleted by guesswork.
 */
export function guessedBase(remote: Contract, local: Contract): Contract {
  const r = remote.collaboration;
  const l = local.collaboration;
  if (!r) return remote;
  const followIds = new Set((l?.followUps ?? []).map((f) => f.id));
  const checkKeys = new Set((l?.dailyChecks ?? []).map((c) => `${c.agreementId}|${c.date}`));
  const commentIds = new Set((l?.comments ?? []).map((c) => c.id));
  const collaboration: ContractCollaboration = {
    ...r,
    followUps: keyed(r.followUps, (f) => f.id, followIds),
    dailyChecks: keyed(r.dailyChecks, (c) => `${c.agreementId}|${c.date}`, checkKeys),
    comments: keyed(r.comments, (c) => c.id, commentIds),
  };
  return { ...remote, collaboration };
}

/**
 * The saved contract back into the local draft: its shared parts (which may now include the other
 * person's records), with this device's own parts kept — the full bookings record (with eTags,
 * the new eTags of the two files written) and the private invite checklist.
 */
export function adoptSaved(local: Contract, saved: Contract, files: { jsonETag?: string; docxETag?: string; docxWebUrl?: string }): Contract {
  const next: Contract = { ...saved, preparation: { ...saved.preparation, inviteChecklist: local.preparation.inviteChecklist } };
  if (local.bookings) {
    const bookings: Bookings = JSON.parse(JSON.stringify(local.bookings)) as Bookings;
    if (bookings.storage) {
      if (files.jsonETag) bookings.storage.json.eTag = files.jsonETag;
      if (files.docxETag) bookings.storage.docx.eTag = files.docxETag;
      if (files.docxWebUrl) bookings.storage.docx.webUrl = files.docxWebUrl;
    }
    next.bookings = bookings;
  } else delete next.bookings;
  return next;
}

/**
 * A version of lederaftale.json one of the leader's writers saved, into the draft: the draft as it
 * is now keeps whatever changed locally since `sent` (a three-way merge as the leader), takes in the
 * nearest leader's part from `saved`, and keeps its own bookings and checklist.
 */
export function takeInShared(draft: Draft, sent: Contract, saved: Contract): Draft {
  if (draft.contract.id !== saved.id) return draft;
  const merged = mergeContract(sharedForm(sent), sharedForm(draft.contract), saved, { writer: 'leader' }).contract;
  return { ...draft, contract: adoptSaved(draft.contract, merged, {}) };
}
