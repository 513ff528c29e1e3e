/**
 * The Outlook pane's "Fetch from Microsoft 365": the manager and the contract are independent
 * look-ups, so a refused manager (GET /me/manager needs User.Read.All, an admin-consent scope) must
 * not lose the contract (issue 13).
 */
import { fetchFromM365 } from '../../../src/outlook/loadFromM365';
import { uploadSmallFile } from '../../../src/graph/files';
import { METTE, startTestEmulator, type TestEmulator } from '../support/emulator';
import { createEmptyContract } from '../../../src/domain/draft';

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(async () => t.close());

async function restrict(restrictions: string[]): Promise<void> {
  const res = await fetch(`${t.emulator.url}/demo/restrictions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: METTE, restrictions }),
  });
  expect(res.status).toBe(200);
}

it('without the manager look-up it still brings the contract; with it, both', async () => {
  const graph = t.graphAs(METTE);
  await restrict(['manager']);
  const none = await fetchFromM365(graph);
  expect(none.nearestLeader).toBeUndefined();
  expect(none.contract).toBeNull();

  await restrict([]);
  const both = await fetchFromM365(graph);
  expect(both.nearestLeader?.kind).toBe('user');
});

it('a contract in OneDrive comes back even when /me/manager answers 403', async () => {
  const graph = t.graphAs(METTE);
  const contract = minimalContract();
  await uploadSmallFile(graph, { path: 'Lederdialog/2026 Mette Hansen/lederaftale.json' }, JSON.stringify(contract), { contentType: 'application/json' });
  await restrict(['manager']);
  const fetched = await fetchFromM365(graph);
  expect(fetched.nearestLeader).toBeUndefined();
  expect(fetched.contract?.contract.id).toBe(contract.id);
});

function minimalContract() {
  return createEmptyContract(new Date(), 'da');
}
