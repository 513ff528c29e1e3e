/**
 * Needs a DOM: IndexedDB and localStorage.
 *
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import { setQuestionNote } from '../../../src/domain/draftEdits';
import {
  __resetAccountForTests,
  accountKeyOf,
  accountScopedKey,
  lastSignedInAccount,
  ownerOfStorageKey,
  rememberSignedInAccount,
  setActiveAccount,
} from '../../../src/store/accountStorage';
import { chooseBackend, createDraftStore } from '../../../src/store/draftStore';
import { createLocalStorageBackend } from '../../../src/store/localStorageBackend';
import { clearAllLocalRecords, listLocalRecords } from '../../../src/store/localData';
import { clearJournal, readJournal, writeJournal } from '../../../src/store/localJournal';
import { claimUnowned, declineUnowned, shouldOfferUnowned } from '../../../src/store/unownedRecords';
import { readConflicts, writeConflicts } from '../../../src/store/pendingConflicts';
import { listOpenedContracts, rememberOpenedContract } from '../../../src/store/openedContracts';
import { NOW, filledDraft } from '../domain/fixtures';

const TENANT = '6F1C2D3E-0000-4000-8000-000000000001';
const METTE = accountKeyOf({ tenantId: TENANT, objectId: 'AAAAAAAA-0000-4000-8000-00000000000A' });
const LARS = accountKeyOf({ tenantId: TENANT, objectId: 'BBBBBBBB-0000-4000-8000-00000000000B' });

function metteDraft() {
  return setQuestionNote(filledDraft(), 'goals-1', 'Mettes private note');
}

async function wipe(): Promise<void> {
  window.localStorage.clear();
  for (const account of [null, METTE, LARS]) {
    const b = await chooseBackend(account);
    await b.clear();
    await b.clearBackups();
  }
}

beforeEach(async () => {
  __resetAccountForTests();
  await wipe();
});
afterAll(() => __resetAccountForTests());

describe('account keys', () => {
  it('one key per tenant + object id, case-insensitive, and read back from a storage key', () => {
    expect(METTE).toBe('6f1c2d3e-0000-4000-8000-000000000001.aaaaaaaa-0000-4000-8000-00000000000a');
    expect(accountScopedKey('followUp.base.c1', METTE)).toBe(`lederdialog.acct.${METTE}.followUp.base.c1`);
    expect(ownerOfStorageKey(`lederdialog.acct.${METTE}.followUp.base.c1`)).toEqual({ account: METTE, name: 'followUp.base.c1' });
    // Without an account: the key an older version wrote (unowned).
    expect(accountScopedKey('draft', null)).toBe('lederdialog.draft');
    expect(ownerOfStorageKey('lederdialog.draft')).toBeUndefined();
  });

  it('remembers the last account, for the demo only when it was the same person', () => {
    rememberSignedInAccount(METTE, 'Mette.Hansen@demokommune.dk');
    expect(lastSignedInAccount()).toBe(METTE);
    expect(lastSignedInAccount('mette.hansen@demokommune.dk')).toBe(METTE);
    expect(lastSignedInAccount('lars@demokommune.dk')).toBeUndefined();
  });
});

describe.each([
  ['IndexedDB', (account: string | null) => chooseBackend(account)],
  ['localStorage', async (account: string | null) => createLocalStorageBackend(window.localStorage, account)],
])('two accounts in one browser profile (%s)', (_name, backendFor) => {
  it("Lars never reads Mette's draft or backups", async () => {
    await createDraftStore(await backendFor(METTE)).save(metteDraft());
    await (await backendFor(METTE)).addBackup({ id: 'b1', createdAt: NOW.toISOString(), reason: ['x'], records: { notes: 'Mettes backup' } });
    const lars = createDraftStore(await backendFor(LARS));
    expect(await lars.load()).toBeNull();
    expect(await lars.listBackups()).toEqual([]);
    const mette = createDraftStore(await backendFor(METTE));
    expect((await mette.load())?.notes.questionNotes['goals-1']).toBe('Mettes private note');
    expect(await mette.listBackups()).toHaveLength(1);
  });
});

describe('the follow-up and index records are per account', () => {
  it('conflicts and opened contracts written as Mette are not there for Lars', () => {
    setActiveAccount(METTE);
    writeConflicts('c1', [{ target: { kind: 'field', field: 'goals' }, base: '', mine: 'Mettes ord', theirs: 'x' } as never]);
    rememberOpenedContract('mette-id', { ref: { contractId: 'c1' }, openedAt: NOW.toISOString() });
    expect(readConflicts('c1')).toHaveLength(1);
    setActiveAccount(LARS);
    expect(readConflicts('c1')).toEqual([]);
    expect(listOpenedContracts('mette-id')).toEqual([]);
    expect(JSON.stringify(window.localStorage)).not.toContain('lederdialog.followUp.conflicts.c1');
  });
});

describe('Mine data sees and clears only the signed-in account', () => {
  it("lists Mette's records to Mette only, and Lars's deletion leaves Mette's", async () => {
    setActiveAccount(METTE);
    await createDraftStore().save(metteDraft());
    writeConflicts('c1', [{ target: { kind: 'field', field: 'goals' }, base: '', mine: 'm', theirs: 't' } as never]);
    const mine = await listLocalRecords();
    expect(mine.map((r) => r.kind).sort()).toEqual(['draft', 'followUpConflicts']);
    setActiveAccount(LARS);
    expect(await listLocalRecords()).toEqual([]);
    await clearAllLocalRecords();
    setActiveAccount(METTE);
    expect((await createDraftStore().load())?.notes.questionNotes['goals-1']).toBe('Mettes private note');
    expect(readConflicts('c1')).toHaveLength(1);
  });
});

describe('a record without owner (an older version) is offered once', () => {
  async function writeUnowned(): Promise<void> {
    await createDraftStore(await chooseBackend(null)).save(metteDraft());
    window.localStorage.setItem('lederdialog.followUp.base.c1', '{"old":true}');
  }

  it('is not shown to an account, is offered, and "mine" moves it into that account', async () => {
    await writeUnowned();
    setActiveAccount(LARS);
    expect(await createDraftStore().load()).toBeNull();
    expect(await shouldOfferUnowned(LARS, true)).toBe(true);
    // An account with a draft of its own is not asked (taking would replace it).
    expect(await shouldOfferUnowned(LARS, false)).toBe(false);
    await claimUnowned(METTE);
    setActiveAccount(METTE);
    expect((await createDraftStore().load())?.notes.questionNotes['goals-1']).toBe('Mettes private note');
    expect(window.localStorage.getItem(accountScopedKey('followUp.base.c1', METTE))).toBe('{"old":true}');
    expect(window.localStorage.getItem('lederdialog.followUp.base.c1')).toBeNull();
    // Taken: no one else is offered it.
    expect(await shouldOfferUnowned(LARS, true)).toBe(false);
  });

  it('"not mine" is not asked again of that account, and the record stays for its owner', async () => {
    await writeUnowned();
    declineUnowned(LARS);
    expect(await shouldOfferUnowned(LARS, true)).toBe(false);
    expect(await shouldOfferUnowned(METTE, true)).toBe(true);
  });
});

describe('the local journal', () => {
  it('keeps the newest entry; clearing an older one leaves a newer one', () => {
    setActiveAccount(METTE);
    writeJournal('draft', { text: 'ab' }, 1);
    writeJournal('draft', { text: 'abc' }, 2);
    clearJournal('draft', 1);
    expect(readJournal('draft')).toEqual({ at: 2, value: { text: 'abc' } });
    setActiveAccount(LARS);
    expect(readJournal('draft')).toBeUndefined();
    setActiveAccount(METTE);
    clearJournal('draft', 2);
    expect(readJournal('draft')).toBeUndefined();
  });
});
