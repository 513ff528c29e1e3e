/**
 * Following up against a real emulator, from a contract booked by "Book and share":
 *  - reminders in step: a revised agreement's To Do task / reminder event is PATCHed (title, body,
 *    recurrence), a dropped one's is deleted; idempotent; a task already gone counts as deleted;
 *  - follow-up records saved to lederaftale.json with eTags (and the .docx re-rendered with the
 *    history), a concurrent save from another device merged in, and nothing lost under faults.
 */
import { docxParagraphs } from '../../support/docxText';
import { bookAndShare, type BookAndShareRequest } from '../../../src/features/invite/engine';
import { setDailyCheck } from '../../../src/domain/dailyCheck';
import { dropAgreement, recordFollowUp, recordsFor, reviseAgreement } from '../../../src/domain/followUp';
import type { Contract, Signature } from '../../../src/domain/model';
import { parseContract } from '../../../src/domain/schema';
import { planReminderSync, syncReminders } from '../../../src/features/followUp/reminderSync';
import { saveFollowUpsOnce, applySaved } from '../../../src/features/followUp/useSharedSave';
import { createEmptyDraft } from '../../../src/domain/draft';
import { resolveConflict } from '../../../src/domain/mergeContract';
import { startTestEmulator, METTE, type TestEmulator } from '../support/emulator';
import { prepareScenario } from '../invite/scenario';

jest.setTimeout(120_000);

const BY: Signature = { role: 'leader', displayName: 'Mette Hansen', at: new Date().toISOString() };

async function booked(env: TestEmulator, reminderKind: 'todo' | 'event', reminderTime?: string): Promise<Contract> {
  const graph = env.graphAs(METTE);
  const { request } = await prepareScenario(graph);
  const req: BookAndShareRequest = { ...request, reminderKind, ...(reminderTime ? { reminderTime } : {}) };
  const result = await bookAndShare(graph, req);
  if (result.status !== 'complete') throw new Error(`booking did not complete: ${result.status}`);
  return { ...req.contract, bookings: result.bookings };
}

async function download(env: TestEmulator, itemId: string): Promise<Uint8Array> {
  const graph = env.graphAs(METTE);
  const res = await graph.send<Uint8Array>({ method: 'GET', path: `/me/drive/items/${itemId}/content`, scopes: ['Files.ReadWrite'], read: 'bytes' });
  return res.body;
}

