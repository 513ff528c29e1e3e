/**
 * The shared contract against a running emulator, as two (and three) people: the leader Mette
 * shares with "Book and share", her nearest leader Lars opens it from the chat card's link, both
 * save at once (412 → merge), and Jonas, who was never invited, gets a clear answer.
 */
import type { Agreement, Contract, Signature } from '../../../src/domain/model';
import { getMe } from '../../../src/graph/me';
import { inviteToItem } from '../../../src/graph/sharing';
import { contractIdFromDeepLink } from '../../../src/host/contractLinks';
import { decodeContractRef } from '../../../src/host/deepLink';
import type { ContractRef } from '../../../src/store/contractRef';
import { openContract, saveContract, type OpenedContract, type OpenContractResult } from '../../../src/store/sharedContract';
import { shareAsLeader } from './sharedScenario';
import { LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';
import { getContent } from '../../../src/content';
import { contractTroubleText } from '../../../src/features/nearestLeader/contractAccessStrings';

jest.setTimeout(60_000);

const JONAS = 'jonas.pedersen@demokommune.example';

function mustOpen(result: OpenContractResult): OpenedContract {
  if (result.status !== 'opened') throw new Error(`expected the contract to open, got ${result.status}`);
  return result;
}

const sign = (role: Signature['role'], displayName: string, at: string): Signature => ({ role, displayName, at });

describe('the shared contract, opened and saved by the leader and the nearest leader', () => {
  let env: TestEmulator;
  let contract: Contract;
  let cardRef: ContractRef;
  let logStart: number;

  beforeAll(async () => {
    env = await startTestEmulator();
    ({ contract } = await shareAsLeader(env));
    logStart = env.log().length;
    // The chat card's "Open in Lederdialog" button, as the nearest leader receives it.
    const state = await env.state();
    const card = JSON.parse(String(state.messages[0]?.attachments[0]?.content)) as { actions: Array<{ url: string }> };
    const ref = decodeContractRef(contractIdFromDeepLink(card.actions[0]?.url ?? ''));
    if (!ref) throw new Error('the chat card carries no contract reference');
    cardRef = ref;
  });
  afterAll(async () => env.close());

  it('the chat card carries where the contract is: the leader’s drive and the shared folder', async () => {
    const state = await env.state();
    const folder = state.driveItems.find((i) => i.id === contract.bookings?.storage?.folderId);
    expect(cardRef).toEqual({ contractId: contract.id, driveId: folder?.driveId, folderId: folder?.id });
  });

  it('the nearest leader opens it from the card, read-only by default', async () => {
    const opened = mustOpen(await openContract(env.graphAs(LARS), cardRef));
    expect(opened.access).toBe('read');
    expect(opened.contract.id).toBe(contract.id);
    expect(opened.contract.fields).toEqual(contract.fields);
    expect(opened.contract.leaderAgreements.map((a) => a.text)).toEqual(contract.leaderAgreements.map((a) => a.text));
    expect(opened.location).toMatchObject({ driveId: cardRef.driveId, folderId: cardRef.folderId });
    expect(opened.ref.itemId).toBe(opened.location.itemId);
  });

  it('a read-only save sends nothing and says so', async () => {
    const opened = mustOpen(await openContract(env.graphAs(LARS), cardRef));
    const before = env.log().length;
    const result = await saveContract(
      env.graphAs(LARS),
      opened,
      { ...opened.contract, fields: { ...opened.contract.fields, goals: 'x' } },
      { content: getContent },
    );
    expect(result.status).toBe('readOnly');
    expect(env.log().length).toBe(before);
  });

  it('the leader opens her own contract by its plain id, and from the card, as owner', async () => {
    expect(mustOpen(await openContract(env.graphAs(METTE), { contractId: contract.id })).access).toBe('owner');
    expect(mustOpen(await openContract(env.graphAs(METTE), cardRef)).access).toBe('owner');
  });

  it('someone never invited gets noAccess, not an exception', async () => {
    const result = await openContract(env.graphAs(JONAS), cardRef);
    expect(result.status).toBe('noAccess');
    if (result.status === 'noAccess') expect(contractTroubleText(result, 'da')).toMatch(/ikke adgang/);
    // An id alone finds nothing in Jonas's own drive.
    expect((await openContract(env.graphAs(JONAS), { contractId: contract.id })).status).toBe('notFound');
  });

  describe('with "may edit"', () => {
    beforeAll(async () => {
      await inviteToItem(env.graphAs(METTE), cardRef.folderId as string, LARS, 'write');
    });

    it('the nearest leader has write access, and both people’s concurrent additions are kept (412 → merge)', async () => {
      const larsGraph = env.graphAs(LARS);
      const metteGraph = env.graphAs(METTE);
      const lars = mustOpen(await openContract(larsGraph, cardRef));
      const mette = mustOpen(await openContract(metteGraph, { contractId: contract.id }));
      expect(lars.access).toBe('write');

      const larsMe = await getMe(larsGraph);
      const at = '2026-11-26T13:00:00.000Z';
      const larsAgreement: Agreement = {
        id: 'lars-1',
        text: 'Jeg giver sparring om krydspres',
        followUp: 'Hver anden fredag på vores 1:1',
        cadence: 'biweekly',
        author: 'nearestLeader',
        createdAt: at,
        addedBy: { ...sign('nearestLeader', larsMe.displayName, at), id: larsMe.id },
      };
      const larsVersion: Contract = {
        ...lars.contract,
        leaderAgreements: [...lars.contract.leaderAgreements, larsAgreement],
        collaboration: { comments: [], followUps: [], dailyChecks: [], acceptance: sign('nearestLeader', larsMe.displayName, at) },
      };
      const larsSaved = await saveContract(larsGraph, lars, larsVersion, { now: new Date(at), content: getContent });
      expect(larsSaved.status).toBe('saved');
      if (larsSaved.status !== 'saved') return;
      expect(larsSaved.conflicts).toEqual([]);
      expect(larsSaved.docx.status).toBe('saved');

      // Mette still holds the version from before Lars saved: her save meets a 412 and is merged.
      const metteVersion: Contract = {
        ...mette.contract,
        collaboration: {
          comments: [{ id: 'c-mette', field: 'goals', text: 'Budgettet er vigtigst', by: sign('leader', 'Mette Hansen', '2026-11-26T13:01:00.000Z') }],
          followUps: [],
          dailyChecks: [],
        },
      };
      const metteSaved = await saveContract(metteGraph, mette, metteVersion, { now: new Date('2026-11-26T13:01:00.000Z'), content: getContent });
      expect(metteSaved.status).toBe('saved');
      if (metteSaved.status !== 'saved') return;
      expect(metteSaved.conflicts).toEqual([]);

      const final = mustOpen(await openContract(larsGraph, cardRef)).contract;
      expect(final.leaderAgreements.map((a) => a.id)).toContain('lars-1');
      expect(final.leaderAgreements.find((a) => a.id === 'lars-1')?.addedBy?.displayName).toBe('Lars Nielsen');
      expect(final.collaboration?.acceptance?.displayName).toBe('Lars Nielsen');
      expect(final.collaboration?.comments.map((c) => c.text)).toEqual(['Budgettet er vigtigst']);
    });

    it('the same field typed by both: theirs stays, both texts are reported', async () => {
      const larsGraph = env.graphAs(LARS);
      const metteGraph = env.graphAs(METTE);
      const lars = mustOpen(await openContract(larsGraph, cardRef));
      const mette = mustOpen(await openContract(metteGraph, cardRef));
      const larsSaved = await saveContract(
        larsGraph,
        lars,
        { ...lars.contract, fields: { ...lars.contract.fields, alignWithLeader: 'Lars skrev dette' } },
        { renderDocx: false, content: getContent },
      );
      expect(larsSaved.status).toBe('saved');
      const metteSaved = await saveContract(
        metteGraph,
        mette,
        { ...mette.contract, fields: { ...mette.contract.fields, alignWithLeader: 'Mette skrev dette' } },
        { renderDocx: false, content: getContent },
      );
      expect(metteSaved.status).toBe('saved');
      if (metteSaved.status !== 'saved') return;
      expect(metteSaved.contract.fields.alignWithLeader).toBe('Lars skrev dette');
      expect(metteSaved.conflicts).toEqual([
        {
          target: { kind: 'field', field: 'alignWithLeader' },
          base: lars.contract.fields.alignWithLeader,
          mine: 'Mette skrev dette',
          theirs: 'Lars skrev dette',
        },
      ]);
    });
  });

  it('no request after sharing reached the app folder or the private notes', async () => {
    const state = await env.state();
    const privateIds = state.driveItems.filter((i) => i.specialFolder === 'approot' || /private-noter|Lederdialog \(privat\)/.test(i.path)).map((i) => i.id);
    expect(privateIds.length).toBeGreaterThan(0); // the leader's notes are there …
    const lines = env.log().slice(logStart);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(line.url).not.toMatch(/approot|special/i); // … and nobody asked for them
      for (const id of privateIds) expect(line.url).not.toContain(id);
    }
  });
});
