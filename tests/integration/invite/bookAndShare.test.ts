/**
 * "Book and share" against a running Graph emulator, as the seeded leader Mette whose nearest
 * leader is Lars: the end state in the emulator, a second run, faults, bad input, rescheduling,
 * an orgContact manager, and the request log.
 */
import { addMinutesLocal, bookAndShare, rescheduleDialogue, type BookAndShareRequest, type BookAndShareResult } from '../../../src/features/invite/engine';
import { requestIssueText, stepOutcomeText } from '../../../src/features/invite/bookingIssueWords';
import { downloadFile } from '../../../src/graph/files';
import { docxParagraphs } from '../../support/docxText';
import { prepareScenario, PRIVATE_NOTE } from './scenario';
import { LARS, METTE, PETER, startTestEmulator, type DemoState, type TestEmulator, type LogLine } from '../support/emulator';

jest.setTimeout(60_000);

type Done = Exclude<BookAndShareResult, { status: 'invalid' }>;

function done(result: BookAndShareResult): Done {
  if (result.status === 'invalid') throw new Error(`invalid request: ${result.issues.map((i) => i.field).join(', ')}`);
  return result;
}

function ownEvents(state: DemoState, owner: string) {
  return state.events.filter((e) => e.owner === owner && !e.seeded);
}

function countNew(state: DemoState) {
  return {
    events: state.events.filter((e) => !e.seeded).length,
    files: state.driveItems.filter((i) => !i.isFolder).length,
    permissions: state.permissions.length,
    chats: state.chats.length,
    messages: state.messages.length,
    tasks: state.todoTasks.length,
  };
}

/** Busy intervals of a mailbox from the seeded calendar (what findMeetingTimes had to avoid). */
function seededBusy(state: DemoState, upn: string): [number, number][] {
  return state.events
    .filter((e) => e.owner === upn && e.seeded && e.type !== 'seriesMaster' && e.showAs !== 'free' && e.isCancelled !== true)
    .map((e) => [Date.parse(e.startUtc), Date.parse(e.endUtc)]);
}

