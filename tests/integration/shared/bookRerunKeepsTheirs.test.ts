/**
 * "Book og del" again on a contract already shared (issue 12, What was seen 1): the leader's draft has
 * never taken in what the nearest leader added, and this device's merge base is from an earlier
 * round. The rerun saves through the one write path: the nearest leader's agreement and acceptance
 * stay in lederaftale.json, Lederaftale.docx is rendered from the merged version, the leader's own
 * change lands, and the acceptance (given to the earlier wording) reads as changed since.
 */
import { docxParagraphs } from '../../support/docxText';
import { acceptanceState } from '../../../src/domain/acceptance';
import type { Contract, Signature } from '../../../src/domain/model';
import { parseContract } from '../../../src/domain/schema';
import { bookAndShare } from '../../../src/features/invite/engine';
import { acceptContract, addSharedAgreement } from '../../../src/features/nearestLeader/contributions';
import { downloadFile } from '../../../src/graph/files';
import { openContract, saveContract } from '../../../src/store/sharedContract';
import { prepareScenario } from '../invite/scenario';
import { LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';
import { getContent } from '../../../src/content';

jest.setTimeout(60_000);

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 7, 10, minutes)).toISOString();
const lars = (minutes: number): Signature => ({ role: 'nearestLeader', displayName: 'Lars Nielsen', at: at(minutes) });

async function fileOf(env: TestEmulator, itemId: string): Promise<Contract> {
  const file = await downloadFile(env.graphAs(METTE), { itemId });
  const parsed = parseContract(JSON.parse(new TextDecoder().decode(file.content)));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.value;
}

describe('Book og del on the shared contract keeps the nearest leader’s part', () => {
  let env: TestEmulator;
  beforeAll(async () => {
    env = await startTestEmulator();
  });
  afterAll(async () => env.close());

  it('keeps her agreement and acceptance in the JSON and the .docx, with or without an old base', async () => {
    const mette = env.graphAs(METTE);
    const { request } = await prepareScenario(mette);
    request.shareRole = 'write';
    const first = await bookAndShare(mette, request);
    expect(first.status).toBe('complete');
    const draft: Contract = { ...request.contract, bookings: first.bookings };
    const storage = first.bookings.storage!;
    const firstRound = await fileOf(env, storage.json.itemId!);

    // Lars opens it from the card's link, adds an agreement and accepts.
    const opened = await openContract(env.graphAs(LARS), { contractId: draft.id, driveId: storage.driveId!, folderId: storage.folderId! });
    if (opened.status !== 'opened') throw new Error(opened.status);
    expect(opened.access).toBe('write');
    const withHis = acceptContract(
      addSharedAgreement(opened.contract, { text: 'Vi tager et kvarter om din trivsel hver måned', followUp: 'Første mandag' }, lars(1), 'lars-a1'),
      lars(2),
    );
    const saved = await saveContract(env.graphAs(LARS), opened, withHis, { content: getContent });
    expect(saved.status).toBe('saved');

    // The leader changes a field in step 2 and presses "Book og del" again, from a draft that never saw
    // his part: first with no base on this device, then with a base from the first round (before his part).
    const goals = `${draft.fields.goals} Uden base.`;
    const workEnvironment = `${draft.fields.workEnvironment} Med en gammel base.`;
    const reruns = [
      { change: { goals }, sharedBase: undefined },
      { change: { workEnvironment }, sharedBase: firstRound },
    ];
    for (const { change, sharedBase } of reruns) {
      const rerun = await bookAndShare(mette, {
        ...request,
        contract: { ...draft, fields: { ...draft.fields, ...change } },
        now: new Date(),
        ...(sharedBase ? { sharedBase } : {}),
      });
      if (rerun.status === 'invalid') throw new Error('invalid rerun');
      expect(rerun.status).toBe('complete');
      expect(rerun.conflicts).toEqual([]);
      const file = await fileOf(env, storage.json.itemId!);
      expect(file.fields).toMatchObject(change);
      expect(file.leaderAgreements.map((a) => a.id)).toContain('lars-a1');
      expect(file.collaboration?.acceptance?.at).toBe(lars(2).at);
      expect(acceptanceState(file).status).toBe('changed');
      // What the draft takes in holds his part too.
      expect(rerun.shared?.leaderAgreements.some((a) => a.id === 'lars-a1')).toBe(true);
      const docx = await downloadFile(mette, { parentId: storage.folderId!, name: 'Lederaftale.docx' });
      const text = (await docxParagraphs(docx.content)).join('\n');
      expect(text).toContain('Vi tager et kvarter om din trivsel hver måned');
      expect(text).toContain(Object.values(change)[0]);
    }
    // The second rerun's base knew the first round's goals, so the first rerun's change to them stays.
    expect((await fileOf(env, storage.json.itemId!)).fields).toMatchObject({ goals, workEnvironment });
  });
});
