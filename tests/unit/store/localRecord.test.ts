/**
 * Needs a DOM: localStorage.
 *
 * @jest-environment jsdom
 */
/**
 * The one helper every small local record goes through (src/store/localRecord.ts): the signed-in
 * account's key, JSON in and out, and a refused or garbled storage read as "nothing kept".
 */
import { __resetAccountForTests, accountKeyOf, setActiveAccount } from '../../../src/store/accountStorage';
import { archiveContract, markUploaded, readArchive } from '../../../src/store/archivedContracts';
import { readLocalRecord, writeLocalRecord } from '../../../src/store/localRecord';
import { readPendingWork, writePendingWork } from '../../../src/store/pendingShared';
import { readSeenPart, writeSeenPart } from '../../../src/store/seenPart';
import { filledDraft } from '../domain/fixtures';

const METTE = accountKeyOf({ tenantId: 'T', objectId: 'A' });
const LARS = accountKeyOf({ tenantId: 'T', objectId: 'B' });
const asText = (v: unknown) => (typeof v === 'string' ? v : undefined);

beforeEach(() => {
  window.localStorage.clear();
  __resetAccountForTests();
  setActiveAccount(METTE);
});
afterEach(() => jest.restoreAllMocks());

it("keeps a record under the signed-in account's key, unseen by another account", () => {
  expect(writeLocalRecord('x.y', 'Mettes')).toBe(true);
  expect(window.localStorage.getItem(`lederdialog.acct.${METTE}.x.y`)).toBe('"Mettes"');
  expect(readLocalRecord('x.y', asText)).toBe('Mettes');
  setActiveAccount(LARS);
  expect(readLocalRecord('x.y', asText)).toBeUndefined();
});

it('removes the record when written as undefined', () => {
  writeLocalRecord('x', 'v');
  expect(writeLocalRecord('x', undefined)).toBe(true);
  expect(window.localStorage.getItem(`lederdialog.acct.${METTE}.x`)).toBeNull();
});

it('reads garbled JSON or a value the parser refuses as nothing', () => {
  window.localStorage.setItem(`lederdialog.acct.${METTE}.x`, '{not json');
  expect(readLocalRecord('x', asText)).toBeUndefined();
  writeLocalRecord('x', 42);
  expect(readLocalRecord('x', asText)).toBeUndefined();
});

it('says false when the storage refuses a write, and reads nothing when it refuses a read', () => {
  jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  expect(writeLocalRecord('x', 'v')).toBe(false);
  jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError');
  });
  expect(readLocalRecord('x', asText)).toBeUndefined();
});

it('keeps archived periods newest first, drops entries that are no contract, and marks uploads', () => {
  const { contract } = filledDraft();
  const older = { ...contract, id: 'older' };
  archiveContract(older, true);
  archiveContract(contract, true);
  expect(readArchive().map((e) => e.contract.id)).toEqual([contract.id, 'older']);
  const stored = JSON.parse(window.localStorage.getItem(`lederdialog.acct.${METTE}.archivedContracts`) ?? '[]') as unknown[];
  window.localStorage.setItem(`lederdialog.acct.${METTE}.archivedContracts`, JSON.stringify([...stored, null, { contract: { id: 'no' } }]));
  expect(markUploaded('older').map((e) => [e.contract.id, e.pendingUpload])).toEqual([
    [contract.id, true],
    ['older', false],
  ]);
});

it('refuses to archive a period the storage will not keep (it may be its only copy)', () => {
  jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  expect(() => archiveContract(filledDraft().contract, true)).toThrow();
});

it('keeps pending work on a shared contract until it is saved', () => {
  const { contract } = filledDraft();
  writePendingWork(contract.id, { base: contract, working: { ...contract, fields: { ...contract.fields, goals: 'ny' } } });
  expect(readPendingWork(contract.id)?.working.fields.goals).toBe('ny');
  writePendingWork(contract.id, undefined);
  expect(readPendingWork(contract.id)).toBeUndefined();
});

it("remembers the nearest leader's part as seen per contract and per account, and reads a damaged record as partly seen", () => {
  const seen = { agreements: ['a1'], comments: ['c1', 'c2'], acceptance: '2026-12-03T10:45:00.000Z' };
  writeSeenPart('contract-1', seen);
  expect(readSeenPart('contract-1')).toEqual(seen);
  expect(readSeenPart('contract-2')).toBeUndefined();
  setActiveAccount(LARS);
  expect(readSeenPart('contract-1')).toBeUndefined();
  setActiveAccount(METTE);
  window.localStorage.setItem(`lederdialog.acct.${METTE}.lederdialog.nearestLeaderPart.seen.contract-3`, '{"agreements":"x","comments":[1],"acceptance":7}');
  expect(readSeenPart('contract-3')).toEqual({ agreements: [], comments: ['1'], acceptance: '' });
  window.localStorage.setItem(`lederdialog.acct.${METTE}.lederdialog.nearestLeaderPart.seen.contract-4`, '[not json');
  expect(readSeenPart('contract-4')).toBeUndefined();
});
