/**
 * The connection view's facts gathered against the emulator with the app's own demo token provider,
 * under the managed and the strict tenant: managed finds the nearest leader, strict answers the
 * manager look-up with 403 (a yellow line, never an error), and neither asks for a scope the session
 * did not already need — the catalog is looked at only when its permissions are already granted.
 */
import { createDemoProvider } from '../../../src/auth/demoProvider';
import { scopes } from '../../../src/auth/scopes';
import { connectionLines } from '../../../src/domain/connectionStatus';
import { gatherConnection } from '../../../src/features/connection/gatherConnection';
import { createGraphClient } from '../../../src/graph/client';
import { getMe } from '../../../src/graph/me';
import { METTE, startTestEmulator, type TestEmulator, type LogLine } from '../support/emulator';

jest.setTimeout(60_000);

const TEAMS_APP_ID = '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001';

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

const asked = (l: LogLine) => (l.body as { scopes?: string[] } | undefined)?.scopes ?? [];

let t: TestEmulator | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function gather(profile: 'managed' | 'strict') {
  t = await startTestEmulator({ tenant: profile });
  const tokenProvider = createDemoProvider({ emulatorUrl: t.emulator.url, fetch: (input, init) => fetch(input, init), storage: memoryStorage() });
  tokenProvider.switchUser(METTE);
  const graph = createGraphClient({ baseUrl: t.emulator.graphUrl, tokenProvider, retry: { baseDelayMs: 20 } });
  const me = await getMe(graph);
  const facts = await gatherConnection({ graph, me, tokenProvider, teamsAppId: TEAMS_APP_ID });
  const log = t.log();
  const requested = new Set(log.filter((l) => l.url === '/demo/token').flatMap(asked));
  return { facts, log, requested };
}

/** What the view may need: the first-use scopes of the session, nothing of pinning or beyond. */
const FIRST_USE = new Set<string>([...scopes.profile, ...scopes.directory, ...scopes.mailbox, ...scopes.files]);

it('managed: account, scopes from the token, leader, time zone and OneDrive are found', async () => {
  const { facts, log, requested } = await gather('managed');
  expect(facts.account.displayName).toBe('Mette Hansen');
  expect(facts.account.mail).toBe(METTE);
  expect(facts.scopes.source).toBe('token');
  expect(facts.scopes.source === 'token' && facts.scopes.granted).toEqual(expect.arrayContaining(['User.Read']));
  expect(facts.leader).toEqual({ state: 'found', displayName: 'Lars Nielsen' });
  expect(facts.timeZone).toEqual({ state: 'found', zone: expect.any(String) });
  expect(facts.drive).toEqual({ state: 'found' });
  expect([...requested].filter((s) => !FIRST_USE.has(s))).toEqual([]);
  // The catalog was looked at only if the token already carried its permissions.
  const granted = facts.scopes.source === 'token' ? facts.scopes.granted : [];
  const catalogAsked = log.some((l) => l.url.startsWith('/v1.0/appCatalogs'));
  expect(catalogAsked).toBe(scopes.meetingApp.every((s) => granted.includes(s)));
  expect(facts.catalog.state === 'notChecked').toBe(!catalogAsked);
});

it('strict: the manager look-up is refused (yellow, not an error), the catalog is not checked and nothing new is asked for', async () => {
  const { facts, log, requested } = await gather('strict');
  expect(facts.leader).toEqual({ state: 'forbidden' });
  expect(facts.catalog).toEqual({ state: 'notChecked' });
  expect(facts.timeZone.state).toBe('found');
  expect(facts.drive).toEqual({ state: 'found' });
  expect(log.some((l) => l.url.startsWith('/v1.0/me/manager') && l.status === 403)).toBe(true);
  expect(log.some((l) => l.url.startsWith('/v1.0/appCatalogs'))).toBe(false);
  expect([...requested].filter((s) => !FIRST_USE.has(s))).toEqual([]);
  const tones = Object.fromEntries(connectionLines(facts).map((l) => [l.topic, l.tone]));
  expect(tones).toMatchObject({ account: 'ok', leader: 'attention', catalog: 'attention', drive: 'ok' });
});
