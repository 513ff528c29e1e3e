/**
 * Everything this browser keeps for Lederdialog, as one list — and clearing it. The one place "Mine
 * data" reads the browser's storage, built on the store's own modules (the draft backend, the
 * opened-contracts index).
 *
 * Everything here is the signed-in account's (src/store/accountStorage.ts): another account's
 * records in the same browser profile are neither listed nor cleared; without an account, the
 * unowned records of an older version are.
 *
 * IndexedDB: database `lederdialog` (the draft's three records and up to MAX_BACKUPS backups).
 * localStorage: every key under `lederdialog.` — the draft when IndexedDB is refused, the journal,
 * the index of opened contracts, earlier periods, the follow-up view's saved bases and pending
 * changes, the demo user. Keys the app does not know (an older or newer version's) are listed too,
 * as "other".
 */
import { activeAccount, ownerOfStorageKey } from './accountStorage';
import { MAX_BACKUPS, type StoredRecords } from './backend';
import { chooseBackend } from './draftStore';
import { DATABASE_NAME } from './indexedDbBackend';
import { forgetOpenedContract, listOpenedContracts } from './openedContracts';

export type LocalRecordKind =
  | 'draft'
  | 'backups'
  | 'journal'
  | 'openedContracts'
  | 'hiddenShared'
  | 'archive'
  | 'followUpBase'
  | 'followUpPending'
  | 'followUpConflicts'
  | 'demoUser'
  | 'other';

export interface LocalRecord {
  /** `indexedDB:lederdialog/<store>` or the localStorage key. */
  storageKey: string;
  kind: LocalRecordKind;
  /** The contract the record is about, when it is about one. */
  contractId?: string;
  /** When it was written, when the record says. */
  date?: string;
  /** Backups, index entries, archived periods. */
  count?: number;
}

const PREFIX = 'lederdialog.';
/** Kept in step with the modules that write them (src/store, src/auth/demoProvider.ts). */
const KEYED: { prefix: string; kind: LocalRecordKind; perContract: boolean }[] = [
  { prefix: 'lederdialog.followUp.base.', kind: 'followUpBase', perContract: true },
  { prefix: 'lederdialog.followUp.pendingShared.', kind: 'followUpPending', perContract: true },
  { prefix: 'lederdialog.followUp.conflicts.', kind: 'followUpConflicts', perContract: true },
  { prefix: 'lederdialog.openedContracts.', kind: 'openedContracts', perContract: false },
  { prefix: 'lederdialog.hiddenShared.', kind: 'hiddenShared', perContract: false },
];
const ARCHIVE_KEY = 'lederdialog.archivedContracts';
const DRAFT_KEYS = ['lederdialog.draft', 'lederdialog.notes', 'lederdialog.contract'];
const BACKUPS_KEY = 'lederdialog.backups';
const JOURNAL_PREFIX = 'lederdialog.journal.';
const DEMO_USER_KEY = 'lederdialog.demoUser';
/** Device keys: not data about anyone (which demo person, which account signed in last). */
const DEVICE_KEYS = [DEMO_USER_KEY, 'lederdialog.lastAccount'];
const IDB_DRAFT = `indexedDB:${DATABASE_NAME}/draft`;
const IDB_BACKUPS = `indexedDB:${DATABASE_NAME}/backups`;

export interface LocalDataOptions {
  storage?: Storage;
  /** The signed-in user (the opened-contracts index is kept per user). */
  userId?: string;
}

