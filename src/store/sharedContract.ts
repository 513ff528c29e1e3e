/**
 * The shared contract in OneDrive (lederaftale.json), opened and saved by either of the two people:
 * the leader in their own drive, the nearest leader in the leader's drive (driveId + item id).
 *
 * - openContract reads and validates the JSON and works out what OneDrive lets this user do with it
 *   (owner, write, read). Someone without access gets a result saying so, never an exception.
 * - writeSharedContract is the one write path of the JSON (saveContract is it for an opened
 *   contract): read the latest, merge three-way against the version the writer started from
 *   (src/domain/mergeContract.ts: ownership-aware, nothing lost, both-sides text changes reported),
 *   write with If-Match, and on a 412 or a lost answer read and merge again. After a save, Lederaftale.docx beside it is
 *   re-rendered and uploaded *without* If-Match: the JSON is the source of truth and the document is
 *   only its printable rendering, so overwriting a stale rendering loses nothing.
 *
 * Only the contract folder is ever addressed: never the app folder (approot) or the private notes.
 *
 * Results say what happened as a status (and a GraphAppError's kind); the words for them are the UI's
 * (src/features/nearestLeader/contractAccessStrings.ts). The tool's text for the .docx is handed in
 * (`content`): the store imports no language, so the app keeps loading one language at a time.
 */
import { mergeContract, sameJson, type MergeConflict } from '../domain/mergeContract';
import type { renderContractDocx } from '../domain/contractDocument';
import type { Contract, ContractRole } from '../domain/model';
import { parseContract } from '../domain/schema';
import type { GraphClient } from '../graph/client';
import { isGraphAppError, toGraphAppError, type GraphAppError } from '../graph/errors';
import { downloadFile, listChildren, uploadSmallFile, type ItemTarget } from '../graph/files';
import { getMe } from '../graph/me';
import { listPermissions } from '../graph/sharing';
import type { DriveItemRef, ItemPermission } from '../graph/types';
import type { ContractRef } from './contractRef';

/** File names in a contract folder (as the invite engine writes them). */
export const CONTRACT_JSON_NAME = 'lederaftale.json';
export const CONTRACT_DOCX_NAME = 'Lederaftale.docx';
/** The leader's folder of contract folders in their own OneDrive. */
export const CONTRACTS_ROOT = 'Lederdialog';

/**
 * What OneDrive lets me do. 'maybeWrite': my grant could not be read (the permissions call was
 * refused or failed), so editing is offered; a save OneDrive refuses (403) then turns it into 'read'
 * (see saveContract's 'readOnly' answer), without losing what was typed.
 */
export type ContractAccess = 'owner' | 'write' | 'maybeWrite' | 'read';

export interface ContractLocation {
  /** The drive holding the file; absent when opened from my own drive by path. */
  driveId?: string;
  /** lederaftale.json. */
  itemId: string;
  /** The contract folder (holds the .docx too). */
  folderId?: string;
  webUrl?: string;
}

export interface OpenedContract {
  status: 'opened';
  contract: Contract;
  eTag: string;
  access: ContractAccess;
  location: ContractLocation;
  /** A ref that finds this contract again directly (for the local index and links). */
  ref: ContractRef;
}

export type OpenContractResult =
  | OpenedContract
  /** OneDrive refused: the user was not given access. */
  | { status: 'noAccess' }
  | { status: 'notFound' }
  /** The file is there but is not a contract this app can read. */
  | { status: 'invalid'; errors: string[] }
  /**
   * The JSON names a leader who did not put it in OneDrive: whoever created the file (`createdBy`)
   * is someone else. Never opened, listed or accepted as the named person's.
   */
  | { status: 'notFromNamedLeader'; sharedBy: string; namedLeader: string }
  | { status: 'failed'; error: GraphAppError };

/**
 * Whether the person who created the file in OneDrive is the leader the JSON names. The JSON is
 * text anyone can write; `createdBy` is OneDrive's record. Matched by Graph id, else by address.
 */
export function createdByNamedLeader(createdBy: DriveItemRef['createdBy'], leader: Contract['leader']): boolean {
  if (!leader) return true; // names no one: claims no one's identity
  if (!createdBy) return false;
  if (createdBy.id && leader.id) return createdBy.id.toLowerCase() === leader.id.toLowerCase();
  return !!createdBy.mail && !!leader.mail && createdBy.mail.toLowerCase() === leader.mail.toLowerCase();
}