describe('Book and share as the seeded leader', () => {
  let env: TestEmulator;
  let request: BookAndShareRequest;
  let first: Done;
  let progress: string[];

  beforeAll(async () => {
    env = await startTestEmulator();
    const graph = env.graphAs(METTE);
    ({ request } = await prepareScenario(graph));
    progress = [];
    first = done(await bookAndShare(graph, request, { onProgress: (_b, step, status) => progress.push(`${step}:${status}`) }));
  });
  afterAll(async () => env.close());

  it('completes every step in at most 4 sequential round trips', () => {
    expect(first.status).toBe('complete');
    expect(first.steps.map((s) => `${s.step}:${s.status}`).sort()).toEqual(
      ['chat:done', 'dialogue:done', 'followUps:done', 'privateNotes:done', 'reminders:done', 'share:done', 'storage:done'].sort(),
    );
    expect(first.roundTrips).toBeLessThanOrEqual(4);
    // The keys were handed to the UI before any request went out.
    expect(progress.slice(0, 7).every((p) => p.endsWith(':running'))).toBe(true);
  });

  it('books exactly one 45-minute Teams meeting with Lars, at a slot where both were free', async () => {
    const state = await env.state();
    const dialogues = ownEvents(state, METTE).filter(
      (e) => e.type === 'singleInstance' && (e.attendees as { emailAddress: { address: string } }[]).some((a) => a.emailAddress.address === LARS),
    );
    expect(dialogues).toHaveLength(1);
    const event = dialogues[0] as DemoState['events'][number];
    expect(Date.parse(event.endUtc) - Date.parse(event.startUtc)).toBe(45 * 60_000);
    expect(event.isOnlineMeeting).toBe(true);
    expect(event.onlineMeetingProvider).toBe('teamsForBusiness');
    expect(event.transactionId).toBe(first.bookings.dialogue?.transactionId);
    const [start, end] = [Date.parse(event.startUtc), Date.parse(event.endUtc)];
    for (const [bs, be] of [...seededBusy(state, METTE), ...seededBusy(state, LARS)]) expect(start < be && bs < end).toBe(false);
    const body = (event.body as { content: string }).content;
    expect(body).toContain(first.bookings.storage?.docx.webUrl?.replace(/&/g, '&amp;'));
    expect(first.links.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
  });

  it('books the follow-up series every 14 days until the end of the contract period', async () => {
    const state = await env.state();
    const series = ownEvents(state, METTE).filter((e) => e.type === 'seriesMaster' && e.id === first.bookings.followUps[0]?.seriesMasterId);
    expect(series).toHaveLength(1);
    const recurrence = series[0]?.recurrence as { pattern: { type: string; interval: number }; range: { type: string; endDate: string } };
    expect(recurrence.pattern).toMatchObject({ type: 'weekly', interval: 2 });
    expect(recurrence.range).toMatchObject({ type: 'endDate', endDate: request.contract.period.end });
    expect(Date.parse(series[0]?.endUtc as string) - Date.parse(series[0]?.startUtc as string)).toBe(15 * 60_000);
  });

  it('makes a recurring To Do task for each self-agreement with a cadence, tagged for Lederdialog', async () => {
    const state = await env.state();
    const tasks = state.todoTasks.filter((t) => t.owner === METTE);
    expect(tasks.map((t) => t.title).sort()).toEqual(['Jeg holder fri fra mails efter kl. 17', 'Jeg tager en gåtur med en kollega om ugen']);
    for (const task of tasks) {
      expect(task.recurrence).toBeTruthy();
      expect(task.isReminderOn).toBe(true);
      expect(task.linkedResources?.[0]).toMatchObject({ applicationName: 'Lederdialog' });
    }
    const daily = tasks.find((t) => t.title.startsWith('Jeg holder'));
    expect((daily?.recurrence as { pattern: { type: string } }).pattern.type).toBe('daily');
  });

  it('stores lederaftale.json (no private notes) and a Lederaftale.docx that opens', async () => {
    const state = await env.state();
    const folder = first.bookings.storage?.folderPath as string;
    expect(folder).toMatch(/^Lederdialog\/\d{4} Mette Hansen$/);
    const files = state.driveItems
      .filter((i) => i.owner === METTE && i.path.includes(folder) && !i.isFolder)
      .map((i) => i.name)
      .sort();
    expect(files).toEqual(['Lederaftale.docx', 'lederaftale.json']);

    const graph = env.graphAs(METTE);
    const json = await downloadFile(graph, { itemId: first.bookings.storage?.json.itemId as string });
    const text = new TextDecoder().decode(json.content);
    expect(text).not.toContain(PRIVATE_NOTE);
    expect(text).not.toContain('privateNotes');
    const shared = JSON.parse(text);
    expect(shared.id).toBe(request.contract.id);
    expect(shared.bookings.dialogue.eventId).toBe(first.bookings.dialogue?.eventId);
    expect(shared.bookings.chat.messageId).toBe(first.bookings.chat?.messageId);
    expect(shared.preparation.inviteChecklist).toBeUndefined();

    const docx = await downloadFile(graph, { itemId: first.bookings.storage?.docx.itemId as string });
    const paragraphs = await docxParagraphs(docx.content);
    expect(paragraphs.join('\n')).toContain('Jeg holder fri fra mails efter kl. 17');
    expect(paragraphs.join('\n')).not.toContain(PRIVATE_NOTE);

    // Private notes live in the app folder, never below the shared folder.
    const notes = state.driveItems.find((i) => i.id === first.bookings.privateNotes?.itemId);
    expect(notes?.path).not.toContain(folder);
    expect(first.bookings.privateNotes?.location).toBe('approot');
  });

  it('invites Lars to the folder once (read, sign-in required) and posts one chat message', async () => {
    const state = await env.state();
    const invites = state.permissions.filter((p) => p.grantee === LARS);
    expect(invites).toHaveLength(1);
    expect(invites[0]?.roles).toEqual(['read']);
    expect(invites[0]?.itemId).toBe(first.bookings.storage?.folderId);
    const messages = state.messages.filter((m) => m.from === METTE);
    expect(messages).toHaveLength(1);
    const card = JSON.parse(messages[0]?.attachments[0]?.content as string);
    expect(card.type).toBe('AdaptiveCard');
    expect(card.actions.map((a: { title: string }) => a.title)).toEqual(['Åbn i Lederdialog', 'Åbn i Word']);
    expect(JSON.stringify(card)).toMatch(/kl\. \d{2}\.\d{2}/);
  });

  it('creates nothing new when run a second time, and sends no request at all', async () => {
    const before = countNew(await env.state());
    const lines = env.log().length;
    const again = done(await bookAndShare(env.graphAs(METTE), { ...request, contract: { ...request.contract, bookings: first.bookings } }));
    expect(again.status).toBe('complete');
    expect(again.roundTrips).toBe(0);
    expect(env.log().length).toBe(lines);
    expect(countNew(await env.state())).toEqual(before);
  });

  it('finds an invitation whose answer was lost instead of inviting again, and counts the share as done', async () => {
    const before = countNew(await env.state());
    const lines = env.log().length;
    // The invite went out (attemptedAt) but its answer never came back: no permissionId recorded.
    const { permissionId: _lost, invitedAt: _never, ...attempted } = first.bookings.share ?? { role: 'read' as const };
    const lostAnswer = { ...first.bookings, share: attempted };
    const again = done(await bookAndShare(env.graphAs(METTE), { ...request, contract: { ...request.contract, bookings: lostAnswer } }));
    expect(again.steps.find((s) => s.step === 'share')?.status).toBe('done');
    expect(again.status).toBe('complete');
    expect(again.bookings.share).toEqual(first.bookings.share);
    const sent = env.log().slice(lines);
    expect(sent.filter((l) => l.method !== 'GET')).toEqual([]);
    expect(sent.some((l) => /\/permissions/.test(l.url))).toBe(true);
    expect(countNew(await env.state())).toEqual(before);
  });

  it('keeps the leader’s own checklist out of lederaftale.json when a later run merges a change into it', async () => {
    // The scenario's contract has a ticked checklist; the merge in roundJson must not share the ticks,
    // whether this device has the file's last version as its base or not (then a union base).
    expect(request.contract.preparation.inviteChecklist).toEqual([true]);
    const addPoints = async (points: string[], sharedBase: BookAndShareRequest['sharedBase']) => {
      const preparation = { ...request.contract.preparation, points: [...request.contract.preparation.points, ...points] };
      const contract = { ...request.contract, preparation, bookings: first.bookings };
      const again = done(await bookAndShare(env.graphAs(METTE), { ...request, contract, ...(sharedBase ? { sharedBase } : {}) }));
      expect(again.steps.find((s) => s.step === 'storage')?.status).toBe('done');
      expect(again.shared?.preparation.inviteChecklist ?? []).toEqual([]);
      const json = await downloadFile(env.graphAs(METTE), { itemId: first.bookings.storage?.json.itemId as string });
      return JSON.parse(new TextDecoder().decode(json.content));
    };
    const withBase = await addPoints(['Et punkt mere'], first.shared);
    expect(withBase.preparation.points).toContain('Et punkt mere');
    expect(withBase.preparation.inviteChecklist ?? []).toEqual([]);
    const withoutBase = await addPoints(['Et punkt mere', 'Endnu et punkt'], undefined);
    expect(withoutBase.preparation.points).toContain('Endnu et punkt');
    expect(withoutBase.preparation.inviteChecklist ?? []).toEqual([]);
  });

  it('reschedules by updating the same event', async () => {
    const contract = { ...request.contract, bookings: first.bookings };
    const newStart = addMinutesLocal(request.slot.start, 60);
    const moved = await rescheduleDialogue(env.graphAs(METTE), contract, { start: newStart, timeZone: request.slot.timeZone });
    expect(moved.ok).toBe(true);
    const state = await env.state();
    const event = state.events.find((e) => e.id === first.bookings.dialogue?.eventId);
    expect((event?.start as { dateTime: string }).dateTime.slice(0, 16)).toBe(newStart.slice(0, 16));
    expect(ownEvents(state, METTE).filter((e) => e.type === 'singleInstance')).toHaveLength(1);
    expect(moved.bookings.dialogue?.start).toBe(newStart);
  });

  it('sent only valid Graph requests (nothing the CSDL check refused)', () => {
    const log = env.log();
    expect(log.length).toBeGreaterThan(0);
    const bad = log.filter((l: LogLine) => l.status >= 400);
    expect(bad.map((l) => `${l.status} ${l.method} ${l.url} ${JSON.stringify(l.response).slice(0, 200)}`)).toEqual([]);
  });
});

describe('Book and share under injected faults', () => {
  let env: TestEmulator;
  afterAll(async () => env?.close());

  it('reaches the same end state with 20% 429s and 10% 503s, with at most a few "try again"', async () => {
    env = await startTestEmulator();
    const graph = env.graphAs(METTE, { maxAttempts: 3, maxTotalWaitMs: 3_000 });
    const { request } = await prepareScenario(env.graphAs(METTE));
    env.setFaults({ rate429: 0.2, rate503: 0.1, retryAfterSeconds: 0, seed: 7 });
    let contract = request.contract;
    let result: BookAndShareResult | undefined;
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      result = await bookAndShare(graph, { ...request, contract }, { onProgress: (b) => (contract = { ...contract, bookings: b }) });
      contract = { ...contract, bookings: result.bookings };
      if (result.status === 'complete') break;
    }
    env.setFaults({});
    expect(result?.status).toBe('complete');
    const state = await env.state();
    const singles = ownEvents(state, METTE).filter((e) => e.type === 'singleInstance');
    expect(singles).toHaveLength(1);
    expect(ownEvents(state, METTE).filter((e) => e.type === 'seriesMaster')).toHaveLength(1);
    expect(state.todoTasks.filter((t) => t.owner === METTE)).toHaveLength(2);
    expect(state.permissions.filter((p) => p.grantee === LARS)).toHaveLength(1);
    expect(state.messages.filter((m) => m.from === METTE)).toHaveLength(1);
    const folder = result?.bookings.storage?.folderPath as string;
    expect(
      state.driveItems
        .filter((i) => i.owner === METTE && !i.isFolder && i.path.includes(folder))
        .map((i) => i.name)
        .sort(),
    ).toEqual(['Lederaftale.docx', 'lederaftale.json']);
    expect(state.driveItems.filter((i) => i.owner === METTE && i.name === 'private-noter.json')).toHaveLength(1);
    // Every failure in the log is an injected one, never a refused request.
    expect(env.log().filter((l) => l.status >= 400 && l.status !== 429 && l.status !== 503)).toEqual([]);
  });
});

