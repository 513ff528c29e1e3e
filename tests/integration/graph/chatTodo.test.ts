import { newId } from '../../../src/domain/ids';
import { safeHtml } from '../../../src/domain/html';
import { findGuardedMessage, getOrCreateOneOnOneChat, postChatMessage } from '../../../src/graph/chat';
import { createRecurringTask, getDefaultTaskList } from '../../../src/graph/todo';
import { LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';

let env: TestEmulator;
beforeAll(async () => {
  env = await startTestEmulator();
});
afterAll(async () => env.close());

const card = (title: string) => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.4',
  body: [{ type: 'TextBlock', text: title, weight: 'Bolder', wrap: true }],
  actions: [{ type: 'Action.OpenUrl', title: 'Åbn i Word', url: 'https://example.invalid/lederaftale.docx' }],
});

describe('chat', () => {
  it('getOrCreateOneOnOneChat returns the same chat every time', async () => {
    const graph = env.graphAs(METTE);
    const [me, other] = [await env.userId(METTE), await env.userId(LARS)];
    const chat = await getOrCreateOneOnOneChat(graph, me, other);
    expect(chat.id).toBeTruthy();
    expect((await getOrCreateOneOnOneChat(graph, me, other)).id).toBe(chat.id);
    // …and from the other side too.
    expect((await getOrCreateOneOnOneChat(env.graphAs(LARS), other, me)).id).toBe(chat.id);
  });

  it('postChatMessage posts an Adaptive Card whose attachment id is the guard key; resume never posts twice', async () => {
    const graph = env.graphAs(METTE);
    const chat = await getOrCreateOneOnOneChat(graph, await env.userId(METTE), await env.userId(LARS));
    const guardKey = `share-${newId()}`;
    const posted = await postChatMessage(graph, chat.id, { adaptiveCard: card('Lederaftale 2026') }, { guardKey });
    expect(posted).toMatchObject({ chatId: chat.id, alreadyPosted: false });
    const again = await postChatMessage(graph, chat.id, { adaptiveCard: card('Lederaftale 2026') }, { guardKey, resume: true });
    expect(again).toMatchObject({ id: posted.id, alreadyPosted: true });
    expect((await findGuardedMessage(graph, chat.id, guardKey))?.id).toBe(posted.id);
    const messages = (await env.state()).messages.filter((m) => m.chatId === chat.id && JSON.stringify(m).includes(guardKey));
    expect(messages).toHaveLength(1);
  });

  it('postChatMessage posts HTML with the user’s text escaped', async () => {
    const graph = env.graphAs(METTE);
    const chat = await getOrCreateOneOnOneChat(graph, await env.userId(METTE), await env.userId(LARS));
    const guardKey = `note-${newId()}`;
    const userText = '<script>alert("x")</script> & tak';
    await postChatMessage(graph, chat.id, { html: safeHtml`<p>${userText}</p>` }, { guardKey });
    const stored = (await env.state()).messages.find((m) => JSON.stringify(m).includes(guardKey));
    const content = JSON.stringify(stored);
    expect(content).toContain('&lt;script&gt;');
    expect(content).not.toContain('<script>');
  });
});

describe('To Do', () => {
  it('getDefaultTaskList finds the default list', async () => {
    const list = await getDefaultTaskList(env.graphAs(METTE));
    expect(list.id).toBeTruthy();
    expect(list.displayName).toBeTruthy();
  });

  it('createRecurringTask makes a recurring task with a reminder and a link, once per guard key', async () => {
    const graph = env.graphAs(METTE);
    const guardKey = `self-${newId()}`;
    const input = {
      title: 'Tag en pause med restitution hver fredag',
      body: 'Aftale med mig selv: bloker 30 minutter fredag eftermiddag.',
      cadence: 'weekly' as const,
      firstDate: '2026-12-04',
      endDate: '2027-06-30',
      reminderTime: '13:30',
      timeZone: 'Romance Standard Time',
      link: { webUrl: 'https://teams.microsoft.com/l/entity/app/contract?context=c1', displayName: 'Lederaftale 2026' },
      guardKey,
    };
    const task = await createRecurringTask(graph, input);
    expect(task.alreadyCreated).toBe(false);
    const again = await createRecurringTask(graph, { ...input, resume: true });
    expect(again).toMatchObject({ id: task.id, alreadyCreated: true });

    const stored = (await env.state()).todoTasks.filter((t) => t.owner === METTE && t.title === input.title);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      isReminderOn: true,
      reminderDateTime: { dateTime: expect.stringMatching(/^2026-12-04T13:30:00/), timeZone: 'Romance Standard Time' },
      recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['friday'] }, range: { type: 'endDate', endDate: '2027-06-30' } },
    });
    expect(JSON.stringify(stored[0]?.linkedResources)).toContain(guardKey);
  });
});
