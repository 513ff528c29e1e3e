import { accountScopedKey, activeAccount } from './accountStorage';
import { MAX_BACKUPS, RECORD_NAMES, type DraftBackend, type DraftBackup, type RecordName, type StoredRecords } from './backend';

/**
 * The fallback where IndexedDB is missing or refused (some private-browsing modes, locked-down
 * WebViews). Each record is one JSON string under its own key. Text that is not JSON is returned
 * as the raw string, which never validates, so the store backs it up instead of losing it.
 * Keys are the account's (src/store/accountStorage.ts); without an account, the older unowned ones.
 */
export function createLocalStorageBackend(storage: Storage = globalThis.localStorage, account: string | null = activeAccount() ?? null): DraftBackend {
  const key = (name: RecordName) => accountScopedKey(name, account);
  const BACKUPS_KEY = accountScopedKey('backups', account);
  const parse = (raw: string): unknown => {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  };
  const readBackups = (): DraftBackup[] => {
    const raw = storage.getItem(BACKUPS_KEY);
    const parsed = raw === null ? [] : parse(raw);
    return Array.isArray(parsed) ? (parsed as DraftBackup[]) : [];
  };

  return {
    kind: 'localStorage',
    async read() {
      const out: StoredRecords = {};
      for (const name of RECORD_NAMES) {
        const raw = storage.getItem(key(name));
        if (raw !== null) out[name] = parse(raw);
      }
      return out;
    },
    async write(records) {
      // Serialise all three first, so a value that cannot be stringified fails before anything is written.
      const texts = RECORD_NAMES.map((name) => [key(name), JSON.stringify(records[name])] as const);
      for (const [k, text] of texts) storage.setItem(k, text);
    },
    async addBackup(backup) {
      const backups = [...readBackups(), backup];
      // A backup too large for the quota must not block the app; drop the oldest and try again.
      for (let keep = Math.min(backups.length, MAX_BACKUPS); keep > 0; keep -= 1) {
        try {
          storage.setItem(BACKUPS_KEY, JSON.stringify(backups.slice(-keep)));
          return;
        } catch {
          // quota: retry with fewer
        }
      }
    },
    async listBackups() {
      return readBackups();
    },
    async clear() {
      for (const name of RECORD_NAMES) storage.removeItem(key(name));
    },
    async clearBackups() {
      storage.removeItem(BACKUPS_KEY);
    },
  };
}
