/**
 * "Mine data" against the emulator: after a complete "Book and share", and after one interrupted
 * by lost answers (created in Microsoft 365, ids never recorded), the inventory lists every item
 * the request log shows was created; the export holds them; "delete everything" leaves none of
 * them in the leader's Microsoft 365, the nearest leader's calendar shows the cancellation with
 * its message, and a second delete sends nothing.
 */
import { unzipSync } from 'fflate';
import { planDeletion, actingSteps } from '../../../src/domain/myDataDeletion';
import type { Contract } from '../../../src/domain/model';
import { bookAndShare } from '../../../src/features/invite/engine';
import { gatherInventory, type Inventory } from '../../../src/features/myData/discover';
import { buildExport } from '../../../src/features/myData/exportZip';
import { runDeletion } from '../../../src/features/myData/runDeletion';
import type { LocalSnapshot } from '../../../src/store/localData';
import { docxParagraphs } from '../../support/docxText';
import { prepareScenario, sampleNotes } from '../invite/scenario';
import { LARS, METTE, startTestEmulator, type TestEmulator, type LogLine } from '../support/emulator';

jest.setTimeout(90_000);

const COMMENT = 'Jeg har slettet mine data i Lederdialog, så vores dialog og opfølgninger er aflyst.';

/** What the request log shows Mette's requests created (answers lost on the way back included). */
function createdIds(log: LogLine[]): { events: string[]; tasks: string[]; files: string[]; folders: string[]; permissions: string[]; messages: string[] } {
  const ok = (l: LogLine) => l.status >= 200 && l.status < 300 && l.response && typeof l.response === 'object';
  const body = (l: LogLine) => l.response as { id?: string; value?: { id?: string }[]; parentReference?: { id?: string }; file?: unknown; name?: string };
  const set = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();
  const path = (l: LogLine) => new URL(l.url, 'http://x').pathname;
  const creates = log.filter((l) => ok(l) && l.method !== 'GET');
  const uploads = creates.filter((l) => l.method === 'PUT' && /\/content$/.test(path(l)) && body(l).file);
  return {
    events: set(creates.filter((l) => l.method === 'POST' && /\/me\/events$/.test(path(l))).map((l) => body(l).id)),
    tasks: set(creates.filter((l) => l.method === 'POST' && /\/todo\/lists\/[^/]+\/tasks$/.test(path(l))).map((l) => body(l).id)),
    files: set(uploads.map((l) => body(l).id)),
    // The contract folders the uploads made (the app folder is OneDrive's own, not the app's).
    folders: set(uploads.filter((l) => body(l).name !== 'private-noter.json').map((l) => body(l).parentReference?.id)),
    permissions: set(creates.filter((l) => l.method === 'POST' && /\/invite$/.test(path(l))).flatMap((l) => (body(l).value ?? []).map((p) => p.id))),
    messages: set(creates.filter((l) => l.method === 'POST' && /\/chats\/[^/]+\/messages$/.test(path(l))).map((l) => body(l).id)),
  };
}

function idsIn(inventory: Inventory): Set<string> {
  const ids = new Set<string>();
  for (const i of inventory.items) for (const v of [i.ref.eventId, i.ref.taskId, i.ref.itemId, i.ref.permissionId, i.ref.messageId]) if (v) ids.add(v);
  return ids;
}

function snapshot(contract: Contract): LocalSnapshot {
  return { records: [], draft: { contract, notes: sampleNotes }, archived: [] };
}

