/**
 * The nearest leader's comments are kept as typed: leading indentation, inner blank lines and a
 * closing line break survive the save to OneDrive and the leader's reading of it.
 */
import type { Signature } from '../../../src/domain/model';
import { addFieldComment, editFieldComment } from '../../../src/features/nearestLeader/contributions';
import { inviteToItem } from '../../../src/graph/sharing';
import { openContract, saveContract, type OpenContractResult, type OpenedContract } from '../../../src/store/sharedContract';
import { shareAsLeader } from './sharedScenario';
import { LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';
import { getContent } from '../../../src/content';

jest.setTimeout(60_000);

function mustOpen(result: OpenContractResult): OpenedContract {
  if (result.status !== 'opened') throw new Error(`expected the contract to open, got ${result.status}`);
  return result;
}

let env: TestEmulator;
afterAll(async () => env.close());

it('keeps the whitespace of a comment as the nearest leader typed it, through save and reopen', async () => {
  env = await startTestEmulator();
  const { contract } = await shareAsLeader(env);
  const folderId = contract.bookings?.storage?.folderId;
  const driveId = contract.bookings?.storage?.driveId;
  if (!folderId || !driveId) throw new Error('no shared folder');
  await inviteToItem(env.graphAs(METTE), folderId, LARS, 'write');

  const lars = mustOpen(await openContract(env.graphAs(LARS), { contractId: contract.id, folderId, driveId }));
  const by: Signature = { role: 'nearestLeader', displayName: 'Lars Nielsen', id: 'lars', at: '2026-11-26T12:00:00.000Z' };
  const typed = '  Indrykket start\n\n\tto linjer med tab  \n';
  const commented = addFieldComment(lars.contract, 'goals', typed, by, 'c-ws');
  expect(commented.collaboration?.comments.at(-1)?.text).toBe(typed);
  const saved = await saveContract(env.graphAs(LARS), lars, commented, { renderDocx: false, content: getContent });
  expect(saved.status).toBe('saved');

  const mette = mustOpen(await openContract(env.graphAs(METTE), { contractId: contract.id }));
  expect(mette.contract.collaboration?.comments.find((c) => c.id === 'c-ws')?.text).toBe(typed);

  // An edit is kept as typed too; only a comment of nothing but white space is refused.
  const edited = editFieldComment(commented, 'c-ws', ' ny ordlyd ', { id: 'lars' }, new Date('2026-11-26T12:05:00.000Z'));
  expect(edited.collaboration?.comments.find((c) => c.id === 'c-ws')?.text).toBe(' ny ordlyd ');
  expect(addFieldComment(lars.contract, 'goals', ' \n\t ', by, 'c-empty')).toBe(lars.contract);
});
