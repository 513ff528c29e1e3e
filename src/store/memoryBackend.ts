import { MAX_BACKUPS, type DraftBackend, type DraftBackup, type StoredRecords } from './backend';

/**
 * The last resort where neither IndexedDB nor localStorage works (storage disabled entirely):
 * the app still runs, but the draft lives only as long as the page. Also handy in tests.
 * Values are cloned on the way in and out, as a real store would, so callers cannot share state.
 */
export function createMemoryBackend(initial: StoredRecords = {}): DraftBackend {
  const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
  let records: StoredRecords = clone(initial);
  let backups: DraftBackup[] = [];
  return {
    kind: 'memory',
    async read() {
      return clone(records);
    },
    async write(next) {
      records = clone(next);
    },
    async addBackup(backup) {
      backups = [...backups, clone(backup)].slice(-MAX_BACKUPS);
    },
    async listBackups() {
      return clone(backups);
    },
    async clear() {
      records = {};
    },
    async clearBackups() {
      backups = [];
    },
  };
}
