/**
 * When the nearest leader's grant cannot be read (the emulator refuses Lars the permissions list,
 * as SharePoint does for members who may not manage sharing), the contract opens as 'maybeWrite':
 * with a read-only grant the save answers 403, the contract turns read-only and what he typed is
 * kept; with a write grant the save simply works. And the read-only path's chat reply, sent after
 * its preview: exactly one message, with the text escaped, even when the send is repeated.
 */
import { bookAndShare } from '../../../src/features/invite/engine';
import { addLeaderAgreement, signatureFor, updateLeaderAgreement } from '../../../src/features/dialogue/dialogueModel';
import { LiveContract } from '../../../src/features/dialogue/liveContract';
import { sendChatReply } from '../../../src/features/nearestLeader/sendChatReply';
import { addSharedAgreement } from '../../../src/features/nearestLeader/contributions';
import { inviteToItem } from '../../../src/graph/sharing';
import type { Contract } from '../../../src/domain/model';
import { openContract, saveContract, type OpenedContract } from '../../../src/store/sharedContract';
import type { ContractRef } from '../../../src/store/contractRef';
import { refOfStoredContract } from '../../../src/features/dialogue/resolveDialogue';
import { prepareScenario } from '../invite/scenario';
import { LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';
import { getContent } from '../../../src/content';
import { contractTroubleText } from '../../../src/features/nearestLeader/contractAccessStrings';

jest.setTimeout(60_000);

let env: TestEmulator;
let contract: Contract;
let ref: ContractRef;
let lars: { id: string; mail: string; userPrincipalName: string };

beforeAll(async () => {
  env = await startTestEmulator();
  const { request } = await prepareScenario(env.graphAs(METTE));
  const booked = await bookAndShare(env.graphAs(METTE), request); // "may read" (the default)
  if (booked.status !== 'complete') throw new Error(`book and share: ${booked.status}`);
  contract = { ...request.contract, bookings: booked.bookings };
  ref = refOfStoredContract(contract)!;
  lars = { id: (await env.state()).users.find((u) => u.userPrincipalName === LARS)!.id, mail: LARS, userPrincipalName: LARS };
  const restricted = await fetch(`${env.emulator.url}/demo/restrictions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: LARS, restrictions: ['permissions'] }),
  });
  expect(restricted.status).toBe(200);
});
afterAll(async () => env.close());

async function openAsLars(): Promise<OpenedContract> {
  const result = await openContract(env.graphAs(LARS), ref, { me: lars });
  if (result.status !== 'opened') throw new Error(`open: ${result.status}`);
  return result;
}

const by = () => ({ role: 'nearestLeader' as const, displayName: 'Lars Nielsen', id: lars.id, at: new Date().toISOString() });
const jsonOnDrive = async () => (await openContract(env.graphAs(METTE), { contractId: contract.id })) as OpenedContract;

it('the permissions list is refused, so the grant is unknown: editing is offered, not guessed away', async () => {
  const before = env.log().length;
  const opened = await openAsLars();
  expect(
    env
      .log()
      .slice(before)
      .some((l) => l.url.includes('/permissions') && l.status === 403),
  ).toBe(true);
  expect(opened.access).toBe('maybeWrite');
});

it('with a read-only grant the save answers 403: read-only from then on, the typed text kept, nothing written', async () => {
  const opened = await openAsLars();
  const saved = await saveContract(
    env.graphAs(LARS),
    opened,
    addSharedAgreement(opened.contract, { text: 'Lars: sparring hver anden uge', followUp: '' }, by(), 'a-1'),
    { content: getContent },
  );
  expect(saved).toEqual({ status: 'readOnly', refused: true });
  expect(contractTroubleText({ status: 'readOnly', refused: true }, 'da')).toMatch(/^OneDrive tillod ikke, at du gemmer/);
  expect((await jsonOnDrive()).contract.leaderAgreements.map((a) => a.id)).not.toContain('a-1');

  // The dialogue's live session: the refused save turns it read-only and keeps what was typed.
  const states: string[] = [];
  const live = new LiveContract(env.graphAs(LARS), await openAsLars(), { debounceMs: 10_000, pollMs: 0, retryMs: 50, onState: (s) => states.push(s.status) });
  live.change((c) =>
    updateLeaderAgreement(addLeaderAgreement(c, 'a-live', signatureFor('nearestLeader', { id: lars.id, displayName: 'Lars Nielsen' }, new Date())), 'a-live', {
      text: 'Skrevet i mødet',
      followUp: 'Næste uge',
    }),
  );
  await live.flush();
  expect(live.state.status).toBe('readOnly');
  expect(live.state.access).toBe('read');
  expect(live.state.contract.leaderAgreements.find((a) => a.id === 'a-live')).toMatchObject({ text: 'Skrevet i mødet', followUp: 'Næste uge' });
  // Further typing is not taken (nothing more is sent), and what is there stays.
  const puts = env.log().filter((l) => l.method === 'PUT').length;
  live.change((c) => ({ ...c, fields: { ...c.fields, goals: 'x' } }));
  await live.flush();
  expect(env.log().filter((l) => l.method === 'PUT').length).toBe(puts);
  expect(live.state.contract.leaderAgreements.some((a) => a.id === 'a-live')).toBe(true);
  live.dispose();
});

it('with a write grant (still unreadable) the save simply works', async () => {
  await inviteToItem(env.graphAs(METTE), contract.bookings!.storage!.folderId!, LARS, 'write');
  const opened = await openAsLars();
  expect(opened.access).toBe('maybeWrite');
  const saved = await saveContract(
    env.graphAs(LARS),
    opened,
    addSharedAgreement(opened.contract, { text: 'Lars: jeg tager budgettet op', followUp: 'Om 14 dage' }, by(), 'a-2'),
    { content: getContent },
  );
  expect(saved.status).toBe('saved');
  expect((await jsonOnDrive()).contract.leaderAgreements.find((a) => a.id === 'a-2')?.addedBy?.displayName).toBe('Lars Nielsen');
});

it('the chat reply after its preview: one message in the 1:1 chat, escaped, even when sent again', async () => {
  const mette = (await env.state()).users.find((u) => u.userPrincipalName === METTE)!;
  const text = 'Enig <b>fed</b> & <script>alert(1)</script>\n\nVi tager "resten" på mødet';
  const countBefore = (await env.state()).messages.length;
  const input = { myId: lars.id, leaderId: mette.id, text, title: 'Lederaftale fra Mette Hansen', guardKey: 'reply-guard-1' };
  const first = await sendChatReply(env.graphAs(LARS), input);
  // The answer was lost, the user presses send again: the same key finds the first message.
  const second = await sendChatReply(env.graphAs(LARS), input);
  expect(second.id).toBe(first.id);
  expect(second.alreadyPosted).toBe(true);
  const messages = (await env.state()).messages.slice(countBefore);
  expect(messages).toHaveLength(1);
  const body = (messages[0] as { body?: { content?: string } }).body?.content ?? '';
  expect(messages[0]!.from).toBe(LARS);
  expect(body).toContain('Enig &lt;b&gt;fed&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;');
  expect(body).toContain('&quot;resten&quot;');
  expect(body).not.toContain('<script>');
  expect(body).not.toContain('<b>');
  expect(body).toContain('<p><strong>Lederaftale fra Mette Hansen</strong></p>');
  const chat = (await env.state()).chats.find((c) => c.id === messages[0]!.chatId)!;
  expect(chat.members.sort()).toEqual([LARS, METTE].sort());
});
