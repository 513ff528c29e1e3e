/**
 * Local autosave storage for the draft: IndexedDB, else localStorage, else memory. `load`
 * validates and migrates what it finds; a record it cannot read is backed up and replaced by an
 * empty one, so one damaged record never costs the other two.
 * The validation (../domain/schema and every record reader behind it) loads only when there is a
 * stored draft to read: a first visit, the one the first screen is measured on, needs none of it.
 */
import { createEmptyContract, createEmptyNotes, createEmptyUiState } from '../domain/draft';
import { DRAFT_SCHEMA_VERSION, type Draft } from '../domain/model';
import { isRecord } from '../domain/isRecord';
import { activeAccount } from './accountStorage';
import { backupId, type BackendKind, type DraftBackend, type DraftBackup, type StoredRecords } from './backend';
import { openIndexedDbBackend } from './indexedDbBackend';
import { createLocalStorageBackend } from './localStorageBackend';
import { createMemoryBackend } from './memoryBackend';

/** What the last `load` found, for the UI to explain a recovery ("a copy of the damaged draft was kept"). */
export type LoadOutcome =
  | { kind: 'empty' }
  | { kind: 'loaded'; migrated: boolean }
  | { kind: 'recovered'; backupId: string; errors: string[]; lost: Array<'ui' | 'notes' | 'contract'> }
  | { kind: 'unreadable'; backupId: string; errors: string[] };

export interface DraftStore {
  load(): Promise<Draft | null>;
  save(draft: Draft): Promise<void>;
  /** Forget the draft (backups stay). */
  clear(): Promise<void>;
  listBackups(): Promise<DraftBackup[]>;
  /** Which storage is in use (resolves once the backend is chosen). */
  backendKind(): Promise<BackendKind>;
  /** The outcome of the most recent `load`, or null before the first. */
  readonly lastLoad: LoadOutcome | null;
}

export interface DraftStoreOptions {
  now?: () => Date;
}

/** IndexedDB if it opens, else localStorage if it works, else memory; the given account's records (null: the unowned ones). */
export async function chooseBackend(account: string | null = activeAccount() ?? null): Promise<DraftBackend> {
  try {
    return await openIndexedDbBackend(globalThis.indexedDB, account);
  } catch {
    // fall through
  }
  try {
    const storage = globalThis.localStorage;
    const probe = 'lederdialog.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return createLocalStorageBackend(storage, account);
  } catch {
    return createMemoryBackend();
  }
}

export function createDraftStore(backend?: DraftBackend | Promise<DraftBackend>, options: DraftStoreOptions = {}): DraftStore {
  const now = options.now ?? (() => new Date());
  let chosen: Promise<DraftBackend> | null = backend ? Promise.resolve(backend) : null;
  const getBackend = () => (chosen ??= chooseBackend());
  let lastLoad: LoadOutcome | null = null;

  async function write(draft: Draft): Promise<void> {
    const b = await getBackend();
    await b.write({ draft: { schema: draft.schema, ui: draft.ui }, notes: draft.notes, contract: draft.contract });
  }

  async function keepBackup(b: DraftBackend, records: StoredRecords, reason: string[]): Promise<string> {
    const at = now();
    const id = backupId(at);
    await b.addBackup({ id, createdAt: at.toISOString(), reason, records });
    return id;
  }

  async function load(): Promise<Draft | null> {
    const b = await getBackend();
    const records = await b.read();
    const stored = records.draft;
    if (stored === undefined && records.notes === undefined && records.contract === undefined) {
      lastLoad = { kind: 'empty' };
      return null;
    }

    const { parseContract, parseDraft, parseNotes, parseUiState } = await import(/* webpackChunkName: "draft-schema" */ '../domain/schema');
    // A pre-release (schema 0) draft was one record holding everything; later ones are split.
    const whole = isRecord(stored) && 'contract' in stored ? stored : { ...(isRecord(stored) ? stored : {}), notes: records.notes, contract: records.contract };
    const parsed = parseDraft(whole, { now: now() });
    if (parsed.ok) {
      lastLoad = { kind: 'loaded', migrated: parsed.migrated };
      // Write the migrated shape back, so the old one is read (and migrated) only once.
      if (parsed.migrated) {
        await keepBackup(b, records, [`migrated from an older draft schema to ${DRAFT_SCHEMA_VERSION}`]);
        await write(parsed.draft);
      }
      return parsed.draft;
    }

    // Salvage record by record: what validates is kept, what does not is replaced by an empty one.
    const ui = parseUiState(isRecord(stored) ? stored.ui : stored);
    const notes = parseNotes(records.notes);
    const contract = parseContract(records.contract);
    const id = await keepBackup(b, records, parsed.errors);
    if (!ui.ok && !notes.ok && !contract.ok) {
      lastLoad = { kind: 'unreadable', backupId: id, errors: parsed.errors };
      return null;
    }
    const uiState = ui.ok ? ui.value : createEmptyUiState();
    const draft: Draft = {
      schema: DRAFT_SCHEMA_VERSION,
      ui: uiState,
      notes: notes.ok ? notes.value : createEmptyNotes(),
      contract: contract.ok ? contract.value : createEmptyContract(now(), uiState.localeOverride ?? 'da'),
    };
    const lost = [!ui.ok && 'ui', !notes.ok && 'notes', !contract.ok && 'contract'].filter((x): x is 'ui' | 'notes' | 'contract' => x !== false);
    lastLoad = { kind: 'recovered', backupId: id, errors: parsed.errors, lost };
    await write(draft);
    return draft;
  }

  return {
    load,
    save: write,
    async clear() {
      await (await getBackend()).clear();
    },
    async listBackups() {
      return (await getBackend()).listBackups();
    },
    async backendKind() {
      return (await getBackend()).kind;
    },
    get lastLoad() {
      return lastLoad;
    },
  };
}