describe('bad input', () => {
  let env: TestEmulator;
  beforeAll(async () => {
    env = await startTestEmulator();
  });
  afterAll(async () => env.close());

  it('refuses script tags with 100 000 characters in every field and a past date before any request', async () => {
    const huge = `<script>alert(1)</script>${'x'.repeat(100_000)}`;
    const graph = env.graphAs(METTE);
    const { request } = await prepareScenario(graph, new Date(), () => huge);
    const lines = env.log().length;
    const result = await bookAndShare(graph, { ...request, slot: { ...request.slot, start: '2020-01-06T10:00:00', end: undefined }, place: huge });
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    const fields = result.issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'contract.fields.goals',
        'contract.fields.workEnvironment',
        'contract.fields.alignWithLeader',
        'contract.selfAgreements[0].text',
        'contract.preparation.points[0]',
        'slot.start',
        'place',
      ]),
    );
    for (const issue of result.issues) {
      expect(JSON.stringify(issue)).not.toContain('<script>');
      expect(requestIssueText(issue, 'da').length).toBeLessThan(300);
      expect(requestIssueText(issue, 'en')).not.toContain('<script>');
    }
    expect(env.log().length).toBe(lines);
  });

  it('keeps long-but-allowed text with markup as text in the event, the chat card and the document', async () => {
    const hostile = (s: string) => `${s} <script>alert("x")</script> & <b>fed</b> ${'æøå '.repeat(80)}`.slice(0, 480);
    const graph = env.graphAs(METTE);
    const { request } = await prepareScenario(graph, new Date(), hostile);
    const result = done(await bookAndShare(graph, { ...request, place: '[klik](javascript:alert(1)) <i>Stillerummet</i>' }));
    expect(result.status).toBe('complete');
    const state = await env.state();
    const event = state.events.find((e) => e.id === result.bookings.dialogue?.eventId);
    const html = (event?.body as { content: string }).content;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    const message = state.messages.find((m) => m.id === result.bookings.chat?.messageId);
    const card = JSON.parse(message?.attachments[0]?.content as string);
    expect(JSON.stringify(card)).not.toContain('javascript:alert(1))');
    const docx = await downloadFile(graph, { itemId: result.bookings.storage?.docx.itemId as string });
    const text = (await docxParagraphs(docx.content)).join('\n');
    expect(text).toContain('<script>alert("x")</script>'); // text in Word, not markup
    expect(env.log().filter((l) => l.status >= 400)).toEqual([]);
  });
});

describe('a nearest leader who is an orgContact', () => {
  let env: TestEmulator;
  afterAll(async () => env?.close());

  it('books the meeting, stores and shares the file, skips the chat with a clear reason', async () => {
    env = await startTestEmulator();
    const graph = env.graphAs(PETER);
    const { request } = await prepareScenario(graph);
    expect(request.nearestLeader.kind).toBe('orgContact');
    const result = done(await bookAndShare(graph, request));
    expect(result.status).toBe('complete');
    const chat = result.steps.find((s) => s.step === 'chat');
    expect(chat?.status).toBe('skipped');
    expect(chat?.reason).toEqual({ kind: 'chatSkipped', because: 'orgContact' });
    expect(stepOutcomeText(chat!, 'da')).toMatch(/ekstern kontakt/);
    expect(result.bookings.chat?.skippedReason).toBe('orgContact');
    const state = await env.state();
    expect(state.messages).toHaveLength(0);
    expect(ownEvents(state, PETER).filter((e) => e.type === 'singleInstance')).toHaveLength(1);
    expect(state.permissions.filter((p) => p.grantee === request.nearestLeader.mail)).toHaveLength(1);
    expect(env.log().filter((l) => l.status >= 400)).toEqual([]);
  });
});
