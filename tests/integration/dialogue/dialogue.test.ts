/**
 * The dialogue against the emulator, as the two apps run it: the leader books and shares with "may
 * edit"; both open the shared contract and write an agreement at the same moment (live sessions,
 * eTags); nothing is lost. "Afslut dialogen" marks both as agreed, the .docx is re-rendered with
 * both, and the follow-up series' agendas are PATCHed to hold both.
 */
import { downloadFile } from '../../../src/graph/files';
import { bookAndShare } from '../../../src/features/invite/engine';
import { addLeaderAgreement, closeDialogue, signatureFor, updateLeaderAgreement } from '../../../src/features/dialogue/dialogueModel';
import { updateFollowUpAgendas } from '../../../src/features/dialogue/finishDialogue';
import { LiveContract } from '../../../src/features/dialogue/liveContract';
import { refOfStoredContract } from '../../../src/features/dialogue/resolveDialogue';
import { openContract } from '../../../src/store/sharedContract';
import { docxParagraphs } from '../../support/docxText';
import { prepareScenario } from '../invite/scenario';
import { LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';

jest.setTimeout(60_000);

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(async () => {
  await t.close();
});

const LEADER_AGREEMENT = 'Vi tager krydspres op på statusmøderne hver uge';
const METTE_WRITES = { text: 'Mette: jeg siger til, når ressourcerne ikke slår til', followUp: 'Første punkt på opfølgningen' };
const LARS_WRITES = { text: 'Lars: jeg tager budgettet op med direktionen', followUp: 'Status om 14 dage' };

it('two people write at once, nothing is lost; closing marks, renders and carries the agreements into the agendas', async () => {
  const mette = t.graphAs(METTE);
  const lars = t.graphAs(LARS);
  const { request, me } = await prepareScenario(mette);
  const booked = await bookAndShare(mette, { ...request, shareRole: 'write' });
  if (booked.status === 'invalid') throw new Error('invalid');
  expect(booked.status).toBe('complete');
  const contract = { ...request.contract, bookings: booked.bookings };
  const ref = refOfStoredContract(contract)!;
  expect(ref.driveId).toBeTruthy();

  const larsMe = { id: (await t.state()).users.find((u) => u.userPrincipalName === LARS)!.id, mail: LARS, userPrincipalName: LARS };
  const open = async (graph: typeof mette, who: { id: string; mail: string; userPrincipalName: string }) => {
    const result = await openContract(graph, ref, { me: who });
    if (result.status !== 'opened') throw new Error(`open: ${result.status}`);
    return result;
  };
  const metteOpened = await open(mette, { id: me.id, mail: METTE, userPrincipalName: METTE });
  const larsOpened = await open(lars, larsMe);
  expect(metteOpened.access).toBe('owner');
  expect(larsOpened.access).toBe('write');

  const quiet = { debounceMs: 10_000, pollMs: 0, retryMs: 50, onState: () => undefined };
  const metteLive = new LiveContract(mette, metteOpened, quiet);
  const larsLive = new LiveContract(lars, larsOpened, quiet);
  const now = new Date();
  metteLive.change((c) =>
    updateLeaderAgreement(addLeaderAgreement(c, 'a-mette', signatureFor('leader', { id: me.id, displayName: 'Mette Hansen' }, now)), 'a-mette', METTE_WRITES),
  );
  larsLive.change((c) =>
    updateLeaderAgreement(
      addLeaderAgreement(c, 'a-lars', signatureFor('nearestLeader', { id: larsMe.id, displayName: 'Lars Nielsen' }, now)),
      'a-lars',
      LARS_WRITES,
    ),
  );
  // Both save from the same eTag at the same moment: one gets a 412 and merges.
  await Promise.all([metteLive.flush(), larsLive.flush()]);
  expect([metteLive.state.status, larsLive.state.status]).toEqual(['saved', 'saved']);
  expect(t.log().some((l) => l.status === 412)).toBe(true);

  const afterBoth = await open(mette, { id: me.id, mail: METTE, userPrincipalName: METTE });
  expect(afterBoth.contract.leaderAgreements.map((a) => a.text).sort()).toEqual([LARS_WRITES.text, METTE_WRITES.text, LEADER_AGREEMENT].sort());
  expect(afterBoth.contract.leaderAgreements.find((a) => a.id === 'a-lars')?.addedBy?.role).toBe('nearestLeader');

  // The one who saved first sees the other's agreement after a refresh.
  await metteLive.refresh();
  await larsLive.refresh();
  for (const live of [metteLive, larsLive])
    expect(live.state.contract.leaderAgreements.map((a) => a.id)).toEqual(expect.arrayContaining(['a-mette', 'a-lars']));

  // Afslut dialogen, by the leader.
  const closedAt = new Date();
  metteLive.change((c) => closeDialogue(c, signatureFor('leader', { id: me.id, displayName: 'Mette Hansen' }, closedAt)));
  await metteLive.flush();
  const agendas = await updateFollowUpAgendas(mette, metteLive.state.contract, 'leader');
  expect(agendas).toEqual({ status: 'updated', series: 1 });

  const final = await open(lars, larsMe);
  expect(final.contract.collaboration?.dialogue?.closedBy).toMatchObject({ role: 'leader', displayName: 'Mette Hansen' });
  for (const a of final.contract.leaderAgreements) expect(a.agreedAt).toBe(closedAt.toISOString());

  const docx = await downloadFile(mette, { parentId: booked.bookings.storage!.folderId!, name: 'Lederaftale.docx' });
  const text = (await docxParagraphs(docx.content)).join('\n');
  expect(text).toContain(METTE_WRITES.text);
  expect(text).toContain(LARS_WRITES.text);
  expect(text).toContain(LARS_WRITES.followUp);

  const state = await t.state();
  const master = state.events.find((e) => e.id === booked.bookings.followUps[0]?.seriesMasterId) as { body?: { content?: string } };
  expect(master.body?.content).toContain(METTE_WRITES.text);
  expect(master.body?.content).toContain(LARS_WRITES.text);
  // The nearest leader's copy of the series (same iCalUId) follows the organiser's update.
  const uid = (master as { iCalUId?: string }).iCalUId;
  const copy = state.events.find((e) => e.owner === LARS && (e as { iCalUId?: string }).iCalUId === uid) as { body?: { content?: string } } | undefined;
  expect(copy?.body?.content).toContain(LARS_WRITES.text);

  // The nearest leader cannot PATCH the leader's series: the leader's app does it.
  expect(await updateFollowUpAgendas(lars, final.contract, 'nearestLeader')).toEqual({ status: 'notOrganizer' });
  metteLive.dispose();
  larsLive.dispose();
});
