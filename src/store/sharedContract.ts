/**
 * The shared contract in OneDrive (lederaftale.json), opened and saved by either of the two people:
 * the leader in their own drive, the nearest leader in the leader's drive (driveId + item id).
 *
 * - openContract reads and validates the JSON and works out what OneDrive lets this user do with it
 *   (owner, write, read). Someone without access gets a result saying so, never an exception.
 * - saveContract writes with If-Match. On a 412 it downloads their version, merges three-way
 *   (src/domain/mergeContract.ts: nothing lost, both-sides text changes reported) and tries again
 *   with their eTag, a bounded number of times. After a save, Lederaftale.docx beside it is
 *   re-rendered and uploaded *without* If-Match: the JSON is the source of truth and the document is
 *   only its printable rendering, so overwriting a stale rendering loses nothing.
 *
 * Only the contract folder is ever addressed: never the app folder (approot) or the private notes.
 */
import { getContent } from '../content';
import { mergeContract, type MergeConflict } from '../domain/mergeContract';
import type { LocalizedText } from '../domain/localized';
import type { Contract } from '../domain/model';
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
  | { status: 'noAccess'; message: LocalizedText }
  | { status: 'notFound'; message: LocalizedText }
  /** The file is there but is not a contract this app can read. */
  | { status: 'invalid'; errors: string[]; message: LocalizedText }
  | { status: 'failed'; error: GraphAppError; message: LocalizedText };

export const NO_ACCESS: LocalizedText = {
  da: 'Du har ikke adgang til denne lederaftale. Kun lederen og den nærmeste leder, som aftalen er delt med, kan åbne den. Bed lederen om at dele den med dig, hvis du skal se den.',
  en: 'You do not have access to this leader agreement. Only the leader and the manager it was shared with can open it. Ask the leader to share it with you if you need to see it.',
};
export const NOT_FOUND: LocalizedText = {
  da: 'Lederaftalen blev ikke fundet. Den kan være flyttet eller slettet – eller den er ikke delt med dig.',
  en: 'The leader agreement was not found. It may have been moved or deleted, or it has not been shared with you.',
};
export const INVALID: LocalizedText = {
  da: 'Filen kunne ikke læses som en lederaftale.',
  en: 'The file could not be read as a leader agreement.',
};

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
  const mine = permissions.filter((p) => (p.grantedTo?.id && p.grantedTo.id === me.id) || (p.grantedTo?.mail && names.includes(p.grantedTo.mail.toLowerCase())));
  const roles = new Set(mine.flatMap((p) => p.roles));
  if (roles.has('owner')) return 'owner';
  if (roles.has('write')) return 'write';
  return 'read';
}

function failure(error: unknown): OpenContractResult {
  const e = toGraphAppError(error);
  if (e.kind === 'accessDenied') return { status: 'noAccess', message: NO_ACCESS };
  // Another person's drive may answer 404 for an item one may not see: NOT_FOUND says so too.
  if (e.kind === 'notFound') return { status: 'notFound', message: NOT_FOUND };
  return { status: 'failed', error: e, message: e.message };
}

/**
 * A contract of mine known only by its id: the folders under `Lederdialog/` are read, newest
 * first, until one holds it. Only for the owner's own drive (others always have a located ref).
 */
async function locateOwnContract(graph: GraphClient, contractId: string, maxFolders = 20): Promise<{ file: { item: DriveItemRef; eTag: string; content: Uint8Array }; contract: Contract } | undefined> {
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
      if (!found) return { status: 'notFound', message: NOT_FOUND };
      return opened(found.contract, found.file.eTag, 'owner', found.file.item, ref);
    }
    // The file, my grant and who I am, at once: none depends on another.
    const [file, permissions, me] = await Promise.all([
      downloadFile(graph, target),
      foreign ? listPermissions(graph, target).catch(() => undefined) : Promise.resolve(undefined),
      foreign ? (options.me ? Promise.resolve(options.me) : getMe(graph).catch(() => undefined)) : Promise.resolve(undefined),
    ]);
    const parsed = decodeContract(file.content);
    if (!parsed.ok) return { status: 'invalid', errors: parsed.errors, message: INVALID };
    // An empty contractId (found in a shared folder, id not yet known) takes whatever contract is there.
    if (ref.contractId !== '' && parsed.value.id !== ref.contractId) return { status: 'notFound', message: NOT_FOUND };
    // Without a readable grant (SharePoint refuses the list to members who may not manage sharing),
    // guessing 'read' would stop someone who may write: offer editing and let the save tell.
    const access: ContractAccess = !foreign ? 'owner' : permissions && me ? accessFromPermissions(permissions, me) : 'maybeWrite';
    return opened(parsed.value, file.eTag, access, file.item, ref);
  } catch (error) {
    return failure(error);
  }
}

