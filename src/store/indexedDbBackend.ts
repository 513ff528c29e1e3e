import { accountRecordKey, activeAccount } from './accountStorage';
import { MAX_BACKUPS, RECORD_NAMES, type DraftBackend, type DraftBackup, type StoredRecords } from './backend';

export const DATABASE_NAME = 'lederdialog';
const DATABASE_VERSION = 1;
const BACKUPS = 'backups';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DATABASE_NAME, DATABASE_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const name of RECORD_NAMES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      if (!db.objectStoreNames.contains(BACKUPS)) db.createObjectStore(BACKUPS, { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    // Another tab holds an older version open; failing lets the caller fall back instead of hanging.
    req.onblocked = () => reject(new Error('IndexedDB upgrade blocked by another tab'));
  });
}

/**
 * The draft in IndexedDB: database 'lederdialog', one object store per record ('draft', 'notes',
 * 'contract') and 'backups'. Rejects if IndexedDB is missing or refuses to open, so the caller can
 * fall back to localStorage.
 *
 * Each record store holds one value per account (src/store/accountStorage.ts: `acct:<tenant>.<object>`,
 * or `current` for the unowned draft of an older version); a backup carries its account and is
 * listed only to it.
 */
export async function openIndexedDbBackend(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  account: string | null = activeAccount() ?? null,
): Promise<DraftBackend> {
  if (!factory) throw new Error('IndexedDB is not available');
  const CURRENT = accountRecordKey(account);
  const db = await openDatabase(factory);
  // A newer version of the app in another tab wants to upgrade: step aside rather than block it.
  db.onversionchange = () => db.close();

  return {
    kind: 'indexedDB',
    async read() {
      const tx = db.transaction([...RECORD_NAMES], 'readonly');
      const values = await Promise.all(RECORD_NAMES.map((name) => request(tx.objectStore(name).get(CURRENT))));
      const out: StoredRecords = {};
      RECORD_NAMES.forEach((name, i) => {
        if (values[i] !== undefined) out[name] = values[i];
      });
      return out;
    },
    async write(records) {
      const tx = db.transaction([...RECORD_NAMES], 'readwrite');
      const finished = done(tx);
      for (const name of RECORD_NAMES) tx.objectStore(name).put(records[name], CURRENT);
      await finished;
    },
    async addBackup(backup) {
      const tx = db.transaction(BACKUPS, 'readwrite');
      const finished = done(tx);
      const store = tx.objectStore(BACKUPS);
      store.put(account ? { ...backup, account } : backup);
      const all = (await request(store.getAll())) as DraftBackup[];
      const keys = all.filter((b) => (b.account ?? null) === account).map((b) => b.id);
      // Keys sort by time; drop all but this account's newest MAX_BACKUPS.
      for (const old of keys.sort().slice(0, Math.max(0, keys.length - MAX_BACKUPS))) store.delete(old);
      await finished;
    },
    async listBackups() {
      const tx = db.transaction(BACKUPS, 'readonly');
      const all = ((await request(tx.objectStore(BACKUPS).getAll())) as DraftBackup[]).filter((b) => (b.account ?? null) === account);
      return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    async clear() {
      const tx = db.transaction([...RECORD_NAMES], 'readwrite');
      const finished = done(tx);
      for (const name of RECORD_NAMES) tx.objectStore(name).delete(CURRENT);
      await finished;
    },
    async clearBackups() {
      const tx = db.transaction(BACKUPS, 'readwrite');
      const finished = done(tx);
      const store = tx.objectStore(BACKUPS);
      const all = (await request(store.getAll())) as DraftBackup[];
      for (const b of all) if ((b.account ?? null) === account) store.delete(b.id);
      await finished;
    },
  };
}
