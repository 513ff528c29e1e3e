import { planBookings } from '../../../../../src/domain/bookingPlan';
import { createEmptyContract } from '../../../../../src/domain/draft';
import type { Contract } from '../../../../../src/domain/model';
import {
  buildShareCard,
  contractFolderPath,
  prepareRequest,
  recordKeys,
  resolveStorageConflict,
  sanitizeSegment,
  validateRequest,
  type BookAndShareRequest,
} from '../../../../../src/features/invite/engine';
import { requestIssueText } from '../../../../../src/features/invite/bookingIssueWords';
import { escapeCardMarkdown } from '../../../../../src/features/invite/engine/chatCard';
import { firstReminderDate, reminderTaskInput } from '../../../../../src/features/invite/engine/reminders';
import { dialogueEventRequest, inviteRequest, reminderEventRequest, seriesEventRequest, todoTaskRequest } from '../../../../../src/graph/shareFlowRequests';

const now = new Date('2026-11-26T08:00:00Z');
const stamp = now.toISOString();
const zone = 'Romance Standard Time';

function contract(): Contract {
  const c = createEmptyContract(now, 'da');
  return {
    ...c,
    period: { start: '2026-11-26', end: '2027-11-26' },
    leader: { displayName: 'Mette Hansen', id: 'me', mail: 'mette.hansen@demokommune.example', kind: 'user' },
    fields: { goals: 'Mål', workEnvironment: 'Arbejdsmiljø', alignWithLeader: 'Afstemning' },
    selfAgreements: [{ id: 's1', text: 'Fri fra mails efter kl. 17', followUp: 'Hver dag', cadence: 'daily', createdAt: stamp }],
    leaderAgreements: [],
    preparation: { points: ['Punkt 1', 'Punkt 2'], questionsForLeader: [], inviteChecklist: [] },
  };
}

function request(overrides: Partial<BookAndShareRequest> = {}): BookAndShareRequest {
  return {
    contract: contract(),
    nearestLeader: { displayName: 'Lars Nielsen', mail: 'lars.nielsen@demokommune.example', id: 'lars', kind: 'user' },
    slot: { start: '2026-12-03T10:00:00', end: '2026-12-03T10:45:00', timeZone: zone },
    followUps: [{ preset: 'quarterlyDialogue', firstStart: '2027-03-03T10:00:00' }],
    locale: 'da',
    now,
    ...overrides,
  };
}

describe('validateRequest', () => {
  it('accepts a sound request', () => {
    expect(validateRequest(request())).toEqual([]);
  });

  it('refuses a past slot, a wrong length, a follow-up before the dialogue and a missing mail, in both languages', () => {
    const issues = validateRequest(
      request({
        slot: { start: '2026-11-20T10:00:00', end: '2026-11-20T11:30:00', timeZone: zone },
        followUps: [{ cadence: 'weekly', firstStart: '2026-11-19T10:00:00' }],
        nearestLeader: { displayName: 'Lars', kind: 'user', id: 'x' },
      }),
    );
    expect(issues.map((i) => i.field).sort()).toEqual(['followUps[0].firstStart', 'nearestLeader.mail', 'slot.end', 'slot.start'].sort());
    expect(issues.map((i) => i.code).sort()).toEqual(['dialogueLasts', 'followUpFirstPast', 'leaderMail', 'timePassed']);
    for (const issue of issues) expect(requestIssueText(issue, 'da') && requestIssueText(issue, 'en')).toBeTruthy();
  });

  it('names over-long text without quoting it', () => {
    const huge = `<script>${'x'.repeat(100_000)}`;
    const c = contract();
    c.fields.goals = huge;
    const issues = validateRequest(request({ contract: c, place: huge, notes: { schema: 1, questionNotes: { q: huge }, themeNotes: {}, figure: {} } }));
    expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(['contract.fields.goals', 'place', 'notes.questionNotes.q']));
    expect(JSON.stringify(issues)).not.toContain('<script>');
    const place = issues.find((i) => i.field === 'place');
    expect(place).toEqual({ field: 'place', code: 'tooLong', what: 'place', values: { length: 100_008, limit: 200 } });
    expect(requestIssueText(place!, 'da')).toContain('100.008');
  });

  it('answers with codes and values, worded per language with the numbers and the dialogue’s length filled in', () => {
    const issues = validateRequest(
      request({
        slot: { start: '2026-12-03T10:00:00', end: '2026-12-03T11:30:00', timeZone: zone },
        place: 'x'.repeat(1234),
        nearestLeader: { displayName: '', mail: 'lars.nielsen@demokommune.example', kind: 'user', id: 'x' },
      }),
    );
    const issue = (field: string) => issues.find((i) => i.field === field)!;
    const message = (field: string) => ({ da: requestIssueText(issue(field), 'da'), en: requestIssueText(issue(field), 'en') });
    expect(issue('nearestLeader.displayName').code).toBe('chooseLeader');
    expect(issue('slot.end')).toMatchObject({ code: 'dialogueLasts', values: { minutes: 45 } });
    expect(message('nearestLeader.displayName')).toEqual({ da: 'Vælg din nærmeste leder.', en: 'Choose your manager.' });
    expect(message('slot.end')).toEqual({ da: 'Dialogen varer 45 minutter.', en: 'The dialogue lasts 45 minutes.' });
    expect(message('place')).toEqual({
      da: 'Mødested: teksten er 1.234 tegn lang. Der er plads til 200 tegn.',
      en: 'Meeting place: the text is 1,234 characters long. There is room for 200 characters.',
    });
  });

  it('refuses the same follow-up twice and an unknown preset', () => {
    const issues = validateRequest(
      request({
        followUps: [
          { preset: 'weeklyStatus', firstStart: '2026-12-10T10:00:00' },
          { preset: 'weeklyStatus', firstStart: '2026-12-11T10:00:00' },
          { preset: 'nope' as never, firstStart: '2026-12-10T10:00:00' },
        ],
      }),
    );
    expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(['followUps[1]', 'followUps[2].preset']));
  });
});