/** The signed-in user, to find their own grant among the item's permissions. */
export interface Viewer {
  id: string;
  mail?: string;
  userPrincipalName?: string;
}

export interface OpenContractOptions {
  /** Saves a `GET /me` when the caller already knows who is signed in. */
  me?: Viewer;
}

function decodeContract(bytes: Uint8Array): { ok: true; value: Contract } | { ok: false; errors: string[] } {
  try {
    return parseContract(JSON.parse(new TextDecoder().decode(bytes)));
  } catch (error) {
    return { ok: false, errors: [`(root): not JSON: ${String(error)}`] };
  }
}

function encodeContract(contract: Contract): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(contract, null, 2)}\n`);
}

/** Where the ref says the JSON is, or undefined for a plain id (my own drive, to be looked for). */
function jsonTarget(ref: ContractRef): ItemTarget | undefined {
  const drive = ref.driveId ? { driveId: ref.driveId } : {};
  if (ref.itemId) return { itemId: ref.itemId, ...drive };
  if (ref.folderId) return { parentId: ref.folderId, name: CONTRACT_JSON_NAME, ...drive };
  return undefined;
}

/** What my own grant allows: the owner's role, else write, else read. */
export function accessFromPermissions(permissions: readonly ItemPermission[], me: Viewer): ContractAccess {
  const names = [me.mail, me.userPrincipalName].filter((x): x is string => !!x).map((x) => x.toLowerCase());
  const mine = permissions.filter(
    (p) => (p.grantedTo?.id && p.grantedTo.id === me.id) || (p.grantedTo?.mail && names.includes(p.grantedTo.mail.toLowerCase())),
  );
  const roles = new Set(mine.flatMap((p) => p.roles));
  if (roles.has('owner')) return 'owner';
  if (roles.has('write')) return 'write';
  return 'read';
}

function failure(error: unknown): OpenContractResult {
  const e = toGraphAppError(error);
  if (e.kind === 'accessDenied') return { status: 'noAccess' };
  // Another person's drive may answer 404 for an item one may not see: 'notFound' says so too.
  if (e.kind === 'notFound') return { status: 'notFound' };
  return { status: 'failed', error: e };
}

/**
 * A contract of mine known only by its id: the folders under `Lederdialog/` are read, newest
 * first, until one holds it. Only for the owner's own drive (others always have a located ref).
 */
async function locateOwnContract(
  graph: GraphClient,
  contractId: string,
  maxFolders = 20,
): Promise<{ file: { item: DriveItemRef; eTag: string; content: Uint8Array }; contract: Contract } | undefined> {
  let folders: DriveItemRef[];
  try {
    folders = (await listChildren(graph, { path: CONTRACTS_ROOT })).filter((f) => f.isFolder);
  } catch (error) {
    if (isGraphAppError(error) && error.kind === 'notFound') return undefined;
    throw error;
  }
  folders.sort((a, b) => (b.lastModifiedDateTime ?? '').localeCompare(a.lastModifiedDateTime ?? ''));
  for (const folder of folders.slice(0, maxFolders)) {
    try {
      const file = await downloadFile(graph, { parentId: folder.id, name: CONTRACT_JSON_NAME });
      const parsed = decodeContract(file.content);
      if (parsed.ok && parsed.value.id === contractId) return { file, contract: parsed.value };
    } catch (error) {
      if (!isGraphAppError(error) || error.kind !== 'notFound') throw error;
    }
  }
  return undefined;
}

/** Open a contract from my drive or another's. Never throws for Graph failures. */
export async function openContract(graph: GraphClient, ref: ContractRef, options: OpenContractOptions = {}): Promise<OpenContractResult> {
  const foreign = ref.driveId !== undefined;
  const target = jsonTarget(ref);
  try {
    if (!target) {
      const found = await locateOwnContract(graph, ref.contractId);
      if (!found) return { status: 'notFound' };
      return opened(found.contract, found.file.eTag, 'owner', found.file.item, ref);
    }
    // The file, my grant and who I am, at once: none depends on another.
    const [file, permissions, me] = await Promise.all([
      downloadFile(graph, target),
      foreign ? listPermissions(graph, target).catch(() => undefined) : Promise.resolve(undefined),
      foreign ? (options.me ? Promise.resolve(options.me) : getMe(graph).catch(() => undefined)) : Promise.resolve(undefined),
    ]);
    const parsed = decodeContract(file.content);
    if (!parsed.ok) return { status: 'invalid', errors: parsed.errors };
    // An empty contractId (found in a shared folder, id not yet known) takes whatever contract is there.
    if (ref.contractId !== '' && parsed.value.id !== ref.contractId) return { status: 'notFound' };
    // In another's drive, the leader is who created the file, not whom the JSON names.
    if (foreign && !createdByNamedLeader(file.item.createdBy, parsed.value.leader)) {
      const sharedBy = file.item.createdBy?.displayName || file.item.createdBy?.mail || '?';
      const namedLeader = parsed.value.leader?.displayName || parsed.value.leader?.mail || '?';
      return { status: 'notFromNamedLeader', sharedBy, namedLeader };
    }
    // Without a readable grant (SharePoint refuses the list to members who may not manage sharing),
    // guessing 'read' would stop someone who may write: offer editing and let the save tell.
    // The leader opening her own contract by a located ref (the chat card's link, the dialogue panel)
    // is its owner even when her grant could not be read: saving as anyone else would make the merge
    // treat her own new agreements as the other party's (src/domain/mergeContract.ts).
    const access: ContractAccess = !foreign
      ? 'owner'
      : permissions && me
        ? accessFromPermissions(permissions, me)
        : me?.id && parsed.value.leader?.id === me.id
          ? 'owner'
          : 'maybeWrite';
    return opened(parsed.value, file.eTag, access, file.item, ref);
  } catch (error) {
    return failure(error);
  }
}

function opened(contract: Contract, eTag: string, access: ContractAccess, item: DriveItemRef, ref: ContractRef): OpenedContract {
  const location: ContractLocation = {
    itemId: item.id,
    ...(item.driveId ? { driveId: item.driveId } : ref.driveId ? { driveId: ref.driveId } : {}),
    ...(item.parentId ? { folderId: item.parentId } : ref.folderId ? { folderId: ref.folderId } : {}),
    ...(item.webUrl ? { webUrl: item.webUrl } : {}),
  };
  const located: ContractRef = {
    contractId: contract.id,
    itemId: item.id,
    ...(location.driveId ? { driveId: location.driveId } : {}),
    ...(location.folderId ? { folderId: location.folderId } : {}),
  };
  return { status: 'opened', contract, eTag, access, location, ref: located };
}

// ------------------------------------------------------------------ saving

export type DocxOutcome = { status: 'saved'; eTag: string; webUrl: string } | { status: 'failed'; error: GraphAppError } | { status: 'skipped' };

export type SaveContractResult =
  | {
      status: 'saved';
      contract: Contract;
      eTag: string;
      /** Texts both people changed differently: theirs is in `contract`, mine is kept here to choose. */
      conflicts: MergeConflict[];
      /** The contract as now opened (base for the next save). */
      opened: OpenedContract;
      docx: DocxOutcome;
    }
  /**
   * Read-only access: nothing was sent, or OneDrive refused the save (403; `refused`). The caller
   * then treats the contract as read-only; what the user typed is theirs to keep.
   */
  | { status: 'readOnly'; refused?: boolean }
  /** Someone kept saving in between, more times than we retry. */
  | { status: 'busy' }
  /** `unreadable`: the file on OneDrive is not a contract this app can read (the UI says so, not the error's kind). */
  | { status: 'failed'; error: GraphAppError; unreadable?: true };

export interface SaveContractOptions {
  now?: Date;
  /** Attempts in all (the first save plus retries after a merge). */
  maxAttempts?: number;
  /** Re-render Lederaftale.docx after the save (default true). */
  renderDocx?: boolean;
  /** The tool's text in the contract's language, for Lederaftale.docx (the caller loads the language). */
  content: ContentFor;
}

/** The tool's text (src/content) as renderContractDocx takes it. */
type ToolContent = Parameters<typeof renderContractDocx>[1];

/**
 * Hands the store the tool's text in a language. The caller supplies it (the UI's loadContent, or
 * the content it already holds), so the store imports neither language itself.
 */
export type ContentFor = (locale: Contract['locale']) => ToolContent | Promise<ToolContent>;

function sameConflict(a: MergeConflict, b: MergeConflict): boolean {
  return JSON.stringify(a.target) === JSON.stringify(b.target);
}

/** Where a save writes: lederaftale.json (in another's drive with `driveId`) and the folder holding the .docx. */
export interface SharedContractTarget {
  itemId: string;
  driveId?: string;
  folderId?: string;
}

export interface WriteSharedContractOptions extends SaveContractOptions {
  /**
   * The version this writer started from: what it changed is `mine` against this. Absent when the
   * writer does not know it (then the file's latest version is the base: what this writer's copy
   * says of its own part wins, and the other party's part is kept as the file has it).
   */
  base?: Contract;
  /** Who is writing: the merge never deletes or rewrites the other party's part (src/domain/mergeContract.ts). */
  writer: ContractRole;
  /** The version just read (and its eTag), to save one read on the first attempt. */
  latest?: { contract: Contract; eTag: string };
  /** Write even when the file already holds everything (the .docx must be rendered again). */
  force?: boolean;
}

export type WriteSharedContractResult =
  | {
      status: 'saved';
      /** What lederaftale.json now holds. */
      contract: Contract;
      eTag: string;
      /** False when the file already held all of `mine` and nothing was written. */
      written: boolean;
      conflicts: MergeConflict[];
      docx: DocxOutcome;
    }
  | Exclude<SaveContractResult, { status: 'saved' }>;

/** Equal as shared content: the save time alone is no change. */
function sameContent(a: Contract, b: Contract): boolean {
  return sameJson({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });
}

/**
 * THE write path of lederaftale.json: every writer (step 2 sync, book and share, follow-up records and
 * daily checks, reminder and agenda sync, the dialogue panel, "Afslut dialogen", a new period, the
 * .docx re-render) saves through here. It reads the latest version, merges three-way against the
 * version the writer started from (ownership-aware: the other party's part is never deleted or
 * rewritten), and writes with If-Match. A 412 (the other person saved in between) or an answer lost
 * on the way back reads again and merges again: the merge of a copy with a file that already holds it
 * changes nothing, so a retry after a write that did land writes nothing twice.
 */
export async function writeSharedContract(
  graph: GraphClient,
  target: SharedContractTarget,
  mine: Contract,
  options: WriteSharedContractOptions,
): Promise<WriteSharedContractResult> {
  const now = options.now ?? new Date();
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const item: ItemTarget = { itemId: target.itemId, ...(target.driveId ? { driveId: target.driveId } : {}) };
  let latest = options.latest;
  let conflicts: MergeConflict[] = [];
  let force = options.force === true;
  let lastError: GraphAppError | undefined;
  try {
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      if (!latest) {
        const file = await downloadFile(graph, item);
        const parsed = decodeContract(file.content);
        if (!parsed.ok) return { status: 'failed', error: toGraphAppError(new Error('The shared contract on OneDrive could not be read')), unreadable: true };
        latest = { contract: parsed.value, eTag: file.eTag };
      }
      const merged = mergeContract(options.base ?? latest.contract, mine, latest.contract, { writer: options.writer });
      conflicts = [...conflicts.filter((c) => !merged.conflicts.some((m) => sameConflict(c, m))), ...merged.conflicts];
      if (!force && sameContent(merged.contract, latest.contract)) {
        return { status: 'saved', contract: latest.contract, eTag: latest.eTag, written: false, conflicts, docx: { status: 'skipped' } };
      }
      const toWrite: Contract = { ...merged.contract, updatedAt: now.toISOString() };
      let saved: Awaited<ReturnType<typeof uploadSmallFile>>;
      try {
        saved = await uploadSmallFile(graph, item, encodeContract(toWrite), { ifMatch: latest.eTag, contentType: 'application/json' });
      } catch (error) {
        const e = toGraphAppError(error);
        // An answer lost after the work (504, offline) or a refusal before it (429, 503): read again.
        if (e.kind !== 'throttled' && e.kind !== 'offline' && e.kind !== 'unknown') throw error;
        lastError = e;
        latest = undefined;
        force = false;
        continue;
      }
      if (!saved.conflict) {
        const docx =
          options.renderDocx === false ? ({ status: 'skipped' } as const) : await saveDocx(graph, target, toWrite, now, options.writer, options.content);
        return { status: 'saved', contract: toWrite, eTag: saved.eTag, written: true, conflicts, docx };
      }
      // 412: theirs is on OneDrive now; merge against it (the base stays the version I started from).
      const theirs = saved.remote.content ? decodeContract(saved.remote.content) : undefined;
      if (!theirs?.ok)
        return {
          status: 'failed',
          error: toGraphAppError(new Error('The shared contract on OneDrive could not be read after a concurrent change')),
          unreadable: true,
        };
      latest = { contract: theirs.value, eTag: saved.remote.eTag };
    }
    if (lastError) return { status: 'failed', error: lastError };
    return { status: 'busy' };
  } catch (error) {
    const e = toGraphAppError(error);
    if (e.kind === 'accessDenied') return { status: 'readOnly', refused: true };
    return { status: 'failed', error: e };
  }
}

/** The role a person saving an opened contract writes as: the owner of the drive is the leader. */
export function writerOf(opened: Pick<OpenedContract, 'access'>): ContractRole {
  return opened.access === 'owner' ? 'leader' : 'nearestLeader';
}

/** Where an opened contract is written. */
export function targetOf(opened: OpenedContract): SharedContractTarget {
  return {
    itemId: opened.location.itemId,
    ...(opened.location.driveId && opened.access !== 'owner' ? { driveId: opened.location.driveId } : {}),
    ...(opened.location.folderId ? { folderId: opened.location.folderId } : {}),
  };
}

/**
 * Save `mine` (the opened contract with this user's changes) over the version that was opened,
 * through writeSharedContract: a concurrent save by the other person is merged, never overwritten.
 */
export async function saveContract(
  graph: GraphClient,
  opened: OpenedContract,
  mine: Contract,
  options: SaveContractOptions & { writer?: ContractRole },
): Promise<SaveContractResult> {
  if (opened.access === 'read') return { status: 'readOnly' };
  const result = await writeSharedContract(graph, targetOf(opened), mine, {
    ...options,
    base: opened.contract,
    writer: options.writer ?? writerOf(opened),
    latest: { contract: opened.contract, eTag: opened.eTag },
  });
  if (result.status !== 'saved') return result;
  const next: OpenedContract = { ...opened, contract: result.contract, eTag: result.eTag };
  return { status: 'saved', contract: result.contract, eTag: result.eTag, conflicts: result.conflicts, opened: next, docx: result.docx };
}

/** Lederaftale.docx beside the JSON, rendered in the contract's own language (the leader's). */
export async function saveDocx(
  graph: GraphClient,
  target: SharedContractTarget,
  contract: Contract,
  now: Date,
  writer: ContractRole,
  content: ContentFor,
): Promise<DocxOutcome> {
  const folderId = target.folderId;
  if (!folderId) return { status: 'skipped' };
  try {
    // `docx` is large: loaded only when a document is written.
    const { renderContractDocx, DOCX_MIME_TYPE } = await import(/* webpackChunkName: "docx" */ '../domain/contractDocument');
    // Whoever saves this version is its author: the leader in her own drive, the nearest leader in hers.
    const author = writer === 'leader' ? contract.leader?.displayName : contract.nearestLeader?.displayName;
    const bytes = await renderContractDocx(contract, await content(contract.locale), now, author ? { author } : {});
    const drive = target.driveId ? { driveId: target.driveId } : {};
    const saved = await uploadSmallFile(graph, { parentId: folderId, name: CONTRACT_DOCX_NAME, ...drive }, bytes, { contentType: DOCX_MIME_TYPE });
    if (saved.conflict) return { status: 'failed', error: toGraphAppError(new Error('unexpected conflict without If-Match')) };
    return { status: 'saved', eTag: saved.eTag, webUrl: saved.item.webUrl };
  } catch (error) {
    return { status: 'failed', error: toGraphAppError(error) };
  }
}