describe.each([
  ['a complete booking', undefined],
  ['a booking interrupted by lost answers', 3],
])('Mine data after %s', (_name, seed) => {
  let env: TestEmulator;
  let contract: Contract;
  let inventory: Inventory;
  let created: ReturnType<typeof createdIds>;
  let meId: string;

  beforeAll(async () => {
    env = await startTestEmulator();
    const { request, me } = await prepareScenario(env.graphAs(METTE));
    meId = me.id;
    contract = request.contract;
    const graph = env.graphAs(METTE, { maxAttempts: 2, maxTotalWaitMs: 2_000 });
    if (seed !== undefined) env.setFaults({ rateLostResponse: 0.45, seed });
    try {
      const result = await bookAndShare(graph, request, { onProgress: (b) => (contract = { ...contract, bookings: b }) });
      contract = { ...contract, bookings: result.bookings };
      if (seed !== undefined) expect(result.status).toBe('partial');
      else expect(result.status).toBe('complete');
    } finally {
      env.setFaults({});
    }
    created = createdIds(env.log());
    inventory = await gatherInventory(env.graphAs(METTE), { local: snapshot(contract) });
  });
  afterAll(async () => env?.close());

  it('lists every item the request log shows was created', () => {
    expect(created.events.length).toBeGreaterThan(0);
    expect(inventory.failures).toEqual([]);
    const ids = idsIn(inventory);
    for (const id of [...created.events, ...created.tasks, ...created.files, ...created.folders, ...created.permissions, ...created.messages])
      expect(ids).toContain(id);
    // Interrupted: some of it is in Microsoft 365 although the record never got its id.
    const onlyByLooking = inventory.items.filter(
      (i) => i.place !== 'browser' && i.foundBy.join() === 'looking' && i.kind !== 'contractFile' && i.kind !== 'contractFolder',
    );
    if (seed !== undefined) expect(onlyByLooking.map((i) => i.kind)).not.toEqual([]);
  });

  it('gives every item a place, a date and (in Microsoft 365) a link', () => {
    for (const item of inventory.items) {
      expect([item.key, item.date]).toEqual([item.key, expect.any(String)]);
      if (item.place !== 'browser') expect(item.link).toMatch(/^https:\/\//);
    }
  });

  it('exports them: every contract as JSON and .docx, the notes, the history as CSV, a README and the list', async () => {
    const result = await buildExport({ graph: env.graphAs(METTE), inventory, locale: 'da', userName: 'Mette Hansen' });
    const files = unzipSync(result.bytes);
    const names = Object.keys(files);
    const json = names.filter((n) => n.endsWith('lederaftale.json'));
    expect(json.length).toBeGreaterThan(0);
    for (const name of json) expect((JSON.parse(new TextDecoder().decode(files[name])) as { id: string }).id).toBe(contract.id);
    for (const name of names.filter((n) => n.endsWith('.docx')))
      expect((await docxParagraphs(files[name] as Uint8Array)).join('\n')).toContain('Styrke sammenhængen');
    expect(new TextDecoder().decode(files['private-noter.json'])).toContain('krydspresset');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['opfoelgning.csv'])).toMatch(/^\uFEFFAftale-id;Periode;Aftale;Dato;Status/);
    expect(new TextDecoder().decode(files['LÆS MIG.txt'])).toContain('lederaftale.json');
    const listed = JSON.stringify(JSON.parse(new TextDecoder().decode(files['mine-data.json'])));
    for (const id of [...created.events, ...created.tasks, ...created.files, ...created.permissions]) expect(listed).toContain(id);
  });

  it('deletes them all: cancelled with a message to the nearest leader, nothing left for Mette; a second delete is a no-op', async () => {
    const graph = env.graphAs(METTE);
    const steps = planDeletion(inventory.items, { kind: 'all' });
    const results = await runDeletion(graph, steps, { scope: { kind: 'all' }, cancelComment: COMMENT, userId: meId });
    expect(results.filter((r) => r.status === 'failed')).toEqual([]);

    const state = await env.state();
    const mine = (owner: string) => state.events.filter((e) => e.owner === owner && !e.seeded);
    expect(mine(METTE).filter((e) => created.events.includes(e.id))).toEqual([]);
    expect(state.todoTasks.filter((t) => created.tasks.includes(t.id))).toEqual([]);
    expect(state.driveItems.filter((i) => created.files.includes(i.id) || created.folders.includes(i.id))).toEqual([]);
    expect(state.permissions.filter((p) => created.permissions.includes(String(p.id)))).toEqual([]);
    expect(state.messages.filter((m) => created.messages.includes(m.id) && !m.deletedDateTime)).toEqual([]);

    // Lars's calendar shows the dialogue and the follow-ups as cancelled, with Mette's message.
    const lars = mine(LARS);
    expect(lars.length).toBeGreaterThan(0);
    for (const e of lars) {
      expect(e.isCancelled).toBe(true);
      expect(String(e.subject)).toMatch(/^Canceled: /);
      expect(JSON.stringify(e.body)).toContain('slettet mine data');
    }

    // Again, as the app would after clearing this browser: nothing left to find, nothing sent.
    const before = env.log().length;
    const again = await gatherInventory(graph, { local: { records: [], draft: {}, archived: [] } });
    expect(again.items).toEqual([]);
    expect(actingSteps(planDeletion(again.items, { kind: 'all' }))).toEqual([]);
    expect(
      env
        .log()
        .slice(before)
        .filter((l) => l.method !== 'GET'),
    ).toEqual([]);
  });
});

describe('Deleting one contract, interrupted by faults, then run again', () => {
  let env: TestEmulator;
  afterAll(async () => env?.close());

  it('finishes on the rerun what failed, and leaves nothing of the contract', async () => {
    env = await startTestEmulator();
    const { request, me } = await prepareScenario(env.graphAs(METTE));
    const result = await bookAndShare(env.graphAs(METTE), request);
    expect(result.status).toBe('complete');
    const contract = { ...request.contract, bookings: result.bookings };
    const created = createdIds(env.log());
    const scope = { kind: 'contract' as const, contractId: contract.id };

    const first = await gatherInventory(env.graphAs(METTE), { local: snapshot(contract) });
    env.setFaults({ rate503: 0.6, seed: 5 });
    const flaky = env.graphAs(METTE, { maxAttempts: 1, maxTotalWaitMs: 0 });
    const firstRun = await runDeletion(flaky, planDeletion(first.items, scope), { scope, cancelComment: COMMENT, userId: me.id }).finally(() =>
      env.setFaults({}),
    );
    expect(firstRun.filter((r) => r.status === 'failed').length).toBeGreaterThan(0);

    // The browser still holds the record (it is cleared only after a clean run): look again, run again.
    const second = await gatherInventory(env.graphAs(METTE), { local: snapshot(contract) });
    const secondRun = await runDeletion(env.graphAs(METTE), planDeletion(second.items, scope), { scope, cancelComment: COMMENT, userId: me.id });
    expect(secondRun.filter((r) => r.status === 'failed')).toEqual([]);

    const state = await env.state();
    expect(state.events.filter((e) => e.owner === METTE && created.events.includes(e.id))).toEqual([]);
    expect(state.todoTasks.filter((t) => created.tasks.includes(t.id))).toEqual([]);
    expect(state.driveItems.filter((i) => created.folders.includes(i.id))).toEqual([]);
    // The private notes are not one contract's: they stay until "delete everything".
    expect(state.driveItems.some((i) => i.owner === METTE && i.name === 'private-noter.json')).toBe(true);
  });
});
