import { AuthError, toAuthError } from './errors';
import type { TokenProvider } from './tokenProvider';
import { defaultDemoUser, defaultFetch, defaultStorage, getChosenDemoUser, listDemoUsers, setChosenDemoUser, type FetchLike } from './demoUsers';

/**
 * Demo mode: no Entra app, no Microsoft 365. The local Graph emulator issues a token for one of its
 * seeded users (`POST /demo/token`), so one can act as the leader and then as the nearest leader.
 * The chosen user is remembered in localStorage, so a reload keeps acting as the same person.
 */

// The seeded people and the remembered choice live in ./demoUsers, which the header's demo switcher
// loads without this token provider; re-exported so callers keep one place to import from.
export { DEMO_USER_STORAGE_KEY, emulatorUrlFrom, getChosenDemoUser, listDemoUsers, type DemoUser } from './demoUsers';

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
