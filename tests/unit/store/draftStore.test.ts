/**
 * Needs a DOM: IndexedDB and localStorage.
 *
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { DraftV0 } from '../../../src/domain/migrations';
import { setStep } from '../../../src/domain/draft';
import { setFigureNote, setQuestionNote } from '../../../src/domain/draftEdits';
import { MAX_BACKUPS, type DraftBackend } from '../../../src/store/backend';
import { chooseBackend, createDraftStore } from '../../../src/store/draftStore';
import { DATABASE_NAME, openIndexedDbBackend } from '../../../src/store/indexedDbBackend';
import { createLocalStorageBackend } from '../../../src/store/localStorageBackend';
import { createMemoryBackend } from '../../../src/store/memoryBackend';
import { NOW, filledDraft } from '../domain/fixtures';

const fixedNow = () => NOW;

function draftWithNotes() {
  let d = filledDraft();
  d = setQuestionNote(d, 'goals-1', 'Privat note');
  d = setFigureNote(d, 'across', 'Kolleger');
  return setStep(d, 'prepare');
}

const v0: DraftV0 = {
  version: 0,
  step: 'guide',
  locale: 'en',
  savedAt: '2026-01-10T08:00:00.000Z',
  notes: { 'goals-2': 'old note', 'figure:intoTeam': 'team' },
  contract: { goals: 'g', workEnvironment: 'w', alignWithLeader: 'a', selfAgreements: ['pauses'], leaderAgreements: [] },
};

/** Runs the same behaviour against each backend. */
const backends: Array<[string, () => Promise<DraftBackend>]> = [
  ['IndexedDB', () => openIndexedDbBackend(new IDBFactory())],
  ['localStorage', async () => createLocalStorageBackend(window.localStorage)],
  ['memory', async () => createMemoryBackend()],
];

beforeEach(() => window.localStorage.clear());

describe.each(backends)('draft store on %s', (_name, makeBackend) => {
  it('loads nothing from an empty store', async () => {
    const store = createDraftStore(await makeBackend(), { now: fixedNow });
    expect(await store.load()).toBeNull();
    expect(store.lastLoad).toEqual({ kind: 'empty' });
  });

  it('restores exactly what was saved, including the open step', async () => {
    const backend = await makeBackend();
    const draft = draftWithNotes();
    await createDraftStore(backend).save(draft);
    const store = createDraftStore(backend);
    expect(await store.load()).toEqual(draft);
    expect(store.lastLoad).toEqual({ kind: 'loaded', migrated: false });
  });

  it('keeps the private notes and the contract in separate records', async () => {
    const backend = await makeBackend();
    const draft = draftWithNotes();
    await createDraftStore(backend).save(draft);
    const records = await backend.read();
    expect(records.notes).toEqual(draft.notes);
    expect(records.contract).toEqual(draft.contract);
    expect(records.draft).toEqual({ schema: 1, ui: draft.ui });
    expect(JSON.stringify(records.contract)).not.toContain('Privat note');
  });

  it('migrates a schema-0 draft, writes it back in the new shape and keeps the original', async () => {
    const backend = await makeBackend();
    await backend.write({ draft: v0, notes: undefined, contract: undefined });
    const store = createDraftStore(backend, { now: fixedNow });
    const draft = await store.load();
    expect(store.lastLoad).toEqual({ kind: 'loaded', migrated: true });
    expect(draft?.ui.step).toBe('guide');
    expect(draft?.notes.questionNotes).toEqual({ 'goals-2': 'old note' });
    expect(draft?.contract.selfAgreements.map((a) => a.text)).toEqual(['pauses']);
    const records = await backend.read();
    expect(records.draft).toEqual({ schema: 1, ui: draft?.ui });
    expect(records.contract).toEqual(draft?.contract);
    const backups = await store.listBackups();
    expect(backups).toHaveLength(1);
    expect(backups[0]!.records.draft).toEqual(v0);
    // Loading again reads the new shape: same contract id, no second migration.
    const again = createDraftStore(backend);
    expect((await again.load())?.contract.id).toBe(draft?.contract.id);
    expect(again.lastLoad).toEqual({ kind: 'loaded', migrated: false });
  });

  it('salvages the readable records when one is corrupt, and backs the corrupt one up', async () => {
    const backend = await makeBackend();
    const draft = draftWithNotes();
    await createDraftStore(backend).save(draft);
    const records = await backend.read();
    const brokenContract = { ...(records.contract as object), fields: 5 };
    await backend.write({ draft: records.draft, notes: records.notes, contract: brokenContract });

    const store = createDraftStore(backend, { now: fixedNow });
    const loaded = await store.load();
    expect(loaded?.notes).toEqual(draft.notes);
    expect(loaded?.ui).toEqual(draft.ui);
    expect(loaded?.contract.fields).toEqual({ goals: '', workEnvironment: '', alignWithLeader: '' });
    expect(loaded?.contract.id).not.toBe(draft.contract.id);
    expect(store.lastLoad).toMatchObject({ kind: 'recovered', lost: ['contract'], errors: ['contract.fields: expected an object, got number 5'] });

    const backups = await store.listBackups();
    expect(backups).toHaveLength(1);
    expect(backups[0]!.records.contract).toEqual(brokenContract);
    expect(backups[0]!.reason).toEqual(['contract.fields: expected an object, got number 5']);
    expect(backups[0]!.createdAt).toBe(NOW.toISOString());
    // The repaired draft was written, so the next load is clean.
    const next = createDraftStore(backend);
    expect(await next.load()).toEqual(loaded);
  });

  it('returns null but keeps a backup when nothing is readable', async () => {
    const backend = await makeBackend();
    await backend.write({ draft: 'garbage', notes: 42, contract: [] });
    const store = createDraftStore(backend, { now: fixedNow });
    expect(await store.load()).toBeNull();
    expect(store.lastLoad).toMatchObject({ kind: 'unreadable' });
    const [backup] = await store.listBackups();
    expect(backup?.records).toEqual({ draft: 'garbage', notes: 42, contract: [] });
  });

  it('keeps at most MAX_BACKUPS backups, newest last', async () => {
    const backend = await makeBackend();
    for (let i = 0; i < MAX_BACKUPS + 3; i += 1) {
      await backend.addBackup({ id: `2026-11-26T10:00:${String(i).padStart(2, '0')}.000Z#0001`, createdAt: NOW.toISOString(), reason: [`#${i}`], records: {} });
    }
    const backups = await backend.listBackups();
    expect(backups).toHaveLength(MAX_BACKUPS);
    expect(backups.at(-1)?.reason).toEqual([`#${MAX_BACKUPS + 2}`]);
    expect(backups[0]?.reason).toEqual(['#3']);
  });

  it('clears the draft but not the backups', async () => {
    const backend = await makeBackend();
    const store = createDraftStore(backend);
    await store.save(draftWithNotes());
    await backend.addBackup({ id: 'b#1', createdAt: NOW.toISOString(), reason: [], records: {} });
    await store.clear();
    expect(await store.load()).toBeNull();
    expect(await store.listBackups()).toHaveLength(1);
  });
});