describe('reminders follow revisions and drops (To Do)', () => {
  let env: TestEmulator;
  let contract: Contract;
  beforeAll(async () => {
    env = await startTestEmulator();
    contract = await booked(env, 'todo', '07:15');
  });
  afterAll(async () => env.close());

  it('PATCHes the revised agreement’s task and DELETEs the dropped one’s, once, in one $batch', async () => {
    const graph = env.graphAs(METTE);
    const before = (await env.state()).todoTasks.filter((t) => t.owner === METTE);
    expect(before.map((t) => t.title).sort()).toEqual(['Jeg holder fri fra mails efter kl. 17', 'Jeg tager en gåtur med en kollega om ugen']);
    let c = reviseAgreement(
      contract,
      'self-2',
      { text: 'Jeg går en tur med en kollega to gange om ugen', followUp: 'Status om fredagen', cadence: 'biweekly' },
      BY,
    );
    c = dropAgreement(c, 'self-1');
    const logBefore = env.log().length;
    const result = await syncReminders(graph, c, { today: '2027-01-04' });
    expect(result.failures).toEqual([]);
    expect([result.updated, result.removed]).toEqual([1, 1]);
    const sent = env.log().slice(logBefore);
    expect(sent.filter((l) => !l.via).map((l) => `${l.method} ${l.url.replace(/^\/v1\.0/, '')}`)).toEqual(['POST /$batch']);
    expect(
      sent
        .filter((l) => l.via === '$batch')
        .map((l) => l.method)
        .sort(),
    ).toEqual(['DELETE', 'PATCH']);

    const tasks = (await env.state()).todoTasks.filter((t) => t.owner === METTE);
    expect(tasks).toHaveLength(1);
    const task = tasks[0] as Record<string, unknown>;
    expect(task.title).toBe('Jeg går en tur med en kollega to gange om ugen');
    expect((task.body as { content: string }).content).toContain('Opfølgning: Status om fredagen');
    // In step with the booked reminder: its weekday, its fortnights and its time — not restarted on the day of the revision.
    const bookedReminder = contract.bookings?.reminders.find((r) => r.agreementId === 'self-2');
    expect(bookedReminder).toMatchObject({ firstDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), time: '07:15' });
    const booked = new Date(`${bookedReminder?.firstDate as string}T12:00:00Z`);
    const weekday = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][booked.getUTCDay()];
    const recurrence = task.recurrence as { pattern: { daysOfWeek: string[] }; range: { startDate: string } };
    expect(recurrence).toMatchObject({ pattern: { type: 'weekly', interval: 2, daysOfWeek: [weekday] }, range: { endDate: c.period.end } });
    const start = recurrence.range.startDate;
    expect(start >= '2027-01-04').toBe(true);
    const days = Math.round((Date.parse(`${start}T12:00:00Z`) - booked.getTime()) / 86_400_000);
    expect(days % 14).toBe(0);
    expect(days - 14 < Math.round((Date.parse('2027-01-04T12:00:00Z') - booked.getTime()) / 86_400_000)).toBe(true);
    expect((task.reminderDateTime as { dateTime: string }).dateTime).toBe(`${start}T07:15:00`);
    expect(task.id).toBe(contract.bookings?.reminders.find((r) => r.agreementId === 'self-2')?.taskId);

    // The record now says what the reminders are: nothing more to do, and nothing is sent.
    const after = { ...c, bookings: result.bookings };
    expect(after.bookings.reminders.map((r) => [r.agreementId, r.text, r.cadence])).toEqual([
      ['self-2', 'Jeg går en tur med en kollega to gange om ugen', 'biweekly'],
    ]);
    expect(planReminderSync(after)).toEqual({ update: [], remove: [] });
    const again = await syncReminders(graph, after, { today: '2027-01-04' });
    expect([again.updated, again.removed, again.failures.length]).toEqual([0, 0, 0]);
  });

  it('a task already deleted elsewhere counts as deleted; a failure keeps the record for the next try', async () => {
    const graph = env.graphAs(METTE);
    const [state] = [await env.state()];
    const task = state.todoTasks.find((t) => t.owner === METTE) as { id: string };
    const listId = contract.bookings?.reminders[0]?.taskListId as string;
    const gone = {
      ...contract,
      selfAgreements: contract.selfAgreements.map((a) => (a.id === 'self-2' ? { ...a, droppedAt: new Date().toISOString() } : a)),
      bookings: {
        followUps: [],
        reminders: [{ agreementId: 'self-2', kind: 'todo' as const, cadence: 'weekly' as const, taskListId: listId, taskId: task.id, text: 'x' }],
      },
    };
    await graph.send({ method: 'DELETE', path: `/me/todo/lists/${listId}/tasks/${task.id}`, scopes: ['Tasks.ReadWrite'] });
    const result = await syncReminders(graph, gone, { today: '2027-01-04' });
    expect(result.failures).toEqual([]);
    expect(result.bookings.reminders).toEqual([]);

    // A list that does not exist fails the update; the record is unchanged and the plan remains.
    const broken = {
      ...contract,
      bookings: {
        followUps: [],
        reminders: [
          { agreementId: 'self-1', kind: 'todo' as const, cadence: 'daily' as const, taskListId: 'no-such-list', taskId: 'no-such-task', text: 'old text' },
        ],
      },
    };
    const failed = await syncReminders(graph, broken, { today: '2027-01-04' });
    expect(failed.failures).toHaveLength(1);
    expect(failed.failures[0]).toEqual({ agreementId: 'self-1', action: 'update', errorKind: 'notFound' });
    expect(planReminderSync({ ...broken, bookings: failed.bookings }).update).toHaveLength(1);
  });
});

describe('reminders follow revisions and drops (private reminder events)', () => {
  let env: TestEmulator;
  afterAll(async () => env?.close());

  it('PATCHes the series master and DELETEs a dropped one', async () => {
    env = await startTestEmulator();
    const contract = await booked(env, 'event');
    const graph = env.graphAs(METTE);
    let c = reviseAgreement(contract, 'self-2', { text: 'Gåtur hver 14. dag', followUp: '', cadence: 'biweekly' }, BY);
    c = dropAgreement(c, 'self-1');
    const result = await syncReminders(graph, c, { today: '2027-01-05' });
    expect(result.failures).toEqual([]);
    const state = await env.state();
    const ids = contract.bookings?.reminders.map((r) => r.eventId) ?? [];
    const events = state.events.filter((e) => ids.includes(e.id) && e.isCancelled !== true);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ subject: 'Gåtur hver 14. dag', recurrence: { pattern: { type: 'weekly', interval: 2 } } });
  });
});

