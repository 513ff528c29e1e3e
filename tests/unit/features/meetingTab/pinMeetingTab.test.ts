/**
 * The timing of pinning the meeting tab, with an injected sleep: after a transient failure it waits,
 * then looks whether the tab was made (a lost answer may have made it) before it adds again, and it
 * stops at its bounds — which are tighter than a booking call's, since the tab is optional.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../../../../src/graph/client';
import { ADD_TAB_ATTEMPTS, pinMeetingTab } from '../../../../src/features/meetingTab/pinMeetingTab';

const APP = '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001';
const CHAT = '19:meeting_abc@thread.v2';
const INPUT = {
  teamsAppId: APP,
  appOrigin: 'https://lederdialog.contoso.dk',
  // A classic join link names the chat, so no online-meeting look-up is made.
  joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(CHAT)}/0?context=%7b%7d`,
  contractRef: 'kontrakt-1',
};

/** What `POST /chats/{id}/tabs` answers, in turn; `made`: the tab was made although the answer says otherwise. */
interface TabAnswer {
  status: number;
  retryAfter?: string;
  made?: boolean;
}

/**
 * A fake Teams: the app in the catalog, installing answers 201, the chat's tabs as made so far.
 * `log` records each look at the tabs and each add, in order, beside the waits.
 */
function teams(answers: TabAnswer[]): Middleware & { log: string[]; tabs: unknown[] } {
  const json = (context: Context, status: number, body: unknown, headers: Record<string, string> = {}) => {
    context.response = new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
  };
  const fake = {
    log: [] as string[],
    tabs: [] as Array<{ id: string; teamsApp: { id: string }; configuration: { entityId: string } }>,
    setNext() {},
    async execute(context: Context) {
      const method = (context.options?.method ?? 'GET').toUpperCase();
      const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
      if (url.pathname.endsWith('/appCatalogs/teamsApps')) return json(context, 200, { value: [{ id: 'katalog-1', externalId: APP }] });
      if (url.pathname.endsWith('/installedApps')) return json(context, 201, {});
      if (!url.pathname.endsWith('/tabs')) return json(context, 404, { error: { code: 'NotFound', message: url.pathname } });
      if (method === 'GET') {
        fake.log.push('look');
        return json(context, 200, { value: fake.tabs });
      }
      const answer = answers.shift() ?? { status: 201 };
      fake.log.push(`add ${answer.status}`);
      const body = JSON.parse(String(context.options?.body)) as { configuration: { entityId: string } };
      const tab = { id: `fane-${fake.tabs.length + 1}`, teamsApp: { id: 'katalog-1' }, configuration: body.configuration };
      if (answer.status === 201 || answer.made) fake.tabs.push(tab);
      if (answer.status === 201) return json(context, 201, tab);
      return json(
        context,
        answer.status,
        { error: { code: answer.status === 403 ? 'Forbidden' : 'serviceNotAvailable', message: 'x' } },
        answer.retryAfter ? { 'Retry-After': answer.retryAfter } : {},
      );
    },
  };
  return fake;
}

async function pin(answers: TabAnswer[], retry: { maxAttempts?: number } = {}) {
  const endpoint = teams(answers);
  const graph = createGraphClient({
    baseUrl: 'http://127.0.0.1:5999/v1.0',
    tokenProvider: { kind: 'demo', getAccessToken: async () => 't' },
    transport: endpoint,
    // A wait of the client's own (the retry middleware) would show in the log too.
    retry: { sleep: async (ms) => void endpoint.log.push(`client waits ${ms}`) },
  });
  const outcome = await pinMeetingTab(graph, INPUT, { ...retry, sleep: async (ms) => void endpoint.log.push(`wait ${ms}`), random: () => 0.5 });
  return { outcome, log: endpoint.log, tabs: endpoint.tabs };
}

describe('pinMeetingTab retries (withRetries, looking before each new try)', () => {
  it('waits what Graph asked, then looks for the tab before it adds again', async () => {
    const { outcome, log, tabs } = await pin([{ status: 503, retryAfter: '1' }, { status: 503, retryAfter: '2' }, { status: 201 }]);
    expect(log).toEqual(['look', 'add 503', 'wait 1000', 'look', 'add 503', 'wait 2000', 'look', 'add 201']);
    // Catalog, install ∥ look, then add, look, add, look, add.
    expect(outcome).toMatchObject({ status: 'pinned', chatId: CHAT, tabId: 'fane-1', roundTrips: 7 });
    expect(tabs).toHaveLength(1);
  });

  it('stops when the look finds the tab a lost answer made, and adds no second one', async () => {
    const { outcome, log, tabs } = await pin([{ status: 504, made: true }]);
    expect(log).toEqual(['look', 'add 504', 'wait 300', 'look']);
    expect(outcome).toMatchObject({ status: 'pinned', tabId: 'fane-1', roundTrips: 4 });
    expect(tabs).toHaveLength(1);
  });

  it('without a Retry-After waits 300 ms, then 600 ms, and gives up after ADD_TAB_ATTEMPTS tries and a last look', async () => {
    const { outcome, log, tabs } = await pin([{ status: 503 }, { status: 503 }, { status: 503 }, { status: 201 }]);
    expect(ADD_TAB_ATTEMPTS).toBe(3);
    expect(log).toEqual(['look', 'add 503', 'wait 300', 'look', 'add 503', 'wait 600', 'look', 'add 503', 'look']);
    expect(outcome).toMatchObject({ status: 'failed', errorKind: 'throttled', chatId: CHAT });
    expect(tabs).toEqual([]);
  });

  it('ends the tries when Graph asks for more than 3 s, rather than coming back early', async () => {
    const { outcome, log } = await pin([{ status: 503, retryAfter: '10' }, { status: 201 }]);
    expect(log).toEqual(['look', 'add 503', 'look']);
    expect(outcome).toMatchObject({ status: 'failed', errorKind: 'throttled' });
  });

  it('stops at its total-wait bound (6 s) even when more tries are allowed', async () => {
    const busy = Array.from({ length: 5 }, () => ({ status: 503, retryAfter: '2.5' }));
    const { outcome, log } = await pin(busy, { maxAttempts: 5 });
    // 2.5 + 2.5 = 5 s; a third 2.5 s would make 7.5 s.
    expect(log.filter((l) => l.startsWith('wait'))).toEqual(['wait 2500', 'wait 2500']);
    expect(log.filter((l) => l.startsWith('add'))).toHaveLength(3);
    expect(outcome.status).toBe('failed');
  });

  it('finds the tab that the last try’s lost answer made, so the leader is not told to add it by hand', async () => {
    const { outcome, log, tabs } = await pin([{ status: 503 }, { status: 503 }, { status: 504, made: true }]);
    expect(log).toEqual(['look', 'add 503', 'wait 300', 'look', 'add 503', 'wait 600', 'look', 'add 504', 'look']);
    expect(outcome).toMatchObject({ status: 'pinned', tabId: 'fane-1', roundTrips: 8 });
    expect(tabs).toHaveLength(1);
  });

  it('does not try again after a refusal', async () => {
    const { outcome, log } = await pin([{ status: 403 }, { status: 201 }]);
    expect(log).toEqual(['look', 'add 403']);
    expect(outcome).toMatchObject({ status: 'notAllowed', errorKind: 'accessDenied' });
  });
});
