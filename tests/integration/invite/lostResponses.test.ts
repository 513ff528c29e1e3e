/**
 * "Book and share" when Graph's answers get lost: 30% of requests (and of $batch sub-requests) are
 * processed in full by the emulator and then answered 504 GatewayTimeout, so the app cannot know
 * whether its write landed. The leader presses "try again" (bookAndShare again with the recorded
 * bookings and a fresh clock, as the UI does) until the run is complete; Microsoft 365 must then
 * hold each thing exactly once. Several seeds put the lost answers on different requests.
 */
import { bookAndShare, type BookAndShareResult } from '../../../src/features/invite/engine';
import { prepareScenario } from './scenario';
import { LARS, METTE, startTestEmulator, type DemoState, type TestEmulator } from '../support/emulator';

jest.setTimeout(60_000);

// Seeds 7, 8, 9 and 12 lose the answer of the first Lederaftale.docx upload (they made a "(2)"
// folder before ownDocument.ts); 1 loses a whole $batch answer and the JSON upload's, 2 a To Do
// task's and the chat message's inside the batch.
const SEEDS = [1, 2, 7, 8, 9, 12];
const MAX_TRIES = 8;

function newOf(state: DemoState, owner: string) {
  return state.events.filter((e) => e.owner === owner && !e.seeded);
}

describe.each(SEEDS)('Book and share with 30%% lost answers (seed %i)', (seed) => {
  let env: TestEmulator;
  let result: BookAndShareResult | undefined;
  let tries = 0;

  beforeAll(async () => {
    env = await startTestEmulator();
    const { request } = await prepareScenario(env.graphAs(METTE));
    const graph = env.graphAs(METTE, { maxAttempts: 3, maxTotalWaitMs: 3_000 });
    env.setFaults({ rateLostResponse: 0.3, seed });
    let contract = request.contract;
    try {
      for (tries = 1; tries <= MAX_TRIES; tries += 1) {
        // "Prøv igen": the same request with every booking recorded so far, at a later moment.
        result = await bookAndShare(graph, { ...request, contract, now: new Date() }, { onProgress: (b) => (contract = { ...contract, bookings: b }) });
        contract = { ...contract, bookings: result.bookings };
        if (result.status === 'complete') break;
      }
    } finally {
      env.setFaults({});
    }
  });
  afterAll(async () => env?.close());

  it('completes after a few "try again"', () => {
    expect(result?.status).toBe('complete');
    expect(tries).toBeLessThanOrEqual(MAX_TRIES);
  });

  it('lost answers really hit the flow, writes included', () => {
    const lost = env.log().filter((l) => (l as { lostResponse?: unknown }).lostResponse);
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.some((l) => l.method !== 'GET')).toBe(true);
  });

  it('holds exactly one dialogue (and Lars’s copy) and one follow-up series', async () => {
    const state = await env.state();
    const mine = newOf(state, METTE);
    expect(mine.filter((e) => e.type === 'singleInstance').map((e) => e.id)).toEqual([result?.bookings.dialogue?.eventId]);
    expect(mine.filter((e) => e.type === 'seriesMaster').map((e) => e.id)).toEqual([result?.bookings.followUps[0]?.seriesMasterId]);
    const lars = newOf(state, LARS);
    expect(lars.filter((e) => e.type === 'singleInstance')).toHaveLength(1);
    expect(lars.filter((e) => e.type === 'seriesMaster')).toHaveLength(1);
  });

  it('holds one To Do task per self-agreement with a cadence', async () => {
    const state = await env.state();
    const titles = state.todoTasks
      .filter((t) => t.owner === METTE)
      .map((t) => t.title)
      .sort();
    expect(titles).toEqual(['Jeg holder fri fra mails efter kl. 17', 'Jeg tager en gåtur med en kollega om ugen']);
  });

  it('holds one contract folder with one lederaftale.json and one Lederaftale.docx (no "(2)" folder)', async () => {
    const state = await env.state();
    const folders = state.driveItems.filter((i) => i.owner === METTE && i.isFolder && /Mette Hansen/.test(i.name));
    expect(folders.map((f) => f.name)).toEqual([result?.bookings.storage?.folderPath.split('/').pop()]);
    expect(folders[0]?.name).not.toMatch(/\(\d+\)/);
    const files = state.driveItems.filter((i) => i.owner === METTE && !i.isFolder && /^(lederaftale\.json|Lederaftale\.docx)$/.test(i.name));
    expect(files.map((f) => f.name).sort()).toEqual(['Lederaftale.docx', 'lederaftale.json']);
    expect(files.map((f) => f.id).sort()).toEqual([result?.bookings.storage?.docx.itemId, result?.bookings.storage?.json.itemId].sort());
    expect(state.driveItems.filter((i) => i.owner === METTE && i.name === 'private-noter.json')).toHaveLength(1);
  });

  it('holds one permission for Lars and exactly one chat message', async () => {
    const state = await env.state();
    const grants = state.permissions.filter((p) => p.grantee === LARS);
    expect(grants.map((p) => p.itemId)).toEqual([result?.bookings.storage?.folderId]);
    const messages = state.messages.filter((m) => m.from === METTE);
    expect(messages.map((m) => m.id)).toEqual([result?.bookings.chat?.messageId]);
  });

  it('sent only valid Graph requests', () => {
    expect(
      env
        .log()
        .filter((l) => l.status === 400)
        .map((l) => `${l.method} ${l.url} ${JSON.stringify(l.response).slice(0, 200)}`),
    ).toEqual([]);
  });
});