describe('localStorage specifics', () => {
  it('backs up a record that is not JSON, as the raw text', async () => {
    const draft = draftWithNotes();
    const store = createDraftStore(createLocalStorageBackend(window.localStorage), { now: fixedNow });
    await store.save(draft);
    window.localStorage.setItem('lederdialog.notes', '{"schema":1,"questionNo');
    const loaded = await store.load();
    expect(loaded?.contract).toEqual(draft.contract);
    expect(loaded?.notes).toEqual({ schema: 1, questionNotes: {}, themeNotes: {}, figure: {} });
    const [backup] = await store.listBackups();
    expect(backup?.records.notes).toBe('{"schema":1,"questionNo');
  });

  it('uses one key per record', async () => {
    await createDraftStore(createLocalStorageBackend(window.localStorage)).save(draftWithNotes());
    expect(Object.keys(window.localStorage).sort()).toEqual(['lederdialog.contract', 'lederdialog.draft', 'lederdialog.notes']);
  });
});

describe('choosing the storage', () => {
  const original = globalThis.indexedDB;
  afterEach(() => {
    Object.defineProperty(globalThis, 'indexedDB', { value: original, configurable: true, writable: true });
  });

  it('uses IndexedDB (database "lederdialog") when it is there', async () => {
    const store = createDraftStore();
    expect(await store.backendKind()).toBe('indexedDB');
    await store.save(draftWithNotes());
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).toContain(DATABASE_NAME);
  });

  it('falls back to localStorage when IndexedDB is missing', async () => {
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true, writable: true });
    const store = createDraftStore();
    expect(await store.backendKind()).toBe('localStorage');
    await store.save(draftWithNotes());
    expect(window.localStorage.getItem('lederdialog.contract')).toContain('"schema":1');
  });

  it('falls back to localStorage when IndexedDB refuses to open (private mode)', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    Object.defineProperty(globalThis, 'indexedDB', { value: refusing, configurable: true, writable: true });
    expect((await chooseBackend()).kind).toBe('localStorage');
  });

  it('keeps the draft in memory when no storage works at all', async () => {
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true, writable: true });
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      expect((await chooseBackend()).kind).toBe('memory');
    } finally {
      setItem.mockRestore();
    }
  });
});
