// Request bodies are checked against the official Graph metadata (CSDL).
import { startTestEmulator, type TestEmulator } from '../support/emulator';
import { workingDaySlot } from '../support/slots';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const validEvent = () => {
  const slot = workingDaySlot(3, 10);
  return {
    subject: 'Dialog med nærmeste leder',
    body: { contentType: 'html', content: '<p>Dagsorden</p>' },
    start: slot.start,
    end: slot.end,
    attendees: [{ type: 'required', emailAddress: { address: 'lars.nielsen@demokommune.example', name: 'Lars Nielsen' } }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    showAs: 'busy',
    reminderMinutesBeforeStart: 15,
    transactionId: `validation-${Math.random()}`,
  };
};

describe('request body validation against the CSDL', () => {
  it('accepts a valid event and returns it in Graph shape', async () => {
    const r = await t.graph('mette', 'POST', '/me/events', validEvent());
    expect(r.status).toBe(201);
    expect(r.body['@odata.context']).toMatch(/\$metadata#users\('.+'\)\/events\/\$entity$/);
    expect(r.body['@odata.etag']).toMatch(/^W\/"/);
    expect(r.body.onlineMeeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(r.body.type).toBe('singleInstance');
    expect(r.body.webLink).toMatch(/^https:\/\//);
  });

  it('rejects an unknown property and names it and the type', async () => {
    const r = await t.graph('mette', 'POST', '/me/events', { ...validEvent(), foo: 1 });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain("The property 'foo' does not exist on type 'microsoft.graph.event'");
    expect(r.body.error.innerError['request-id']).toBeTruthy();
    expect(r.body.error.innerError.date).toBeTruthy();
  });

  it('rejects an unknown property deep inside a complex type', async () => {
    const ev = validEvent();
    const r = await t.graph('mette', 'POST', '/me/events', { ...ev, attendees: [{ type: 'required', emailAddress: { address: 'x@y.example', mail: 'x' } }] });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain("'mail' does not exist on type 'microsoft.graph.emailAddress'");
  });

  it('rejects a wrong enum value, naming value and property', async () => {
    const r = await t.graph('mette', 'POST', '/me/events', { ...validEvent(), showAs: 'veryBusy' });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain("'veryBusy'");
    expect(r.body.error.message).toContain('showAs');
    expect(r.body.error.message).toContain('microsoft.graph.freeBusyStatus');
  });

  it('rejects a wrong enum inside a nested recurrence pattern', async () => {
    const ev = validEvent();
    const r = await t.graph('mette', 'POST', '/me/events', {
      ...ev,
      recurrence: { pattern: { type: 'fortnightly', interval: 1 }, range: { type: 'noEnd', startDate: ev.start.dateTime.slice(0, 10) } },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain("'fortnightly'");
    expect(r.body.error.message).toContain('recurrence.pattern.type');
  });

  it.each([
    ['subject', 42, 'Edm.String'],
    ['isOnlineMeeting', 'yes', 'Edm.Boolean'],
    ['reminderMinutesBeforeStart', '15', 'Edm.Int32'],
    ['attendees', { emailAddress: { address: 'a@b.example' } }, 'Collection'],
  ])('rejects a wrong primitive or collection type for %s', async (prop, value, expected) => {
    const r = await t.graph('mette', 'POST', '/me/events', { ...validEvent(), [prop]: value });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain(prop);
    expect(r.body.error.message).toContain(expected);
  });

  it('checks Edm.DateTimeOffset, Edm.Date and Edm.Duration formats', async () => {
    const bad = await t.graph('mette', 'PATCH', '/me/events/x', { originalStart: '26-11-2026' });
    // The body is validated before the event is looked up, as Graph reads the payload first.
    expect([400, 404]).toContain(bad.status);
    const ev = validEvent();
    const r1 = await t.graph('mette', 'POST', '/me/events', {
      ...ev,
      recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'endDate', startDate: '2026/12/01', endDate: '2026-12-10' } },
    });
    expect(r1.status).toBe(400);
    expect(r1.body.error.message).toContain('recurrence.range.startDate');
    const r2 = await t.graph('mette', 'POST', '/me/findMeetingTimes', { meetingDuration: '45 minutes' });
    expect(r2.status).toBe(400);
    expect(r2.body.error.message).toContain('meetingDuration');
  });

  it('rejects unknown action parameters (findMeetingTimes)', async () => {
    const r = await t.graph('mette', 'POST', '/me/findMeetingTimes', { meetingDuration: 'PT45M', minimumAttendeesPercentage: 100 });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain("'minimumAttendeesPercentage'");
  });

  it('accepts annotations and derived types, and rejects incompatible @odata.type', async () => {
    const ok = await t.graph('mette', 'POST', '/chats', {
      chatType: 'oneOnOne',
      members: [
        {
          '@odata.type': '#microsoft.graph.aadUserConversationMember',
          roles: ['owner'],
          'user@odata.bind': "https://graph.microsoft.com/v1.0/users('mette.hansen@demokommune.example')",
        },
        {
          '@odata.type': '#microsoft.graph.aadUserConversationMember',
          roles: ['owner'],
          'user@odata.bind': "https://graph.microsoft.com/v1.0/users('lars.nielsen@demokommune.example')",
        },
      ],
    });
    expect(ok.status).toBe(201);
    const bad = await t.graph('mette', 'POST', '/chats', {
      chatType: 'oneOnOne',
      members: [{ '@odata.type': '#microsoft.graph.event', roles: ['owner'] }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('microsoft.graph.event');
  });

  it('validates To Do tasks, chat messages, drive items and invite parameters too', async () => {
    const lists = await t.graph('mette', 'GET', '/me/todo/lists');
    const listId = lists.body.value[0].id;
    const task = await t.graph('mette', 'POST', `/me/todo/lists/${listId}/tasks`, { title: 'x', importance: 'urgent' });
    expect(task.status).toBe(400);
    expect(task.body.error.message).toContain('importance');
    const folder = await t.graph('mette', 'POST', '/me/drive/root/children', { name: 'A', folder: {}, colour: 'red' });
    expect(folder.status).toBe(400);
    expect(folder.body.error.message).toContain("'colour'");
    const chat = await t.graph('mette', 'POST', '/chats', { chatType: 'oneOnOne', members: [], topicc: 'x' });
    expect(chat.status).toBe(400);
    expect(chat.body.error.message).toContain("'topicc'");
    const up = await t.graph('mette', 'PUT', '/me/drive/root:/v.json:/content', '{}', { 'Content-Type': 'application/json' });
    const invite = await t.graph('mette', 'POST', `/me/drive/items/${up.body.id}/invite`, {
      recipients: [{ email: 'lars.nielsen@demokommune.example' }],
      roles: ['read'],
      notify: true,
    });
    expect(invite.status).toBe(400);
    expect(invite.body.error.message).toContain("'notify'");
  });

  it('answers malformed JSON with a Graph-shaped 400', async () => {
    const r = await t.graph('mette', 'POST', '/me/events', '{"subject": ', { 'Content-Type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('BadRequest');
  });

  it('rejects an unknown time zone like Graph', async () => {
    const ev = validEvent();
    const r = await t.graph('mette', 'POST', '/me/events', { ...ev, start: { ...ev.start, timeZone: 'Mars/Olympus' } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('TimeZoneNotSupportedException');
  });
});
