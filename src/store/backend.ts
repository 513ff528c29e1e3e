/**
 * Where the local draft lives. Three records, kept apart on purpose: the UI state ('draft'), the
 * private notes ('notes') and the contract ('contract') — only the contract is ever meant to be
 * shared, and keeping it a record of its own means nothing else can ride along by accident.
 * Records the app cannot read are kept as backups rather than thrown away.
 */
export const RECORD_NAMES = ['draft', 'notes', 'contract'] as const;
export type RecordName = (typeof RECORD_NAMES)[number];

/** Raw stored values, not yet validated; a missing record is absent. */
export type StoredRecords = Partial<Record<RecordName, unknown>>;

export interface DraftBackup {
  /** Unique and sortable: the time it was made, plus a counter. */
  id: string;
  createdAt: string;
  /** Why it was kept (the validation errors). */
  reason: string[];
  records: StoredRecords;
  /** The account it belongs to (src/store/accountStorage.ts); absent for an older version's backup. */
  account?: string;
}

export type BackendKind = 'indexedDB' | 'localStorage' | 'memory';

export interface DraftBackend {
  readonly kind: BackendKind;
  read(): Promise<StoredRecords>;
  /** Writes all three records; IndexedDB does it in one transaction. */
  write(records: Record<RecordName, unknown>): Promise<void>;
  addBackup(backup: DraftBackup): Promise<void>;
  /** Oldest first. */
  listBackups(): Promise<DraftBackup[]>;
  /** Removes the three records (backups stay). */
  clear(): Promise<void>;
  /** Removes this account's backups ("Slet mine data"). */
  clearBackups(): Promise<void>;
}

/** Backups kept per device; older ones are dropped so a recurring fault cannot fill the disk. */
export const MAX_BACKUPS = 10;

let backupCounter = 0;
export function backupId(now: Date): string {
  backupCounter += 1;
  return `${now.toISOString()}#${String(backupCounter).padStart(4, '0')}`;
}
