/**
 * "Book and share" in the two tenants the emulator plays (GRAPH_EMULATOR_TENANT): managed (an admin
 * consented and published the app) and strict (nobody did). Signed in with the app's own demo
 * provider, so every token request names the scopes the app asked for and lands in the request log.
 * Under strict everything a user may do alone works; the only 403 is the one the app expects
 * (the manager look-up, answered by the people picker), and no scope is asked before its action.
 */
import { createDemoProvider } from '../../../src/auth/demoProvider';
import { scopes } from '../../../src/auth/scopes';
import { createGraphClient } from '../../../src/graph/client';
import { searchPeople } from '../../../src/graph/people';
import { bookAndShare } from '../../../src/features/invite/engine';
import { permissionRow } from '../../../src/emulator/auth/permissions';
import { prepareScenario } from './scenario';
import { METTE, startTestEmulator, type TestEmulator, type LogLine } from '../support/emulator';

const MEETING_TAB = { teamsAppId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001', appOrigin: 'https://lederdialog.example' };

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: () => null,
    length: 0,
  };
}

async function run(profile: 'managed' | 'strict') {
  const t = await startTestEmulator({ tenant: profile });
  const provider = createDemoProvider({ emulatorUrl: t.emulator.url, fetch: (input, init) => fetch(input, init), storage: memoryStorage() });
  provider.switchUser(METTE);
  const graph = createGraphClient({ baseUrl: t.emulator.graphUrl, tokenProvider: provider, retry: { baseDelayMs: 20 } });
  const pick = async () => (await searchPeople(graph, 'Lars'))[0]!;
  const { request } = await prepareScenario(graph, new Date(), undefined, pick);
  const result = await bookAndShare(graph, request, { meetingTab: MEETING_TAB });
  return { t, result, request };
}

const tokenRequests = (log: LogLine[]) => log.map((l, i) => ({ i, l })).filter(({ l }) => l.url === '/demo/token');
const askedFor = (l: LogLine) => (l.body as { scopes?: string[] }).scopes ?? [];
const graphLines = (log: LogLine[]) => log.filter((l) => l.url.startsWith('/v1.0/'));

describe.each(['managed', 'strict'] as const)('book and share in a %s tenant', (profile) => {
  let t: TestEmulator;
  let outcome: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    outcome = await run(profile);
    t = outcome.t;
  });
  afterAll(() => t.close());

  it('books, stores, shares and tells the nearest leader', async () => {
    const { result } = outcome;
    if (result.status === 'invalid') throw new Error('invalid request');
    expect(result.status).toBe('complete');
    const state = await t.state();
    expect(state.events.filter((e) => e.owner === METTE && !e.seeded && e.subject)).not.toHaveLength(0);
    expect(state.permissions.map((p) => p.grantee)).toContain('lars.nielsen@demokommune.example');
    expect(state.messages.filter((m) => m.from === METTE)).toHaveLength(1);
  });

  it('calls only routes that the permission table covers', () => {
    const uncovered = graphLines(t.log())
      .filter((l) => !l.url.startsWith('/v1.0/$batch'))
      .map((l) => ({ method: l.method, path: decodeURIComponent(l.url.replace(/^\/v1\.0/, '').split('?')[0]!).replace(/^\/users\/[^/]+\//, '/me/') }))
      .filter(({ method, path }) => !permissionRow(method, path));
    expect(uncovered).toEqual([]);
  });

  it('asks for each scope only at its action: never rooms (no room was asked for), the pin scopes only after the booking', () => {
    const log = t.log();
    const tokens = tokenRequests(log);
    expect(tokens.flatMap(({ l }) => askedFor(l))).not.toContain('Place.Read.All');
    const firstEvent = log.findIndex((l) => l.method === 'POST' && l.url.startsWith('/v1.0/me/events') && l.status === 201);
    expect(firstEvent).toBeGreaterThan(-1);
    for (const { i, l } of tokens) {
      if (askedFor(l).some((s) => (scopes.meetingApp as readonly string[]).includes(s))) expect(i).toBeGreaterThan(firstEvent);
    }
  });

  if (profile === 'managed') {
    it('pins the app in the meeting and finds the nearest leader in the directory', () => {
      const { result } = outcome;
      if (result.status === 'invalid') throw new Error('invalid request');
      expect(result.meetingTab).toMatchObject({ status: 'pinned' });
      expect(t.log().filter((l) => l.status === 403)).toEqual([]);
    });
  } else {
    it('has no unexpected 403: only the manager look-up, which the people picker answers', () => {
      const refused = graphLines(t.log()).filter((l) => l.status === 403);
      expect(refused.map((l) => `${l.method} ${l.url.split('?')[0]}`)).toEqual(['GET /v1.0/me/manager']);
    });

    it('ends the pinning, which needs an admin, in one line and leaves the booking as it is', () => {
      const { result } = outcome;
      if (result.status === 'invalid') throw new Error('invalid request');
      // The dialogue's create answer may lack its join link (a strict tenant's Teams); then there is nothing to pin.
      if (result.meetingTab) expect(result.meetingTab).toMatchObject({ status: 'notAllowed' });
      const refusedTokens = tokenRequests(t.log()).filter(({ l }) => l.status === 400);
      for (const { l } of refusedTokens) expect((l.response as { error: { message: string } }).error.message).toMatch(/^AADSTS90094/);
    });

    it('issues short join links, as newer Teams tenants do', async () => {
      const state = await t.state();
      const links = state.events
        .filter((e) => e.owner === METTE && !e.seeded)
        .map((e) => (e.onlineMeeting as { joinUrl?: string } | null)?.joinUrl)
        .filter(Boolean);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link).toMatch(/^https:\/\/teams\.microsoft\.com\/meet\/\d+\?p=\w+$/);
    });
  }
});
