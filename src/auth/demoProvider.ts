import { AuthError, toAuthError } from './errors';
import type { TokenProvider } from './tokenProvider';

/**
 * Demo mode: no Entra app, no Microsoft 365. The local Graph emulator issues a token for one of its
 * seeded users (`POST /demo/token`), so one can act as the leader and then as the nearest leader.
 * The chosen user is remembered in localStorage, so a reload keeps acting as the same person.
 */

export interface DemoUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  jobTitle?: string;
  /** The emulator's seed role: 'leader', 'nearestLeader', 'leaderOfLeaders', … */
  role?: string;
}

/** Whom the demo acts as before anyone is chosen: the seeded leader, who prepares the dialogue. */
export function defaultDemoUser(users: readonly DemoUser[]): DemoUser | undefined {
  return users.find((u) => u.role === 'leader') ?? users[0];
}

export const DEMO_USER_STORAGE_KEY = 'lederdialog.demoUser';

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The emulator's root URL, from the Graph base URL it serves under `/v1.0`. */
export function emulatorUrlFrom(graphBaseUrl: string): string {
  return new URL(graphBaseUrl).origin;
}

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

/** The seeded users the emulator offers (`GET /demo/users`). */
export async function listDemoUsers(emulatorUrl: string, fetchImpl: FetchLike = defaultFetch()): Promise<DemoUser[]> {
  const res = await fetchImpl(`${emulatorUrl}/demo/users`, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /demo/users answered ${res.status}`);
  const body: unknown = await res.json();
  const list = Array.isArray(body) ? body : (body as { value?: unknown }).value;
  if (!Array.isArray(list)) throw new Error('GET /demo/users returned no list of users');
  return list.filter((u): u is DemoUser => typeof u === 'object' && u !== null && typeof (u as DemoUser).userPrincipalName === 'string');
}

/** The demo user chosen earlier in this browser, if any. */
export function getChosenDemoUser(storage: Storage | undefined = defaultStorage()): string | undefined {
  try {
    return storage?.getItem(DEMO_USER_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers which seeded user the demo acts as. */
export function setChosenDemoUser(userPrincipalName: string, storage: Storage | undefined = defaultStorage()): void {
  try {
    storage?.setItem(DEMO_USER_STORAGE_KEY, userPrincipalName);
  } catch {
    // Not remembered across reloads; the provider still uses it for this session.
  }
}

/**
 * Tenant and object id of an emulator token (its own JWT, `tid` and `oid` claims). Only the demo
 * reads its token: a real Graph token is opaque to the app, which takes the account from MSAL.
 */
export function accountOfDemoToken(token: string): { tenantId: string; objectId: string } | undefined {
  try {
    const part = token.split('.')[1] ?? '';
    const json = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as { tid?: unknown; oid?: unknown };
    return typeof json.tid === 'string' && typeof json.oid === 'string' && json.tid && json.oid ? { tenantId: json.tid, objectId: json.oid } : undefined;
  } catch {
    return undefined;
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

interface CachedToken {
  token: string;
  expiresAt: number;
  /** What the emulator says the token carries (`scope` of its answer, as in Entra's). */
  scopes: ReadonlySet<string>;
}

/** The emulator's refusal as MSAL would report it (e.g. AADSTS90094, "Need admin approval"). */
async function refusal(res: Response): Promise<AuthError> {
  let code: string | undefined;
  let message: string | undefined;
  try {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
    code = typeof body.error?.code === 'string' ? body.error.code : undefined;
    message = typeof body.error?.message === 'string' ? body.error.message : undefined;
  } catch {
    /* no body: an unknown refusal */
  }
  if (code === 'consent_required') return toAuthError({ errorCode: code, errorMessage: message });
  return new AuthError('unknown', { code: `demo_token_${res.status}` });
}

export function createDemoProvider(options: DemoProviderOptions): DemoTokenProvider {
  const fetchImpl = options.fetch ?? defaultFetch();
  const storage = options.storage ?? defaultStorage();
  let sessionUser: string | undefined;
  // Per user, the tokens issued so far: one is reused when it carries every scope asked for. The
  // emulator grants per request what the user and the tenant's admin consented to, as Entra does,
  // so the scopes are sent with every token request (and show in its request log).
  const tokens = new Map<string, CachedToken[]>();

  async function currentUser(): Promise<string> {
    const chosen = getChosenDemoUser(storage) ?? sessionUser;
    if (chosen) return chosen;
    const first = defaultDemoUser(await listDemoUsers(options.emulatorUrl, fetchImpl));
    if (!first) throw new AuthError('unknown', { code: 'no_demo_users' });
    sessionUser = first.userPrincipalName;
    return sessionUser;
  }

  let lastToken: string | undefined;
  return {
    kind: 'demo',
    currentUser,
    signedInTenant: () => (lastToken ? accountOfDemoToken(lastToken)?.tenantId : undefined),
    switchUser(userPrincipalName) {
      sessionUser = userPrincipalName;
      setChosenDemoUser(userPrincipalName, storage);
      tokens.clear();
    },
    async getAccessToken(scopes) {
      const user = await currentUser();
      const fresh = (tokens.get(user) ?? []).filter((t) => t.expiresAt > Date.now() + 60_000);
      const cached = fresh.find((t) => scopes.every((s) => t.scopes.has(s)));
      if (cached) return (lastToken = cached.token);
      let res: Response;
      try {
        res = await fetchImpl(`${options.emulatorUrl}/demo/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userPrincipalName: user, scopes: [...scopes] }),
        });
      } catch (cause) {
        throw new AuthError('unknown', { code: 'emulator_unreachable', cause });
      }
      if (!res.ok) throw await refusal(res);
      const body = (await res.json()) as { access_token?: unknown; expires_in?: unknown; scope?: unknown };
      if (typeof body.access_token !== 'string' || !body.access_token) {
        throw new AuthError('unknown', { code: 'demo_token_missing' });
      }
      const lifetime = typeof body.expires_in === 'number' ? body.expires_in * 1000 : 60 * 60 * 1000;
      const granted = typeof body.scope === 'string' ? body.scope.split(' ').filter(Boolean) : scopes;
      tokens.set(user, [...fresh, { token: body.access_token, expiresAt: Date.now() + lifetime, scopes: new Set([...granted, ...scopes]) }]);
      return (lastToken = body.access_token);
    },
  };
}
