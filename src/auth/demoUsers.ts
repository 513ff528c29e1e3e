/**
 * The demo's seeded people (`GET /demo/users` on the Graph emulator) and which of them this browser
 * acts as (localStorage). Kept apart from the demo token provider (./demoProvider) so that the
 * header's demo switcher, on the first screen of a demo build, loads only these few lines.
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

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The emulator's root URL, from the Graph base URL it serves under `/v1.0`. */
export function emulatorUrlFrom(graphBaseUrl: string): string {
  return new URL(graphBaseUrl).origin;
}

/** The global fetch, looked up when called (a test may replace it). */
export function defaultFetch(): FetchLike {
  return (input, init) => globalThis.fetch(input, init);
}

/** localStorage where the browser allows it. */
export function defaultStorage(): Storage | undefined {
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