function webStorage(options: LocalDataOptions): Storage | undefined {
  try {
    return options.storage ?? globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The account's keys (or, without an account, the unowned ones) and the device keys, each with the
 * name it had before accounts (`lederdialog.<name>`), by which it is recognised.
 */
function keysOf(storage: Storage, account: string | undefined = activeAccount()): { key: string; plain: string }[] {
  const keys: { key: string; plain: string }[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const owner = ownerOfStorageKey(key);
    if (owner) {
      if (owner.account === account) keys.push({ key, plain: PREFIX + owner.name });
    } else if (!account || DEVICE_KEYS.includes(key)) keys.push({ key, plain: key });
  }
  return keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function scoped(storage: Storage, plain: string): string | undefined {
  return keysOf(storage).find((k) => k.plain === plain)?.key;
}

function contractIdOfRecords(records: StoredRecords): string | undefined {
  const c = records.contract as { id?: unknown } | undefined;
  return typeof c?.id === 'string' ? c.id : undefined;
}

function updatedAtOf(records: StoredRecords): string | undefined {
  const c = records.contract as { updatedAt?: unknown } | undefined;
  return typeof c?.updatedAt === 'string' ? c.updatedAt : undefined;
}

function parseJson(raw: string | null): unknown {
  try {
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Every record this browser keeps for the app. */
export async function listLocalRecords(options: LocalDataOptions = {}): Promise<LocalRecord[]> {
  const out: LocalRecord[] = [];
  const backend = await chooseBackend();
  if (backend.kind === 'indexedDB') {
    const records = await backend.read();
    if (Object.keys(records).length > 0) {
      const contractId = contractIdOfRecords(records);
      const date = updatedAtOf(records);
      out.push({ storageKey: IDB_DRAFT, kind: 'draft', ...(contractId ? { contractId } : {}), ...(date ? { date } : {}) });
    }
    const backups = await backend.listBackups();
    if (backups.length > 0)
      out.push({ storageKey: IDB_BACKUPS, kind: 'backups', count: Math.min(backups.length, MAX_BACKUPS), date: backups[backups.length - 1]?.createdAt });
  }
  const storage = webStorage(options);
  if (!storage) return out;
  for (const { key, plain } of keysOf(storage)) {
    const raw = storage.getItem(key);
    if (plain.startsWith(JOURNAL_PREFIX)) {
      out.push({ storageKey: key, kind: 'journal' });
      continue;
    }
    if (DRAFT_KEYS.includes(plain)) {
      const value = parseJson(raw) as { id?: unknown; updatedAt?: unknown } | undefined;
      out.push({
        storageKey: key,
        kind: 'draft',
        ...(plain.endsWith('.contract') && typeof value?.id === 'string' ? { contractId: value.id } : {}),
        ...(typeof value?.updatedAt === 'string' ? { date: value.updatedAt } : {}),
      });
      continue;
    }
    if (plain === BACKUPS_KEY) {
      const list = parseJson(raw);
      out.push({ storageKey: key, kind: 'backups', count: Array.isArray(list) ? list.length : 0 });
      continue;
    }
    if (plain === ARCHIVE_KEY) {
      const list = parseJson(raw);
      out.push({ storageKey: key, kind: 'archive', count: Array.isArray(list) ? list.length : 0 });
      continue;
    }
    if (plain === DEMO_USER_KEY) {
      out.push({ storageKey: key, kind: 'demoUser' });
      continue;
    }
    if (DEVICE_KEYS.includes(plain)) continue;
    const keyed = KEYED.find((k) => plain.startsWith(k.prefix));
    if (keyed?.kind === 'openedContracts') {
      const userId = plain.slice(keyed.prefix.length);
      const entries = listOpenedContracts(userId, storage);
      out.push({ storageKey: key, kind: 'openedContracts', count: entries.length, ...(entries[0]?.openedAt ? { date: entries[0].openedAt } : {}) });
    } else if (keyed) out.push({ storageKey: key, kind: keyed.kind, ...(keyed.perContract ? { contractId: plain.slice(keyed.prefix.length) } : {}) });
    else out.push({ storageKey: key, kind: 'other' });
  }
  return out;
}

/** The archived contracts in this browser (earlier periods), as stored. */
export function readArchivedContracts(options: LocalDataOptions = {}): unknown[] {
  const storage = webStorage(options);
  const key = storage ? scoped(storage, ARCHIVE_KEY) : undefined;
  const list = parseJson(key ? (storage?.getItem(key) ?? null) : null) as { contract?: unknown }[] | undefined;
  return Array.isArray(list) ? list.map((e) => e.contract).filter((c) => c !== undefined) : [];
}

/** The draft's records as this browser holds them (for the export), without validating or migrating. */
export async function readDraftRecords(): Promise<StoredRecords> {
  return (await chooseBackend()).read();
}

/**
 * Remove every record of this account in this browser: its draft and backups in IndexedDB and its
 * `lederdialog.` keys — another account's records stay. The demo user choice is kept when
 * `keepDemoUser` (it is not data about anyone, and the demo needs it to stay signed in as the same person).
 */
export async function clearAllLocalRecords(options: LocalDataOptions & { keepDemoUser?: boolean } = {}): Promise<void> {
  const backend = await chooseBackend();
  await backend.clear();
  await backend.clearBackups();
  const storage = webStorage(options);
  if (!storage) return;
  for (const { key, plain } of keysOf(storage)) {
    if (options.keepDemoUser && plain === DEMO_USER_KEY) continue;
    storage.removeItem(key);
  }
}

/**
 * Remove what this browser keeps about one contract: its follow-up records, its archived period,
 * its entry in the opened-contracts index, and the draft itself when the draft is that contract.
 */
export async function clearContractRecords(contractId: string, options: LocalDataOptions = {}): Promise<void> {
  const backend = await chooseBackend();
  const records = await backend.read();
  if (contractIdOfRecords(records) === contractId) await backend.clear();
  const storage = webStorage(options);
  if (!storage) return;
  const own = keysOf(storage);
  const keyFor = (plain: string) => own.find((k) => k.plain === plain)?.key;
  for (const k of KEYED.filter((x) => x.perContract)) {
    const key = keyFor(k.prefix + contractId);
    if (key) storage.removeItem(key);
  }
  const archiveKey = keyFor(ARCHIVE_KEY);
  const archive = archiveKey ? (parseJson(storage.getItem(archiveKey)) as { contract?: { id?: unknown } }[] | undefined) : undefined;
  if (archiveKey && Array.isArray(archive)) {
    const kept = archive.filter((e) => e.contract?.id !== contractId);
    if (kept.length !== archive.length) storage.setItem(archiveKey, JSON.stringify(kept));
  }
  if (options.userId) forgetOpenedContract(options.userId, contractId, storage);
  const contractKey = keyFor('lederdialog.contract');
  if (contractKey && (parseJson(storage.getItem(contractKey)) as { id?: unknown } | undefined)?.id === contractId) {
    for (const plain of DRAFT_KEYS) {
      const key = keyFor(plain);
      if (key) storage.removeItem(key);
    }
  }
}

/** What this browser holds, read once: the records list, the draft as stored, the archived contracts. */
export interface LocalSnapshot {
  records: LocalRecord[];
  draft: StoredRecords;
  archived: unknown[];
}

export async function readLocalSnapshot(options: LocalDataOptions = {}): Promise<LocalSnapshot> {
  const [records, draft] = await Promise.all([listLocalRecords(options), readDraftRecords().catch((): StoredRecords => ({}))]);
  return { records, draft, archived: readArchivedContracts(options) };
}