function opened(contract: Contract, eTag: string, access: ContractAccess, item: DriveItemRef, ref: ContractRef): OpenedContract {
  const location: ContractLocation = { itemId: item.id, ...(item.driveId ? { driveId: item.driveId } : ref.driveId ? { driveId: ref.driveId } : {}), ...(item.parentId ? { folderId: item.parentId } : ref.folderId ? { folderId: ref.folderId } : {}), ...(item.webUrl ? { webUrl: item.webUrl } : {}) };
  const located: ContractRef = { contractId: contract.id, itemId: item.id, ...(location.driveId ? { driveId: location.driveId } : {}), ...(location.folderId ? { folderId: location.folderId } : {}) };
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
  | { status: 'readOnly'; message: LocalizedText; refused?: boolean }
  /** Someone kept saving in between, more times than we retry. */
  | { status: 'busy'; message: LocalizedText }
  | { status: 'failed'; error: GraphAppError; message: LocalizedText };

export const READ_ONLY: LocalizedText = {
  da: 'Du kan kun læse denne aftale. Svar i chatten i stedet.',
  en: 'You can only read this agreement. Reply in the chat instead.',
};
/** A save OneDrive refused: the grant turned out to be read-only. */
export const READ_ONLY_REFUSED: LocalizedText = {
  da: 'OneDrive tillod ikke, at du gemmer i denne aftale: du kan kun læse den. Det, du skrev, er ikke tabt – send det i chatten i stedet.',
  en: 'OneDrive did not let you save in this agreement: you can only read it. What you wrote is not lost – send it in the chat instead.',
};
const BUSY: LocalizedText = {
  da: 'Aftalen bliver ændret af en anden lige nu. Prøv igen om lidt – intet er gået tabt.',
  en: 'Someone else is changing the agreement right now. Try again in a moment; nothing has been lost.',
};

export interface SaveContractOptions {
  now?: Date;
  /** Attempts in all (the first save plus retries after a merge). */
  maxAttempts?: number;
  /** Re-render Lederaftale.docx after the save (default true). */
  renderDocx?: boolean;
}

function sameConflict(a: MergeConflict, b: MergeConflict): boolean {
  return JSON.stringify(a.target) === JSON.stringify(b.target);
}

/**
 * Save `mine` (the opened contract with this user's changes) over the version that was opened.
 * A concurrent save by the other person is merged, never overwritten.
 */
export async function saveContract(graph: GraphClient, opened: OpenedContract, mine: Contract, options: SaveContractOptions = {}): Promise<SaveContractResult> {
  if (opened.access === 'read') return { status: 'readOnly', message: READ_ONLY };
  const now = options.now ?? new Date();
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const target: ItemTarget = { itemId: opened.location.itemId, ...(opened.location.driveId && opened.access !== 'owner' ? { driveId: opened.location.driveId } : {}) };
  let base = opened.contract;
  let toWrite: Contract = { ...mine, updatedAt: now.toISOString() };
  let eTag = opened.eTag;
  let conflicts: MergeConflict[] = [];
  try {
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      const saved = await uploadSmallFile(graph, target, encodeContract(toWrite), { ifMatch: eTag, contentType: 'application/json' });
      if (!saved.conflict) {
        const next: OpenedContract = { ...opened, contract: toWrite, eTag: saved.eTag };
        const docx = options.renderDocx === false ? ({ status: 'skipped' } as const) : await saveDocx(graph, opened, toWrite, now);
        return { status: 'saved', contract: toWrite, eTag: saved.eTag, conflicts, opened: next, docx };
      }
      // 412: theirs is on OneDrive now. Merge against it and try again with its eTag.
      const theirs = saved.remote.content ? decodeContract(saved.remote.content) : undefined;
      if (!theirs?.ok) {
        return { status: 'failed', error: toGraphAppError(new Error('The shared contract on OneDrive could not be read after a concurrent change')), message: INVALID };
      }
      const merged = mergeContract(base, toWrite, theirs.value);
      conflicts = [...conflicts.filter((c) => !merged.conflicts.some((m) => sameConflict(c, m))), ...merged.conflicts];
      base = theirs.value;
      toWrite = { ...merged.contract, updatedAt: now.toISOString() };
      eTag = saved.remote.eTag;
    }
    return { status: 'busy', message: BUSY };
  } catch (error) {
    const e = toGraphAppError(error);
    if (e.kind === 'accessDenied') return { status: 'readOnly', message: READ_ONLY_REFUSED, refused: true };
    return { status: 'failed', error: e, message: e.message };
  }
}

/** Lederaftale.docx beside the JSON, rendered in the contract's own language (the leader's). */
async function saveDocx(graph: GraphClient, opened: OpenedContract, contract: Contract, now: Date): Promise<DocxOutcome> {
  const folderId = opened.location.folderId;
  if (!folderId) return { status: 'skipped' };
  try {
    // `docx` is large: loaded only when a document is written.
    const { renderContractDocx, DOCX_MIME_TYPE } = await import(/* webpackChunkName: "docx" */ '../domain/contractDocument');
    // Whoever saves this version is its author: the leader in her own drive, the nearest leader in hers.
    const author = opened.access === 'owner' ? contract.leader?.displayName : contract.nearestLeader?.displayName;
    const bytes = await renderContractDocx(contract, getContent(contract.locale), now, author ? { author } : {});
    const drive = opened.location.driveId && opened.access !== 'owner' ? { driveId: opened.location.driveId } : {};
    const saved = await uploadSmallFile(graph, { parentId: folderId, name: CONTRACT_DOCX_NAME, ...drive }, bytes, { contentType: DOCX_MIME_TYPE });
    if (saved.conflict) return { status: 'failed', error: toGraphAppError(new Error('unexpected conflict without If-Match')) };
    return { status: 'saved', eTag: saved.eTag, webUrl: saved.item.webUrl };
  } catch (error) {
    return { status: 'failed', error: toGraphAppError(error) };
  }
}
