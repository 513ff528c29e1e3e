import { AuthError } from './errors';
import type { TokenProvider } from './tokenProvider';
import { defaultDemoUser, getChosenDemoUser, listDemoUsers, setChosenDemoUser, type FetchLike } from './demoUsers';

/**
 * Demo mode: no Entra app, no Microsoft 365. The local Graph emulator issues a token for one of its
 * seeded users (`POST /demo/token`), so one can act as the leader and then as the nearest leader.
 * The chosen user is remembered in localStorage, so a reload keeps acting as the same person.
 */

// The seeded people and the remembered choice live in ./demoUsers, which the header's demo switcher
// loads without this token provider; re-exported so callers keep one place to import from.
export { DEMO_USER_STORAGE_KEY, defaultDemoUser, emulatorUrlFrom, getChosenDemoUser, listDemoUsers, setChosenDemoUser, type DemoUser } from './demoUsers';

function defaultFetch(): FetchLike {
  return (input, init) => globalThis.fetch(input, init);
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled (e.g. third-party iframe rules): the choice lasts the session
  }
}

export interface DemoProviderOptions {
  emulatorUrl: string;
  fetch?: FetchLike;
  storage?: Storage;
}

export interface DemoTokenProvider extends TokenProvider {
  readonly kind: 'demo';
  /** The user the tokens are for: the remembered choice, else the seeded leader. */
  currentUser(): Promise<string>;
  /** Act as another seeded user from now on (tokens of the previous user are dropped). */
  switchUser(userPrincipalName: string): void;
}

export function createDemoProvider(options: DemoProviderOptions): DemoTokenProvider {
  const fetchImpl = options.fetch ?? defaultFetch();
  const storage = options.storage ?? defaultStorage();
  let sessionUser: string | undefined;
  // One token per user; the emulator's tokens carry every scope, so scopes need no key here.
  const tokens = new Map<string, { token: string; expiresAt: number }>();

  async function currentUser(): Promise<string> {
    const chosen = getChosenDemoUser(storage) ?? sessionUser;
    if (chosen) return chosen;
    const first = defaultDemoUser(await listDemoUsers(options.emulatorUrl, fetchImpl));
    if (!first) throw new AuthError('unknown', { code: 'no_demo_users' });
    sessionUser = first.userPrincipalName;
    return sessionUser;
  }

  return {
    kind: 'demo',
    currentUser,
    switchUser(userPrincipalName) {
      sessionUser = userPrincipalName;
      setChosenDemoUser(userPrincipalName, storage);
      tokens.clear();
    },
    async getAccessToken() {
      const user = await currentUser();
      const cached = tokens.get(user);
      if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
      let res: Response;
      try {
        res = await fetchImpl(`${options.emulatorUrl}/demo/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userPrincipalName: user }),
        });
      } catch (cause) {
        throw new AuthError('unknown', { code: 'emulator_unreachable', cause });
      }
      if (!res.ok) throw new AuthError('unknown', { code: `demo_token_${res.status}` });
      const body = (await res.json()) as { access_token?: unknown; expires_in?: unknown };
      if (typeof body.access_token !== 'string' || !body.access_token) {
        throw new AuthError('unknown', { code: 'demo_token_missing' });
      }
      const lifetime = typeof body.expires_in === 'number' ? body.expires_in * 1000 : 60 * 60 * 1000;
      tokens.set(user, { token: body.access_token, expiresAt: Date.now() + lifetime });
      return body.access_token;
    },
  };
}
