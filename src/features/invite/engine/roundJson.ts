/**
 * R3 of "Book and share": lederaftale.json with every id the rounds before it recorded. The first
 * save creates it (adopting only a file that holds this very contract: ours from an attempt whose
 * answer was lost). Every save of a file that exists goes through the one write path
 * (writeSharedContract): read the latest, merge three-way as the leader against the version this
 * device last saw (request.sharedBase, else a union base), write with If-Match, and render
 * Lederaftale.docx from what was written. The nearest leader's agreements, comments and acceptance
 * in the file are never dropped because this draft has not seen them.
 */
import { contentHash } from '../../../domain/contentHash';
import type { Bookings, Contract } from '../../../domain/model';
import { parseContract } from '../../../domain/schema';
import { buildSharePreview, type SharedContract } from '../../../domain/sharePreview';
import { sharedBookings } from '../../../domain/sharedBookings';
import { unionBase } from '../../../domain/unionBase';
import { downloadFile } from '../../../graph/files';
import { createFileIfAbsent } from '../../../graph/shareFlowRequests';
import { writeSharedContract } from '../../../store/sharedContract';
import { getContent } from '../../../content';
import type { BookingRun } from './bookingRun';
import { CONTRACT_JSON } from './folderName';
import type { StorageConflict } from './result';

/** The shared lederaftale.json: the share preview and the public part of the bookings. */
export function sharedContractDocument(contract: Contract, bookings: Bookings): SharedContract {
  return { ...buildSharePreview(contract), bookings: sharedBookings(bookings) };
}

export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Saves lederaftale.json when it changed (or the document waits for it), unless a conflict is
 * open or there is no folder yet; returns what the file holds after the save.
 */
export async function jsonRound(run: BookingRun, docxDeferred: boolean): Promise<Contract | undefined> {
  const { storage } = run.b;
  const document = sharedContractDocument(run.request.contract, run.b);
  const hash = contentHash(document);
  const changed = storage.json.hash !== hash || docxDeferred;
  if (run.conflicts.length > 0 || !changed || !(storage.docx.itemId || storage.folderId)) return undefined;
  const r3 = await run.exec.round('R3', { calls: { json: () => saveJson(run, document, hash, docxDeferred) } });
  if (r3.calls.json.ok) return r3.calls.json.value;
  run.fail('storage', r3.calls.json.error);
  return undefined;
}

async function saveJson(run: BookingRun, document: SharedContract, hash: string, docxDeferred: boolean): Promise<Contract | undefined> {
  const { graph, request } = run;
  const s = run.b.storage;
  const contractId = request.contract.id;
  // The cast stays on purpose. `document` is a SharedContract, a Contract without the leader's own
  // invite checklist, and the merge (writeSharedContract → mergeContract) takes only a Contract. At
  // run time `mine` has no checklist, so the merge never sees the leader's ticks: the file keeps its
  // own (the parser reads an absent one as empty) or leaves it out. Filling it in just to satisfy the
  // type changes what is written: the leader's ticks would be shared, and an empty list would decide
  // differently which saves are "no change". Dropping the cast needs a merge that takes a
  // SharedContract as `mine` (src/domain/mergeContract.ts, src/store/sharedContract.ts);
  // features/followUp/sharedSave.ts (sharedForm) casts for the same reason. Pinned by
  // tests/integration/invite/bookAndShare.test.ts ("keeps the leader’s own checklist out …").
  const mine = document as Contract;
  const merge = async (itemId: string, latest: { contract: Contract; eTag: string }, base: Contract, renderDocx: boolean): Promise<Contract | undefined> => {
    const target = { itemId, ...(s.folderId ? { folderId: s.folderId } : {}) };
    const saved = await writeSharedContract(graph, target, mine, {
      writer: 'leader',
      base,
      latest,
      now: run.now,
      force: docxDeferred,
      renderDocx,
      content: getContent,
    });
    if (saved.status !== 'saved') {
      run.set('storage', 'failed', { reason: { kind: 'saveRefused', trouble: saved }, ...(saved.status === 'failed' ? { errorKind: saved.error.kind } : {}) });
      return undefined;
    }
    s.json = { ...s.json, itemId, eTag: saved.eTag, hash };
    if (saved.docx.status === 'saved')
      s.docx = { ...s.docx, eTag: saved.docx.eTag, webUrl: saved.docx.webUrl || s.docx.webUrl, hash: run.prepared.intent.documentHash };
    else if (saved.docx.status === 'failed') run.fail('storage', saved.docx.error);
    return saved.contract;
  };
  if (s.json.itemId) {
    const remote = await downloadFile(graph, { itemId: s.json.itemId });
    const latest = parseJsonContract(remote.content);
    if (!latest) {
      run.conflicts.push(jsonConflict(remote.eTag, remote.content));
      return undefined;
    }
    const base = request.sharedBase?.id === contractId ? request.sharedBase : unionBase(latest, mine);
    return merge(s.json.itemId, { contract: latest, eTag: remote.eTag }, base, true);
  }
  const path = `${s.folderPath}/${CONTRACT_JSON}`;
  const created = await createFileIfAbsent(graph, path, encodeJson(document), 'application/json');
  if (created.created) {
    s.json = { itemId: created.item.id, eTag: created.item.eTag, ...(created.item.webUrl ? { webUrl: created.item.webUrl } : {}), hash };
    return mine;
  }
  // A file is already there: ours from an attempt whose answer was lost, or someone else's.
  const remote = await downloadFile(graph, { path });
  const parsed = parseJsonContract(remote.content);
  if (parsed?.id !== contractId) {
    run.conflicts.push(jsonConflict(remote.eTag, remote.content));
    return undefined;
  }
  // The document was uploaded in R1 of this run: only a deferred one is rendered again.
  return merge(remote.item.id, { contract: parsed, eTag: remote.eTag }, parsed, docxDeferred);
}

function parseJsonContract(bytes: Uint8Array | undefined): Contract | undefined {
  if (!bytes) return undefined;
  try {
    const parsed = parseContract(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.ok ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}

function jsonConflict(eTag: string, content?: Uint8Array): StorageConflict {
  const remoteContract = parseJsonContract(content);
  return { file: 'json', remoteETag: eTag, ...(remoteContract ? { remoteContract } : {}) };
}