describe('follow-up records in OneDrive', () => {
  let env: TestEmulator;
  let contract: Contract;
  beforeAll(async () => {
    env = await startTestEmulator();
    contract = await booked(env, 'todo');
  });
  afterAll(async () => env.close());

  const jsonOf = async (c: Contract) => {
    const parsed = parseContract(JSON.parse(new TextDecoder().decode(await download(env, c.bookings?.storage?.json.itemId as string))));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    return parsed.value;
  };

  it('saves the records with the eTag, re-renders the .docx with the history, and keeps the local-only parts local', async () => {
    const graph = env.graphAs(METTE);
    let c = recordFollowUp(contract, { agreementId: 'leader-1', date: '2027-01-07', status: 'partly', note: 'Vi nåede det halve', by: BY });
    c = reviseAgreement(c, 'self-2', { text: 'Gåtur to gange om ugen', followUp: '', cadence: 'weekly' }, BY);
    c = setDailyCheck(c, 'self-1', '2026-01-05', true, new Date('2026-01-05T12:00:00Z'));
    const eTagBefore = contract.bookings?.storage?.json.eTag;
    const saved = await saveFollowUpsOnce(graph, c);
    if (!saved.ok) throw new Error(saved.message.en);
    expect(saved.jsonETag).not.toBe(eTagBefore);
    const remote = await jsonOf(c);
    expect(recordsFor(remote, 'leader-1').map((r) => [r.status, r.note])).toEqual([['partly', 'Vi nåede det halve']]);
    expect(remote.selfAgreements.find((a) => a.id === 'self-2')?.revisions?.[0]?.text).toBe('Jeg tager en gåtur med en kollega om ugen');
    expect(remote.preparation.inviteChecklist).toEqual([]);
    expect(remote.bookings?.storage?.json).toEqual({});

    const docx = (await docxParagraphs(await download(env, contract.bookings?.storage?.docx.itemId as string))).join('\n');
    expect(docx).toContain('Opfølgning over tid');
    expect(docx).toContain('7. januar 2027: Delvist — Vi nåede det halve');
    expect(docx).toContain('Tidligere formulering');

    // Back in the draft: the new eTags, the checklist kept.
    let draft = { ...createEmptyDraft(new Date(), 'da'), contract: c };
    draft = applySaved(draft, saved);
    expect(draft.contract.bookings?.storage?.json.eTag).toBe(saved.jsonETag);
    expect(draft.contract.preparation.inviteChecklist).toEqual([true]);
    contract = draft.contract;
  });

  it('merges a concurrent save from another device: both records are kept', async () => {
    const graph = env.graphAs(METTE);
    const other = recordFollowUp(contract, { agreementId: 'self-2', date: '2027-01-21', status: 'held', note: 'fra telefonen', by: BY });
    const mine = recordFollowUp(contract, { agreementId: 'leader-1', date: '2027-01-21', status: 'notHeld', note: 'fra pc’en', by: BY });
    const first = await saveFollowUpsOnce(graph, other);
    expect(first.ok).toBe(true);
    const second = await saveFollowUpsOnce(graph, mine);
    expect(second.ok).toBe(true);
    const remote = await jsonOf(contract);
    expect(recordsFor(remote, 'self-2').map((r) => r.note)).toEqual(['fra telefonen']);
    expect(recordsFor(remote, 'leader-1').map((r) => r.note)).toEqual(['Vi nåede det halve', 'fra pc’en']);
  });

  it('a text both changed: theirs stays, mine is reported; choosing mine saves mine', async () => {
    // The merge base is what this device saved last (kept in localStorage in the browser).
    const memory = new Map<string, string>();
    const storage = {
      getItem: (k: string) => memory.get(k) ?? null,
      setItem: (k: string, v: string) => void memory.set(k, v),
      removeItem: (k: string) => void memory.delete(k),
    };
    Object.assign(globalThis, { localStorage: storage });
    try {
      const graph = env.graphAs(METTE);
      const start = await saveFollowUpsOnce(graph, contract, { rewrite: true });
      if (!start.ok) throw new Error(start.message.en);
      contract = applySaved({ ...createEmptyDraft(new Date(), 'da'), contract }, start).contract;
      const leader = contract.leaderAgreements[0]!;
      const wording = (text: string) => ({ text, followUp: leader.followUp, ...(leader.cadence ? { cadence: leader.cadence } : {}) });
      // The nearest leader's revision reaches OneDrive first (written straight to the file).
      const theirs = reviseAgreement(contract, leader.id, wording('Deres formulering'), { ...BY, role: 'nearestLeader', displayName: 'Lars Nielsen' });
      const remoteNow = await jsonOf(contract);
      const put = await graph.send({
        method: 'PUT',
        path: `/me/drive/items/${contract.bookings?.storage?.json.itemId as string}/content`,
        scopes: ['Files.ReadWrite'],
        body: new Blob([JSON.stringify({ ...remoteNow, leaderAgreements: theirs.leaderAgreements })]),
        headers: { 'Content-Type': 'application/json' },
      });
      expect(put.status).toBeLessThan(300);

      const mine = reviseAgreement(contract, leader.id, wording('Min formulering'), BY);
      const saved = await saveFollowUpsOnce(graph, mine);
      if (!saved.ok) throw new Error(saved.message.en);
      expect(saved.conflicts).toEqual([
        expect.objectContaining({
          target: { kind: 'agreement', list: 'leaderAgreements', agreementId: leader.id, part: 'text' },
          mine: 'Min formulering',
          theirs: 'Deres formulering',
        }),
      ]);
      expect((await jsonOf(contract)).leaderAgreements[0]?.text).toBe('Deres formulering');
      let draft = applySaved({ ...createEmptyDraft(new Date(), 'da'), contract: mine }, saved);
      expect(draft.contract.leaderAgreements[0]?.text).toBe('Deres formulering');

      // "Brug min tekst".
      draft = { ...draft, contract: resolveConflict(draft.contract, saved.conflicts[0]!, 'mine') };
      const chosen = await saveFollowUpsOnce(graph, draft.contract);
      if (!chosen.ok) throw new Error(chosen.message.en);
      expect(chosen.conflicts).toEqual([]);
      const remote = await jsonOf(contract);
      expect(remote.leaderAgreements[0]?.text).toBe('Min formulering');
      // Both earlier wordings are kept as revisions: nothing lost.
      expect(remote.leaderAgreements[0]?.revisions?.map((r) => r.text)).toContain(leader.text);
      contract = applySaved(draft, chosen).contract;
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });

  it('loses nothing under 30% 429s and 20% 503s: retried until saved, every record there', async () => {
    const graph = env.graphAs(METTE, { maxAttempts: 1, baseDelayMs: 5, maxTotalWaitMs: 200 });
    let c = contract;
    const dates = ['2027-02-04', '2027-02-18', '2027-03-04', '2027-03-18'];
    env.setFaults({ rate429: 0.3, rate503: 0.2, retryAfterSeconds: 0, seed: 11 });
    let failures = 0;
    for (const [i, date] of dates.entries()) {
      c = recordFollowUp(c, { agreementId: 'leader-1', date, status: i % 2 ? 'held' : 'partly', note: `uge ${i}`, by: BY });
      // The UI retries a failed save (with pauses); here at once, at most 15 times.
      let rewrite = false;
      for (let attempt = 0; attempt < 15; attempt += 1) {
        const saved = await saveFollowUpsOnce(graph, c, { rewrite });
        if (saved.ok) {
          c = applySaved({ ...createEmptyDraft(new Date(), 'da'), contract: c }, saved).contract;
          break;
        }
        // As the view does: a JSON saved without its .docx is written again.
        rewrite = rewrite || saved.docxPending === true;
        failures += 1;
      }
    }
    env.setFaults({});
    const remote = await jsonOf(c);
    expect(recordsFor(remote, 'leader-1').map((r) => r.date)).toEqual(expect.arrayContaining(dates));
    expect(recordsFor(c, 'leader-1').map((r) => r.date)).toEqual(expect.arrayContaining(dates));
    const docx = (await docxParagraphs(await download(env, contract.bookings?.storage?.docx.itemId as string))).join('\n');
    for (const [i] of dates.entries()) expect(docx).toContain(`uge ${i}`);
    // The faults did bite (otherwise this test would prove nothing).
    expect(env.log().filter((l) => l.status === 429 || l.status === 503).length).toBeGreaterThan(0);
    // With no retry inside a call, some saves failed as a whole and were tried again.
    expect(failures).toBeGreaterThan(0);
  });
});