describe('the first Lederaftale.docx upload whose answer is lost', () => {
  let env: TestEmulator;
  beforeEach(async () => {
    env = await startTestEmulator();
  });
  afterEach(async () => env.close());

  it('is taken over by the next try (rendered anew, other bytes) instead of opening a "(2)" folder', async () => {
    const { request } = await prepareScenario(env.graphAs(METTE));
    const graph = env.graphAs(METTE, { maxAttempts: 3, maxTotalWaitMs: 3_000 });
    let contract = request.contract;
    env.setFaults({ rateLostResponse: 1 });
    let first: BookAndShareResult;
    try {
      first = await bookAndShare(graph, { ...request, contract }, { onProgress: (b) => (contract = { ...contract, bookings: b }) });
    } finally {
      env.setFaults({});
    }
    expect(first.status).toBe('partial');
    contract = { ...contract, bookings: first.bookings };
    expect(contract.bookings?.storage?.docx.itemId).toBeUndefined();
    const stored = (await env.state()).driveItems.filter((i) => i.owner === METTE && i.name === 'Lederaftale.docx');
    expect(stored).toHaveLength(1); // it did land

    // A moment later: Word's creation time in the document differs (it has whole seconds), so the
    // bytes do too, and only the contract id inside the file can tell it is ours.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const second = await bookAndShare(graph, { ...request, contract, now: new Date() });
    expect(second.status).toBe('complete');
    const state = await env.state();
    expect(state.driveItems.filter((i) => i.owner === METTE && i.isFolder && /Mette Hansen/.test(i.name)).map((f) => f.name)).toEqual([
      contract.bookings?.storage?.folderPath.split('/').pop(),
    ]);
    expect(second.bookings.storage?.docx.itemId).toBe(stored[0]?.id);
    expect(state.driveItems.filter((i) => i.owner === METTE && !i.isFolder && /^(lederaftale\.json|Lederaftale\.docx)$/.test(i.name))).toHaveLength(2);
    expect(state.permissions.filter((p) => p.grantee === LARS)).toHaveLength(1);
    expect(state.messages.filter((m) => m.from === METTE)).toHaveLength(1);
    expect(newOf(state, METTE).filter((e) => e.type === 'singleInstance')).toHaveLength(1);
  });

  it('still gives another contract of the same year its own "(2)" folder', async () => {
    const a = (await prepareScenario(env.graphAs(METTE))).request;
    const first = await bookAndShare(env.graphAs(METTE), a);
    expect(first.status).toBe('complete');
    const before = (await env.state()).driveItems.find((i) => i.id === first.bookings.storage?.docx.itemId);
    const b = (await prepareScenario(env.graphAs(METTE))).request;
    expect(b.contract.id).not.toBe(a.contract.id);
    const second = await bookAndShare(env.graphAs(METTE), b);
    expect(second.status).toBe('complete');
    expect(second.bookings.storage?.folderPath).toBe(`${first.bookings.storage?.folderPath} (2)`);
    const after = (await env.state()).driveItems.find((i) => i.id === first.bookings.storage?.docx.itemId);
    expect(after?.eTag).toBe(before?.eTag);
  });
});