describe('prepareRequest and recordKeys', () => {
  it('turns choices into the planner intent, with 45 minutes and the contract period as the end', () => {
    const prepared = prepareRequest(request({ place: '  Stillerummet  ', reminderKind: 'event' }));
    expect(prepared.intent.slot).toEqual({ start: '2026-12-03T10:00:00', end: '2026-12-03T10:45:00', timeZone: zone });
    expect(prepared.intent.location).toBe('Stillerummet');
    expect(prepared.followUps[0]).toMatchObject({
      id: 'quarterlyDialogue',
      cadence: 'quarterly',
      durationMinutes: 45,
      endDate: '2027-11-26',
      subject: 'Kvartalsdialog om lederaftalen',
    });
    expect(prepared.folderPath).toBe('Lederdialog/2026 Mette Hansen');
    expect(prepared.intent.chat).toEqual({ possible: true });
    expect(prepareRequest(request({ nearestLeader: { displayName: 'Karen', mail: 'k@x.example', kind: 'orgContact' } })).intent.chat).toEqual({
      possible: false,
      reason: 'orgContact',
    });
  });

  it('records every key once, before any request, and keeps them on a rerun', () => {
    let n = 0;
    const ids = () => `id-${(n += 1)}`;
    const prepared = prepareRequest(request());
    const first = recordKeys(undefined, planBookings(contract(), { followUps: [], reminders: [] }, prepared.intent), prepared, ids);
    expect(first.dialogue?.transactionId).toBe('id-1');
    expect(first.followUps[0]?.transactionId).toBe('id-2');
    expect(first.reminders[0]?.transactionId).toMatch(/^s1:/);
    expect(first.chat?.guardKey).toBeTruthy();
    const again = recordKeys(first, planBookings(contract(), first, prepared.intent), prepared, ids);
    expect(again.dialogue?.transactionId).toBe(first.dialogue?.transactionId);
    expect(again.followUps[0]?.transactionId).toBe(first.followUps[0]?.transactionId);
    expect(again.reminders[0]?.transactionId).toBe(first.reminders[0]?.transactionId);
    expect(again.chat?.guardKey).toBe(first.chat?.guardKey);
  });
});

