/**
 * A meeting tab added by hand carries no contract, and the nearest leader has no draft of it: the
 * panel finds the contract among those shared with him, by the meeting chat in the JSON's bookings
 * (the join link's thread id). Against the emulator, with the chat card and sharedWithMe as sources.
 */
import { findSharedContractForMeeting } from '../../../src/features/dialogue/findMeetingContract';
import { meetingChatOf } from '../../../src/features/dialogue/resolveDialogue';
import type { Contract } from '../../../src/domain/model';
import { getMe } from '../../../src/graph/me';
import type { KeyValueStorage } from '../../../src/store/openedContracts';
import { shareAsLeader } from '../shared/sharedScenario';
import { LARS, startTestEmulator, type TestEmulator } from '../support/emulator';

jest.setTimeout(60_000);

const JONAS = 'jonas.pedersen@demokommune.example';

function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

async function viewer(env: TestEmulator, upn: string) {
  const me = await getMe(env.graphAs(upn));
  return { id: me.id, displayName: me.displayName, ...(me.mail ? { mail: me.mail } : {}), userPrincipalName: me.userPrincipalName };
}

let env: TestEmulator;
let contract: Contract;
let chatId: string;

beforeAll(async () => {
  env = await startTestEmulator();
  ({ contract } = await shareAsLeader(env));
  chatId = meetingChatOf(contract) ?? '';
});
afterAll(async () => env.close());

it('the booked meeting has a chat thread in its join link', () => {
  expect(chatId).toMatch(/^19:meeting_.+@thread\.v2$/);
});

it('the nearest leader’s panel finds the contract by the meeting chat, with nothing on his device', async () => {
  const found = await findSharedContractForMeeting(env.graphAs(LARS), await viewer(env, LARS), chatId, { storage: memoryStorage() });
  expect(found?.contract.id).toBe(contract.id);
  expect(found?.ref.driveId).toBeTruthy();
  expect(found?.ref.itemId).toBe(contract.bookings?.storage?.json.itemId);
});

it('another meeting’s chat finds nothing, and neither does someone it was not shared with', async () => {
  expect(
    await findSharedContractForMeeting(env.graphAs(LARS), await viewer(env, LARS), '19:meeting_someother@thread.v2', { storage: memoryStorage() }),
  ).toBeUndefined();
  expect(await findSharedContractForMeeting(env.graphAs(JONAS), await viewer(env, JONAS), chatId, { storage: memoryStorage() })).toBeUndefined();
});
