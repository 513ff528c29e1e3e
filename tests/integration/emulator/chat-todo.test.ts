// Teams chats (1:1 dedup, HTML and Adaptive Card messages) and Microsoft To Do tasks with
// recurrence and reminders.
import { startTestEmulator, UPN, type TestEmulator } from '../support/emulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const member = (upn: string) => ({
  '@odata.type': '#microsoft.graph.aadUserConversationMember',
  roles: ['owner'],
  'user@odata.bind': `https://graph.microsoft.com/v1.0/users('${upn}')`,
});

describe('chats', () => {
  it('returns the existing 1:1 chat for the same pair, whoever creates it', async () => {
    const a = await t.graph('mette', 'POST', '/chats', { chatType: 'oneOnOne', members: [member(UPN.mette), member(UPN.lars)] });
    expect(a.status).toBe(201);
    expect(a.body.chatType).toBe('oneOnOne');
    expect(a.body.id).toMatch(/^19:.+@unq\.gbl\.spaces$/);
    expect(a.body.webUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/chat\//);
    const b = await t.graph('mette', 'POST', '/chats', { chatType: 'oneOnOne', members: [member(UPN.mette), member(UPN.lars)] });
    const c = await t.graph('lars', 'POST', '/chats', { chatType: 'oneOnOne', members: [member(UPN.lars), member(UPN.mette)] });
    expect(b.body.id).toBe(a.body.id);
    expect(c.body.id).toBe(a.body.id);
    expect((await t.demo('GET', '/demo/state')).body.chats).toHaveLength(1);
    const expanded = await t.graph('mette', 'GET', `/chats/${encodeURIComponent(a.body.id)}?$expand=members`);
    expect(expanded.body.members.map((m: any) => m.email).sort()).toEqual([UPN.lars, UPN.mette]);
  });

  it('refuses a chat the caller is not in, and an orgContact (not a user) as member', async () => {
    expect((await t.graph('mette', 'POST', '/chats', { chatType: 'oneOnOne', members: [member(UPN.lars), member(UPN.birgitte)] })).status).toBe(403);
    const contact = await t.graph('peter', 'POST', '/chats', {
      chatType: 'oneOnOne',
      members: [member(UPN.peter), member('karen.jensen@konsulenthuset.example')],
    });
    expect(contact.status).toBe(404);
  });

  it('posts HTML and Adaptive Card messages, readable by both members only', async () => {
    const chat = (await t.graph('mette', 'POST', '/chats', { chatType: 'oneOnOne', members: [member(UPN.mette), member(UPN.lars)] })).body;
    const id = encodeURIComponent(chat.id);
    const html = await t.graph('mette', 'POST', `/chats/${id}/messages`, { body: { contentType: 'html', content: '<p>Hej Lars &lt;3</p>' } });
    expect(html.status).toBe(201);
    expect(html.body.from.user.displayName).toBe('Mette Hansen');
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'Lederaftale' }],
      actions: [{ type: 'Action.OpenUrl', title: 'Åbn', url: 'https://teams.microsoft.com/l/entity/x/y' }],
    };
    const withCard = await t.graph('mette', 'POST', `/chats/${id}/messages`, {
      body: { contentType: 'html', content: '<attachment id="card1"></attachment>' },
      attachments: [{ id: 'card1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) }],
    });
    expect(withCard.status).toBe(201);
    expect(JSON.parse(withCard.body.attachments[0].content).type).toBe('AdaptiveCard');
    const unreferenced = await t.graph('mette', 'POST', `/chats/${id}/messages`, {
      body: { contentType: 'html', content: 'no reference' },
      attachments: [{ id: 'card2', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) }],
    });
    expect(unreferenced.status).toBe(400);
    const notJson = await t.graph('mette', 'POST', `/chats/${id}/messages`, {
      body: { contentType: 'html', content: '<attachment id="c"></attachment>' },
      attachments: [{ id: 'c', contentType: 'application/vnd.microsoft.card.adaptive', content: '{not json' }],
    });
    expect(notJson.status).toBe(400);
    const list = await t.graph('lars', 'GET', `/chats/${id}/messages`);
    expect(list.body.value).toHaveLength(2);
    expect(list.body.value[0].id).toBe(withCard.body.id); // newest first
    expect((await t.graph('birgitte', 'GET', `/chats/${id}/messages`)).status).toBe(403);
  });
});

describe('To Do', () => {
  it('has a default list and creates a recurring task with a reminder', async () => {
    const lists = await t.graph('mette', 'GET', '/me/todo/lists');
    const list = lists.body.value.find((l: any) => l.wellknownListName === 'defaultList');
    expect(list.displayName).toBe('Opgaver');
    const body = {
      title: 'Tag en pause mellem møderne',
      body: { contentType: 'text', content: 'Aftale med mig selv. https://example.invalid/contract/1' },
      importance: 'normal',
      isReminderOn: true,
      reminderDateTime: { dateTime: '2026-12-07T08:00:00', timeZone: 'Romance Standard Time' },
      dueDateTime: { dateTime: '2026-12-07T00:00:00', timeZone: 'Romance Standard Time' },
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'], firstDayOfWeek: 'monday' },
        range: { type: 'endDate', startDate: '2026-12-07', endDate: '2027-06-30' },
      },
      linkedResources: [{ webUrl: 'https://example.invalid/contract/1', applicationName: 'Lederdialog', displayName: 'Lederaftale' }],
    };
    const created = await t.graph('mette', 'POST', `/me/todo/lists/${list.id}/tasks`, body);
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('notStarted');
    expect(created.body.recurrence.pattern.daysOfWeek).toEqual(['monday']);
    expect(created.body.reminderDateTime.dateTime).toBe('2026-12-07T08:00:00');
    expect(created.body['@odata.etag']).toMatch(/^W\//);
    const fetched = await t.graph('mette', 'GET', `/me/todo/lists/${list.id}/tasks/${created.body.id}?$expand=linkedResources`);
    expect(fetched.body.linkedResources[0].applicationName).toBe('Lederdialog');
    const patched = await t.graph('mette', 'PATCH', `/me/todo/lists/${list.id}/tasks/${created.body.id}`, { status: 'completed' });
    expect(patched.body.status).toBe('completed');
    expect(patched.body.completedDateTime).toBeDefined();
    expect((await t.graph('mette', 'DELETE', `/me/todo/lists/${list.id}/tasks/${created.body.id}`)).status).toBe(204);
    expect((await t.graph('mette', 'GET', `/me/todo/lists/${list.id}/tasks/${created.body.id}`)).status).toBe(404);
  });

  it('refuses a recurring task without a due date and a bad recurrence', async () => {
    const list = (await t.graph('mette', 'GET', '/me/todo/lists')).body.value[0];
    const noDue = await t.graph('mette', 'POST', `/me/todo/lists/${list.id}/tasks`, {
      title: 'x',
      recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'noEnd', startDate: '2026-12-07' } },
    });
    expect(noDue.status).toBe(400);
    const badRange = await t.graph('mette', 'POST', `/me/todo/lists/${list.id}/tasks`, {
      title: 'x',
      dueDateTime: { dateTime: '2026-12-07T00:00:00', timeZone: 'UTC' },
      recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'ending', startDate: '2026-12-07' } },
    });
    expect(badRange.status).toBe(400);
    expect(badRange.body.error.message).toContain("'ending'");
    // Another user's list is not reachable.
    expect((await t.graph('lars', 'GET', `/me/todo/lists/${list.id}/tasks`)).status).toBe(404);
  });
});
