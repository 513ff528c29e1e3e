/**
 * Needs a DOM: localStorage.
 *
 * @jest-environment jsdom
 */
import { DEMO_USER_STORAGE_KEY, createDemoProvider, emulatorUrlFrom, listDemoUsers } from '../../../src/auth/demoProvider';
import { AuthError } from '../../../src/auth/errors';

const users = [
  { id: 'u2', displayName: 'Jens Chef', userPrincipalName: 'jens@lederdialog.example', jobTitle: 'Direktør', role: 'nearestLeader' },
  { id: 'u1', displayName: 'Mette Leder', userPrincipalName: 'mette@lederdialog.example', jobTitle: 'Afdelingsleder', role: 'leader' },
];

// jsdom has no fetch Response; the provider reads only ok, status and json().
function json(body: unknown, status = 200): Response {
  return { ok: status >= 200 && status < 300, status, json: async () => body } as Response;
}

function fakeEmulator() {
  const calls: { url: string; init?: RequestInit }[] = [];
  let issued = 0;
  const fetch = jest.fn(async (url: string, init?: RequestInit) => {
    calls.push({ url, ...(init ? { init } : {}) });
    if (url.endsWith('/demo/users')) return json({ value: users });
    if (url.endsWith('/demo/token')) {
      const { userPrincipalName, scopes } = JSON.parse(String(init?.body)) as { userPrincipalName: string; scopes: string[] };
      issued += 1;
      // As a managed tenant answers: what was asked for plus what an admin consented to.
      return json({
        access_token: `token-${userPrincipalName}-${issued}`,
        token_type: 'Bearer',
        scope: [...new Set([...scopes, 'Calendars.ReadWrite'])].join(' '),
      });
    }
    return json({}, 404);
  });
  return { fetch, calls };
}

beforeEach(() => localStorage.clear());

it('derives the emulator root from the Graph base URL', () => {
  expect(emulatorUrlFrom('http://127.0.0.1:5999/v1.0')).toBe('http://127.0.0.1:5999');
});

it('lists the seeded users whether the emulator wraps them in value or not', async () => {
  const { fetch } = fakeEmulator();
  await expect(listDemoUsers('http://emu', fetch)).resolves.toEqual(users);
  const bare = jest.fn(async () => json(users));
  await expect(listDemoUsers('http://emu', bare)).resolves.toHaveLength(2);
});

it('asks the emulator for a token for the seeded leader when none was chosen, and caches it', async () => {
  const { fetch, calls } = fakeEmulator();
  const provider = createDemoProvider({ emulatorUrl: 'http://emu', fetch, storage: localStorage });
  expect(provider.kind).toBe('demo');
  const token = await provider.getAccessToken(['User.Read']);
  expect(token).toBe('token-mette@lederdialog.example-1');
  const tokenCall = calls.find((c) => c.url === 'http://emu/demo/token');
  expect(tokenCall?.init?.method).toBe('POST');
  expect(JSON.parse(String(tokenCall?.init?.body))).toEqual({ userPrincipalName: 'mette@lederdialog.example', scopes: ['User.Read'] });
  // The token carries Calendars.ReadWrite too (its `scope`): reused.
  await expect(provider.getAccessToken(['Calendars.ReadWrite'])).resolves.toBe(token);
  expect(calls.filter((c) => c.url.endsWith('/demo/token'))).toHaveLength(1);
  // A scope the token lacks is asked for when the action needs it, and only then.
  await expect(provider.getAccessToken(['Place.Read.All'])).resolves.toBe('token-mette@lederdialog.example-2');
  expect(JSON.parse(String(calls.filter((c) => c.url.endsWith('/demo/token'))[1]?.init?.body))).toEqual({
    userPrincipalName: 'mette@lederdialog.example',
    scopes: ['Place.Read.All'],
  });
  await expect(provider.getAccessToken(['User.Read'])).resolves.toBe(token);
});

it('reports a scope that needs an administrator as blocked (AADSTS90094), as MSAL does', async () => {
  localStorage.setItem(DEMO_USER_STORAGE_KEY, 'mette@lederdialog.example');
  const provider = createDemoProvider({
    emulatorUrl: 'http://emu',
    storage: localStorage,
    fetch: async () => json({ error: { code: 'consent_required', message: 'AADSTS90094: An administrator of Demokommune has set a policy …' } }, 400),
  });
  await expect(provider.getAccessToken(['Place.Read.All'])).rejects.toMatchObject({ kind: 'blocked', code: 'AADSTS90094' });
});

it('switches user, remembers the choice in localStorage and drops the old token', async () => {
  const { fetch } = fakeEmulator();
  const provider = createDemoProvider({ emulatorUrl: 'http://emu', fetch, storage: localStorage });
  await provider.getAccessToken(['User.Read']);
  provider.switchUser('jens@lederdialog.example');
  expect(localStorage.getItem(DEMO_USER_STORAGE_KEY)).toBe('jens@lederdialog.example');
  await expect(provider.getAccessToken(['User.Read'])).resolves.toBe('token-jens@lederdialog.example-2');

  // A new provider (a reload) keeps acting as the remembered user without listing users.
  const again = fakeEmulator();
  const reloaded = createDemoProvider({ emulatorUrl: 'http://emu', fetch: again.fetch, storage: localStorage });
  await expect(reloaded.currentUser()).resolves.toBe('jens@lederdialog.example');
  expect(again.calls).toHaveLength(0);
});

it('rejects with an AuthError when the emulator refuses or is down', async () => {
  const refusing = createDemoProvider({
    emulatorUrl: 'http://emu',
    storage: localStorage,
    fetch: async (url) => (url.endsWith('/demo/users') ? json(users) : json({ error: 'nope' }, 400)),
  });
  await expect(refusing.getAccessToken(['User.Read'])).rejects.toBeInstanceOf(AuthError);

  localStorage.setItem(DEMO_USER_STORAGE_KEY, 'mette@lederdialog.example');
  const down = createDemoProvider({
    emulatorUrl: 'http://emu',
    storage: localStorage,
    fetch: async () => {
      throw new TypeError('Failed to fetch');
    },
  });
  await expect(down.getAccessToken(['User.Read'])).rejects.toMatchObject({ kind: 'unknown', code: 'emulator_unreachable' });
});
