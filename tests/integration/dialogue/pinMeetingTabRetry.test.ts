/**
 * A transient failure while pinning the meeting tab (Graph's 503, or a 504 whose tab was in fact
 * made) must not end "Book and share" without the tab: the app looks, then tries again, and never
 * pins a second tab.
 */
import { HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../../../src/graph/client';
import { bookAndShare } from '../../../src/features/invite/engine';
import { prepareScenario } from '../invite/scenario';
import { METTE, startTestEmulator, type TestEmulator } from '../support/emulator';

jest.setTimeout(60_000);

const MEETING_TAB = { teamsAppId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001', appOrigin: 'https://lederdialog.contoso.dk' };

/** The transport, with the first `POST /chats/{id}/tabs` failing: refused (503, nothing done) or lost (done, answered 504). */
class FirstTabPostFails implements Middleware {
  private readonly inner = new HTTPMessageHandler();
  failed = 0;
  constructor(private readonly how: 'refused' | 'lost') {}
  setNext(): void {}
  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const isTabPost = (context.options?.method ?? 'GET').toUpperCase() === 'POST' && /\/chats\/[^/]+\/tabs$/.test(new URL(url).pathname);
    if (!isTabPost || this.failed > 0) return this.inner.execute(context);
    this.failed += 1;
    if (this.how === 'lost') await this.inner.execute(context);
    const status = this.how === 'lost' ? 504 : 503;
    const code = this.how === 'lost' ? 'GatewayTimeout' : 'serviceNotAvailable';
    context.response = new Response(JSON.stringify({ error: { code, message: 'transient' } }), { status, headers: { 'Content-Type': 'application/json' } });
  }
}

let t: TestEmulator;
beforeEach(async () => {
  t = await startTestEmulator();
});
afterEach(async () => {
  await t.close();
});

async function token(): Promise<string> {
  const res = await fetch(`${t.emulator.url}/demo/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: METTE }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

it.each(['refused', 'lost'] as const)('pins the tab once when the first try is %s', async (how) => {
  const transport = new FirstTabPostFails(how);
  const graph = createGraphClient({
    baseUrl: t.emulator.graphUrl,
    tokenProvider: { kind: 'demo', getAccessToken: token },
    retry: { baseDelayMs: 20 },
    transport,
  });
  const { request } = await prepareScenario(graph);
  const result = await bookAndShare(graph, request, { meetingTab: MEETING_TAB });
  if (result.status === 'invalid') throw new Error('invalid request');
  expect(transport.failed).toBe(1);
  expect(result.status).toBe('complete');
  expect(result.meetingTab).toMatchObject({ status: 'pinned' });
  const state = (await t.state()) as unknown as { chatTabs: unknown[] };
  expect(state.chatTabs).toHaveLength(1);
  const tabPosts = t.log().filter((l) => l.method === 'POST' && /\/tabs$/.test(l.url));
  // Refused: the emulator never saw the first try; lost: it made the tab, and the app found it instead of adding another.
  expect(tabPosts).toHaveLength(1);
  expect(result.meetingTab?.tabId).toBeTruthy();
});
