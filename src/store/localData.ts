/**
 * Everything this browser keeps for Lederdialog, as one list — and clearing it. The one place "Mine
 * data" reads the browser's storage, built on the store's own modules (the draft backend, the
 * opened-contracts index), so that keying records by signed-in account (issue 14) changes this
 * file and nothing in the feature.
 *
 * IndexedDB: database `lederdialog` (the draft's three records and up to MAX_BACKUPS backups).
 * localStorage: every key under `lederdialog.` — the draft when IndexedDB is refused, the index of
 * opened contracts, earlier periods, the follow-up view's saved bases and pending changes, the
 * demo user. Keys the app does not know (an older or newer version's) are listed too, as "other".
 */
import { MAX_BACKUPS, type StoredRecords } from './backend';
import { chooseBackend } from './draftStore';
import { DATABASE_NAME } from './indexedDbBackend';
import { forgetOpenedContract, listOpenedContracts } from './openedContracts';

export type LocalRecordKind = 'draft' | 'backups' | 'openedContracts' | 'hiddenShared' | 'archive' | 'followUpBase' | 'followUpPending' | 'followUpConflicts' | 'demoUser' | 'other';

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
/** Kept in step with the modules that write them (src/features/followUp, src/auth/demoProvider.ts). */
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
const DEMO_USER_KEY = 'lederdialog.demoUser';
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

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys.sort();
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
    if (backups.length > 0) out.push({ storageKey: IDB_BACKUPS, kind: 'backups', count: Math.min(backups.length, MAX_BACKUPS), date: backups[backups.length - 1]?.createdAt });
  }
  const storage = webStorage(options);
  if (!storage) return out;
  for (const key of keysOf(storage)) {
    const raw = storage.getItem(key);
    if (DRAFT_KEYS.includes(key)) {
      const value = parseJson(raw) as { id?: unknown; updatedAt?: unknown } | undefined;
      out.push({ storageKey: key, kind: 'draft', ...(key.endsWith('.contract') && typeof value?.id === 'string' ? { contractId: value.id } : {}), ...(typeof value?.updatedAt === 'string' ? { date: value.updatedAt } : {}) });
      continue;
    }
    if (key === BACKUPS_KEY) {
      const list = parseJson(raw);
      out.push({ storageKey: key, kind: 'backups', count: Array.isArray(list) ? list.length : 0 });
      continue;
    }
    if (key === ARCHIVE_KEY) {
      const list = parseJson(raw);
      out.push({ storageKey: key, kind: 'archive', count: Array.isArray(list) ? list.length : 0 });
      continue;
    }
    if (key === DEMO_USER_KEY) {
      out.push({ storageKey: key, kind: 'demoUser' });
      continue;
    }
    const keyed = KEYED.find((k) => key.startsWith(k.prefix));
    if (keyed?.kind === 'openedContracts') {
      const userId = key.slice(keyed.prefix.length);
      const entries = listOpenedContracts(userId, storage);
      out.push({ storageKey: key, kind: 'openedContracts', count: entries.length, ...(entries[0]?.openedAt ? { date: entries[0].openedAt } : {}) });
    } else if (keyed) out.push({ storageKey: key, kind: keyed.kind, ...(keyed.perContract ? { contractId: key.slice(keyed.prefix.length) } : {}) });
    else out.push({ storageKey: key, kind: 'other' });
  }
  return out;
}

/** The archived contracts in this browser (earlier periods), as stored. */
export function readArchivedContracts(options: LocalDataOptions = {}): unknown[] {
  const storage = webStorage(options);
  const list = parseJson(storage?.getItem(ARCHIVE_KEY) ?? null) as { contract?: unknown }[] | undefined;
  return Array.isArray(list) ? list.map((e) => e.contract).filter((c) => c !== undefined) : [];
}

/** The draft's records as this browser holds them (for the export), without validating or migrating. */
export async function readDraftRecords(): Promise<StoredRecords> {
  return (await chooseBackend()).read();
}

function deleteDatabase(factory: IDBFactory | undefined): Promise<void> {
  if (!factory) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const req = factory.deleteDatabase(DATABASE_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be deleted'));
    // Open connections close on versionchange (indexedDbBackend.ts); a blocked delete finishes then.
    req.onblocked = () => undefined;
  });
}

/**
 * Remove every record of the app in this browser: the IndexedDB database (draft and backups) and
 * every `lederdialog.` key. The demo user choice is kept when `keepDemoUser` (it is not data about
 * anyone, and the demo needs it to stay signed in as the same person).
 */
export async function clearAllLocalRecords(options: LocalDataOptions & { keepDemoUser?: boolean } = {}): Promise<void> {
  await deleteDatabase(globalThis.indexedDB);
  const storage = webStorage(options);
  if (!storage) return;
  for (const key of keysOf(storage)) {
    if (options.keepDemoUser && key === DEMO_USER_KEY) continue;
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
  for (const k of KEYED.filter((x) => x.perContract)) storage.removeItem(k.prefix + contractId);
  const archive = parseJson(storage.getItem(ARCHIVE_KEY)) as { contract?: { id?: unknown } }[] | undefined;
  if (Array.isArray(archive)) {
    const kept = archive.filter((e) => e.contract?.id !== contractId);
    if (kept.length !== archive.length) storage.setItem(ARCHIVE_KEY, JSON.stringify(kept));
  }
  if (options.userId) forgetOpenedContract(options.userId, contractId, storage);
  for (const key of DRAFT_KEYS) {
    if (key.endsWith('.contract') && (parseJson(storage.getItem(key)) as { id?: unknown } | undefined)?.id === contractId) for (const k of DRAFT_KEYS) storage.removeItem(k);
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
