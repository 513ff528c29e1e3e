/**
 * "Afslut dialogen" pressed by the nearest leader: Lars cannot PATCH Mette's follow-up series, so
 * the contract records which agenda version the series hold, and Mette's app brings them up to
 * date the next time it opens the contract. Against the emulator: Lars closes → Mette opens → the
 * series bodies (hers and Lars's copy) hold the agreements; a second opening PATCHes nothing; an
 * agreement added after the close is carried too; a failed PATCH is reported and not recorded.
 */
import { bookAndShare } from '../../../src/features/invite/engine';
import { addLeaderAgreement, closeDialogue, signatureFor, updateLeaderAgreement } from '../../../src/features/dialogue/dialogueModel';
import { agendasStale, agendaVersion, syncFollowUpAgendas, updateFollowUpAgendas } from '../../../src/features/dialogue/finishDialogue';
import { refOfStoredContract } from '../../../src/features/dialogue/resolveDialogue';
import { openContract, saveContract, type OpenedContract } from '../../../src/store/sharedContract';
import type { ContractRef } from '../../../src/store/contractRef';
import { prepareScenario } from '../invite/scenario';
import { LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';
import { getContent } from '../../../src/content';

jest.setTimeout(60_000);

const LARS_WRITES = { text: 'Lars: jeg tager budgettet op med direktionen', followUp: 'Status om 14 dage' };
const LATER = { text: 'Lars: vi aftaler en fast sparringstime', followUp: 'Første mandag i måneden' };

let t: TestEmulator;
let ref: ContractRef;
let masterId: string;
let larsMe: { id: string; mail: string; userPrincipalName: string };
let metteMe: { id: string; mail: string; userPrincipalName: string };

beforeAll(async () => {
  t = await startTestEmulator();
  const { request, me } = await prepareScenario(t.graphAs(METTE));
  const booked = await bookAndShare(t.graphAs(METTE), { ...request, shareRole: 'write' });
  if (booked.status !== 'complete') throw new Error(`book and share: ${booked.status}`);
  ref = refOfStoredContract({ ...request.contract, bookings: booked.bookings })!;
  masterId = booked.bookings.followUps[0]!.seriesMasterId!;
  metteMe = { id: me.id, mail: METTE, userPrincipalName: METTE };
  larsMe = { id: (await t.state()).users.find((u) => u.userPrincipalName === LARS)!.id, mail: LARS, userPrincipalName: LARS };
});
afterAll(async () => t.close());

async function open(upn: string, who: typeof larsMe): Promise<OpenedContract> {
  const result = await openContract(t.graphAs(upn), ref, { me: who });
  if (result.status !== 'opened') throw new Error(`open: ${result.status}`);
  return result;
}

async function seriesBodies(): Promise<{ mine: string; copy: string }> {
  const state = await t.state();
  const master = state.events.find((e) => e.id === masterId) as { body?: { content?: string }; iCalUId?: string };
  const copy = state.events.find((e) => e.owner === LARS && (e as { iCalUId?: string }).iCalUId === master.iCalUId) as
    { body?: { content?: string } } | undefined;
  return { mine: master.body?.content ?? '', copy: copy?.body?.content ?? '' };
}

const patches = () => t.log().filter((l) => l.method === 'PATCH' && l.url.includes('/me/events/')).length;

it('Lars closes the dialogue; Mette opens the app and the series bodies then hold the agreements, once', async () => {
  const lars = t.graphAs(LARS);
  const larsOpened = await open(LARS, larsMe);
  expect(larsOpened.access).toBe('write');
  const now = new Date();
  const by = signatureFor('nearestLeader', { id: larsMe.id, displayName: 'Lars Nielsen' }, now);
  const written = updateLeaderAgreement(addLeaderAgreement(larsOpened.contract, 'a-lars', by), 'a-lars', LARS_WRITES);
  const closed = await saveContract(lars, larsOpened, closeDialogue(written, by), { content: getContent });
  expect(closed.status).toBe('saved');
  // Lars's app may not PATCH the leader's series: they still hold the agenda from the booking.
  expect(await updateFollowUpAgendas(lars, (closed as { contract: OpenedContract['contract'] }).contract, 'nearestLeader')).toEqual({ status: 'notOrganizer' });
  expect((await seriesBodies()).mine).not.toContain('budgettet');

  // Mette opens the app: the contract says the agendas lag behind, and her app brings them up to date.
  const metteOpened = await open(METTE, metteMe);
  expect(agendasStale(metteOpened.contract)).toBe(true);
  // Lars's app cannot do it for her.
  expect((await syncFollowUpAgendas(lars, await open(LARS, larsMe), 'nearestLeader')).sync).toEqual({ status: 'notOrganizer' });
  const before = patches();
  const first = await syncFollowUpAgendas(t.graphAs(METTE), metteOpened, 'leader');
  expect(first.sync).toEqual({ status: 'updated', series: 1, recorded: true });
  expect(patches() - before).toBe(1);
  const bodies = await seriesBodies();
  expect(bodies.mine).toContain(LARS_WRITES.text);
  expect(bodies.mine).toContain(LARS_WRITES.followUp);
  expect(bodies.mine).toContain('Vi tager krydspres op på statusmøderne hver uge');
  expect(bodies.copy).toContain(LARS_WRITES.text);

  // The record is in the shared JSON, and the next opening PATCHes nothing.
  const reopened = await open(METTE, metteMe);
  expect(reopened.contract.collaboration?.dialogue?.agendasVersion).toBe(agendaVersion(reopened.contract));
  expect(reopened.contract.collaboration?.dialogue?.closedBy?.role).toBe('nearestLeader');
  expect(agendasStale(reopened.contract)).toBe(false);
  const again = await syncFollowUpAgendas(t.graphAs(METTE), reopened, 'leader');
  expect(again.sync).toEqual({ status: 'upToDate' });
  expect(patches() - before).toBe(1);
});

it('an agreement Lars adds after the close reaches the agendas; a failed PATCH is reported and tried again next time', async () => {
  const larsOpened = await open(LARS, larsMe);
  const by = signatureFor('nearestLeader', { id: larsMe.id, displayName: 'Lars Nielsen' }, new Date());
  const added = updateLeaderAgreement(addLeaderAgreement(larsOpened.contract, 'a-later', by), 'a-later', LATER);
  expect((await saveContract(t.graphAs(LARS), larsOpened, added, { content: getContent })).status).toBe('saved');

  // Mette's calendar refuses for a moment (503, no retries): reported, nothing recorded.
  const opened = await open(METTE, metteMe);
  expect(agendasStale(opened.contract)).toBe(true);
  t.setFaults({ rate503: 1 });
  const failing = await syncFollowUpAgendas(t.graphAs(METTE, { maxAttempts: 1 }), opened, 'leader').finally(() => t.setFaults({}));
  expect(failing.sync).toMatchObject({ status: 'failed', updated: 0 });
  const stillStale = await open(METTE, metteMe);
  expect(agendasStale(stillStale.contract)).toBe(true);
  expect((await seriesBodies()).mine).not.toContain(LATER.text);

  const retried = await syncFollowUpAgendas(t.graphAs(METTE), stillStale, 'leader');
  expect(retried.sync).toEqual({ status: 'updated', series: 1, recorded: true });
  const bodies = await seriesBodies();
  expect(bodies.mine).toContain(LATER.text);
  expect(bodies.mine).toContain(LARS_WRITES.text);
  expect(agendasStale((await open(METTE, metteMe)).contract)).toBe(false);
});