describe('Graph requests of the flow', () => {
  it('books the dialogue as a Teams meeting with the nearest leader, the room as a resource and a transactionId', () => {
    const req = dialogueEventRequest('d', {
      subject: 'Dialog',
      start: { dateTime: '2026-12-03T10:00:00', timeZone: zone },
      end: { dateTime: '2026-12-03T10:45:00', timeZone: zone },
      attendees: [{ displayName: 'Lars', mail: 'lars@x.example', type: 'required' }],
      agendaHtml: '<p>x</p>',
      place: { room: { id: 'r', displayName: 'Stillerummet', emailAddress: 'stillerummet@x.example' } },
      transactionId: 'tx',
    });
    const body = req.body as Record<string, unknown>;
    expect(req).toMatchObject({ method: 'POST', url: '/me/events', safeToRetry: true });
    expect(body).toMatchObject({
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: 'tx',
      location: { displayName: 'Stillerummet' },
    });
    expect(body.attendees).toEqual([
      { type: 'required', emailAddress: { address: 'lars@x.example', name: 'Lars' } },
      { type: 'resource', emailAddress: { address: 'stillerummet@x.example', name: 'Stillerummet' } },
    ]);
  });

  it('books a follow-up series until the period end, and a private, free reminder event', () => {
    const series = seriesEventRequest('f', {
      subject: 'Kvartal',
      attendees: [],
      agendaHtml: '',
      transactionId: 't',
      cadence: 'quarterly',
      firstStart: { dateTime: '2027-03-03T10:00:00', timeZone: zone },
      durationMinutes: 45,
      endDate: '2027-11-26',
    }).body as Record<string, unknown>;
    expect(series.recurrence).toMatchObject({
      pattern: { type: 'absoluteMonthly', interval: 3, dayOfMonth: 3 },
      range: { type: 'endDate', startDate: '2027-03-03', endDate: '2027-11-26' },
    });
    expect(series.end).toEqual({ dateTime: '2027-03-03T10:45:00', timeZone: zone });
    const reminder = reminderEventRequest('r', {
      subject: 'Fri',
      text: 'Fri fra mails',
      cadence: 'daily',
      firstStart: '2026-12-04T08:30:00',
      durationMinutes: 15,
      timeZone: zone,
      endDate: '2027-11-26',
      transactionId: 'rt',
    }).body as Record<string, unknown>;
    expect(reminder).toMatchObject({ showAs: 'free', sensitivity: 'private', isReminderOn: true, isOnlineMeeting: false, attendees: [], transactionId: 'rt' });
  });

  it('makes a To Do task with the agreement as title, a recurrence, a reminder and a Lederdialog tag', () => {
    const prepared = prepareRequest(request({ deepLink: (id) => `https://teams.microsoft.com/l/entity/app/tab?context=${id}` }));
    const agreement = contract().selfAgreements[0]!;
    const input = reminderTaskInput(agreement, prepared, request(), '08:30', 's1:abc', undefined);
    expect(input).toMatchObject({ title: 'Fri fra mails efter kl. 17', cadence: 'daily', firstDate: '2026-12-04', endDate: '2027-11-26', guardKey: 's1:abc' });
    expect(input.body).toContain('https://teams.microsoft.com/l/entity/app/tab');
    const body = todoTaskRequest('t', 'list', input).body as Record<string, unknown>;
    expect(body).toMatchObject({
      title: 'Fri fra mails efter kl. 17',
      isReminderOn: true,
      reminderDateTime: { dateTime: '2026-12-04T08:30:00', timeZone: zone },
    });
    expect(body.linkedResources).toEqual([expect.objectContaining({ applicationName: 'Lederdialog', externalId: 's1:abc' })]);
  });

  it('starts reminders on the first working day after the dialogue', () => {
    expect(firstReminderDate('2026-12-03T10:00:00')).toBe('2026-12-04'); // Thursday → Friday
    expect(firstReminderDate('2026-12-04T10:00:00')).toBe('2026-12-07'); // Friday → Monday
  });

  it('invites to the folder with sign-in required and no Microsoft mail', () => {
    expect(inviteRequest('i', 'folder', 'lars@x.example', 'write')).toEqual({
      id: 'i',
      method: 'POST',
      url: '/me/drive/items/folder/invite',
      body: { recipients: [{ email: 'lars@x.example' }], roles: ['write'], requireSignIn: true, sendInvitation: false },
    });
  });
});

