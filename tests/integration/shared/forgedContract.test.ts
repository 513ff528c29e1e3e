/**
 * Who shared a contract comes from OneDrive, not from the JSON (issue 14, item 2): Jonas uploads a
 * lederaftale.json naming Mette as leader into his own drive and shares it with Lars. Lars is told
 * who really put it there, cannot open, comment or accept it as Mette's, and "Delt med mig" lists
 * only Mette's real contract. The emulator records `createdBy` as OneDrive does (the uploader).
 */
import { loadOverview } from '../../../src/features/nearestLeader/overview';
import { downloadFile, uploadSmallFile } from '../../../src/graph/files';
import { getMe } from '../../../src/graph/me';
import { inviteToItem } from '../../../src/graph/sharing';
import type { KeyValueStorage } from '../../../src/store/openedContracts';
import { openContract } from '../../../src/store/sharedContract';
import { shareAsLeader } from './sharedScenario';
import { LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';
import { contractTroubleText } from '../../../src/features/nearestLeader/contractAccessStrings';

jest.setTimeout(60_000);

const JONAS = 'jonas.pedersen@demokommune.example';

function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

let env: TestEmulator;
afterAll(async () => env?.close());

it('a contract naming Mette, uploaded and shared by Jonas, is never Mette’s to Lars', async () => {
  env = await startTestEmulator();
  const { contract } = await shareAsLeader(env);
  const real = await downloadFile(env.graphAs(METTE), { itemId: contract.bookings!.storage!.json.itemId! });
  // OneDrive's record of who created the real one: Mette, with her id.
  const mette = await getMe(env.graphAs(METTE));
  expect(real.item.createdBy).toMatchObject({ id: mette.id, displayName: 'Mette Hansen' });

  // Jonas copies it (same leader, same id even) into his own drive and shares it with Lars.
  const forgedJson = JSON.stringify({ ...JSON.parse(new TextDecoder().decode(real.content)), id: 'forged-contract' });
  const upload = await uploadSmallFile(env.graphAs(JONAS), { path: 'Lederdialog/2026 Mette Hansen/lederaftale.json' }, forgedJson, {
    contentType: 'application/json',
  });
  if (upload.conflict) throw new Error('unexpected conflict');
  await inviteToItem(env.graphAs(JONAS), upload.item.id, LARS, 'write');

  const lars = env.graphAs(LARS);
  const opened = await openContract(lars, { contractId: 'forged-contract', driveId: upload.item.driveId, itemId: upload.item.id });
  expect(opened.status).toBe('notFromNamedLeader');
  if (opened.status !== 'notFromNamedLeader') throw new Error('unreachable');
  expect(opened.sharedBy).toBe('Jonas Pedersen');
  expect(opened.namedLeader).toBe('Mette Hansen');
  expect(contractTroubleText(opened, 'da')).toMatch(/^Advarsel: .*Mette Hansen.*Jonas Pedersen/);
  expect(contractTroubleText(opened, 'en')).toMatch(/^Warning: .*Mette Hansen.*Jonas Pedersen/);

  // The real one opens for Lars once Mette shared it (her book-and-share did).
  const genuine = await openContract(lars, { contractId: contract.id, driveId: real.item.driveId, itemId: real.item.id });
  expect(genuine.status).toBe('opened');

  // "Delt med mig": one Mette Hansen contract, the real one, also when the forged one is in the local index.
  const me = await getMe(lars);
  const storage = memoryStorage();
  storage.setItem(
    `lederdialog.openedContracts.${me.id}`,
    JSON.stringify([{ ref: { contractId: 'forged-contract', driveId: upload.item.driveId, itemId: upload.item.id }, openedAt: new Date().toISOString() }]),
  );
  const overview = await loadOverview(
    lars,
    { id: me.id, displayName: me.displayName, userPrincipalName: me.userPrincipalName, ...(me.mail ? { mail: me.mail } : {}) },
    { storage },
  );
  expect(overview.rows.map((r) => [r.leaderName, r.contract.id])).toEqual([['Mette Hansen', contract.id]]);
});