describe('the chat card', () => {
  it('has the title, the Danish meeting time and two buttons', () => {
    const { adaptiveCard } = buildShareCard({
      locale: 'da',
      start: '2026-12-03T10:00:00',
      followUps: ['Kvartalsdialog'],
      appLink: 'https://teams.microsoft.com/l/entity/a/b',
      wordLink: 'https://x.sharepoint.com/Lederaftale.docx',
    });
    const json = JSON.stringify(adaptiveCard);
    expect(json).toContain('torsdag den 3. december 2026 kl. 10.00');
    expect((adaptiveCard.actions as { title: string }[]).map((a) => a.title)).toEqual(['Åbn i Lederdialog', 'Åbn i Word']);
    const english = JSON.stringify(buildShareCard({ locale: 'en', start: '2026-12-03T10:00:00', followUps: [] }).adaptiveCard);
    expect(english).toMatch(/Thursday,? 3 December 2026, 10:00/);
  });

  it('keeps user text as text and refuses non-web links', () => {
    expect(escapeCardMarkdown('[klik](javascript:x) *fed*')).toBe('\\[klik\\]\\(javascript:x\\) \\*fed\\*');
    const { adaptiveCard } = buildShareCard({
      locale: 'da',
      start: '2026-12-03T10:00:00',
      place: '[klik](https://evil.example)',
      followUps: [],
      appLink: 'javascript:alert(1)',
    });
    expect(JSON.stringify(adaptiveCard)).not.toContain('javascript:');
    expect(JSON.stringify(adaptiveCard)).toContain('\\\\[klik\\\\]');
  });
});

describe('folder names', () => {
  it('cleans names for OneDrive', () => {
    expect(contractFolderPath('2026-11-26', 'Mette Hansen')).toBe('Lederdialog/2026 Mette Hansen');
    expect(contractFolderPath('2026-11-26', ' a*b:c<d>e?f/g\\h|i "j" ')).toBe('Lederdialog/2026 a b c d e f g h i j');
    expect(sanitizeSegment('CON', 'fallback')).toBe('fallback');
    expect(sanitizeSegment('x'.repeat(300), 'f')).toHaveLength(80);
    expect(sanitizeSegment('navn...', 'f')).toBe('navn');
  });
});

describe('resolveStorageConflict', () => {
  const withStorage = (): Contract => ({
    ...contract(),
    bookings: {
      followUps: [],
      reminders: [],
      storage: { folderPath: 'p', json: { itemId: 'j', eTag: '"1"', hash: 'h' }, docx: { itemId: 'd', eTag: '"1"', hash: 'h' } },
    },
  });

  it('keep mine: the next save overwrites theirs knowingly (their eTag, no hash)', () => {
    const resolved = resolveStorageConflict(withStorage(), { file: 'json', remoteETag: '"9"' }, 'keepMine');
    expect(resolved.bookings?.storage?.json).toEqual({ itemId: 'j', eTag: '"9"' });
  });

  it('keep mine keeps the leader’s texts and takes in the nearest leader’s additions, so nothing of theirs is dropped', () => {
    const lars = { role: 'nearestLeader' as const, displayName: 'Lars Nielsen', at: stamp };
    const mine = { ...withStorage(), fields: { ...withStorage().fields, goals: 'Mine mål, rettet' } };
    const theirs = {
      ...contract(),
      fields: { ...contract().fields, goals: 'Gammel tekst' },
      leaderAgreements: [{ id: 'n1', text: 'Lars’ aftale', followUp: '', author: 'nearestLeader' as const, createdAt: stamp, addedBy: lars }],
      collaboration: { comments: [{ id: 'c1', field: 'goals' as const, text: 'Godt', by: lars }], acceptance: lars, followUps: [], dailyChecks: [] },
    };
    const resolved = resolveStorageConflict(mine, { file: 'json', remoteETag: '"9"', remoteContract: theirs }, 'keepMine');
    expect(resolved.fields.goals).toBe('Mine mål, rettet');
    expect(resolved.leaderAgreements.map((a) => a.id)).toEqual([...mine.leaderAgreements.map((a) => a.id), 'n1']);
    expect(resolved.collaboration?.comments.map((c) => c.id)).toEqual(['c1']);
    expect(resolved.collaboration?.acceptance).toEqual(lars);
    expect(resolved.bookings?.storage?.json.eTag).toBe('"9"');
  });

  it('take theirs: their contract, this device’s bookings', () => {
    const theirs = { ...contract(), leaderAgreements: [{ id: 'n1', text: 'Lars’ aftale', followUp: '', author: 'nearestLeader' as const, createdAt: stamp }] };
    const resolved = resolveStorageConflict(withStorage(), { file: 'json', remoteETag: '"9"', remoteContract: theirs }, 'takeTheirs');
    expect(resolved.leaderAgreements[0]?.author).toBe('nearestLeader');
    expect(resolved.bookings?.storage?.json.eTag).toBe('"9"');
    expect(() => resolveStorageConflict(withStorage(), { file: 'json', remoteETag: '"9"' }, 'takeTheirs')).toThrow();
  });
});
