/**
 * The ONE place the app connects to Microsoft 365: the token provider (chooseTokenProvider) and the
 * Graph client are created lazily, on the first screen that needs them, and shared by every later
 * one through `useMicrosoft365()` — so a session signs in once, not once per feature.
 *
 * Everything heavy (MSAL, the Graph SDK, teams-js) is imported dynamically here, so a screen that
 * merely imports this hook adds nothing to the first-screen bundle.
 *
 * In demo mode the session belongs to the chosen seeded user: when the demo user switch picks
 * another person (stored in localStorage, also from another tab) the session is dropped and the
 * next use connects as the new user. `resetMicrosoft365()` does the same on request.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { appConfig, isDemoMode } from '../config';
import type { TokenProvider } from '../auth/tokenProvider';
import type { ErrorStrings } from '../content/errorStrings';
import { bothLanguages, type LocalizedText } from '../domain/localized';
import type { GraphClient } from '../graph/client';
import type { Me } from '../graph/types';
import { accountKeyOf, activeAccount, rememberSignedInAccount } from '../store/accountStorage';
import { microsoft365Host, otherAccountSignedIn, setMicrosoft365Host } from './m365Wiring';

export type Microsoft365Status = 'idle' | 'connecting' | 'ready' | 'error';

export interface Microsoft365 {
  status: Microsoft365Status;
  /** Set once status is 'ready'. */
  graph?: GraphClient;
  /** The signed-in person (`GET /me`). */
  me?: Me;
  /** The token source behind `graph` (set with it): the connection view reads which scopes a token carries. */
  tokenProvider?: TokenProvider;
  /** Why connecting failed, in Danish and English. */
  error?: LocalizedText;
  /** Connect again after an error (or a sign-in the user cancelled). */
  retry(): void;
}

/** Kept in step with src/auth/demoProvider.ts DEMO_USER_STORAGE_KEY (not imported: that module is a lazy chunk). */
const DEMO_USER_KEY = 'lederdialog.demoUser';

type Snapshot = Omit<Microsoft365, 'retry'>;

let snapshot: Snapshot = { status: 'idle' };
/** Whose session the snapshot is (the demo user in demo mode; '' otherwise). */
let sessionKey: string | null = null;
/** Bumped by every reset, so an answer for an abandoned session is ignored. */
let generation = 0;
const listeners = new Set<() => void>();

function emit(next: Snapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

function currentKey(): string {
  if (!isDemoMode(appConfig)) return '';
  try {
    return globalThis.localStorage?.getItem(DEMO_USER_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Forget the session: the next use signs in again (the demo user switch, sign-out). */
export function resetMicrosoft365(): void {
  generation += 1;
  sessionKey = null;
  emit({ status: 'idle' });
}

async function connect(): Promise<{ graph: GraphClient; me: Me; tokenProvider: TokenProvider }> {
  const [{ chooseTokenProvider }, { createGraphClient }, { getMe }] = await Promise.all([
    import(/* webpackChunkName: "m365" */ '../auth/chooseProvider'),
    import(/* webpackChunkName: "m365" */ '../graph/client'),
    import(/* webpackChunkName: "m365" */ '../graph/me'),
  ]);
  const host = microsoft365Host() ?? (await (await import(/* webpackChunkName: "m365" */ '../host/detectHost')).detectHost());
  const tokenProvider = await chooseTokenProvider(appConfig, host);
  const graph = createGraphClient({ baseUrl: appConfig.graphBaseUrl, tokenProvider });
  const me = await getMe(graph);
  checkAccount(tokenProvider.signedInTenant?.() ?? host.user?.tenantId, me);
  return { graph, me, tokenProvider };
}

/** The local records are the signed-in account's, or the guard is told (src/store/accountStorage.ts). */
function checkAccount(tenantId: string | undefined, me: Me): void {
  if (!tenantId || !me.id) return;
  const account = accountKeyOf({ tenantId, objectId: me.id });
  rememberSignedInAccount(account, me.userPrincipalName);
  if (activeAccount() !== account) otherAccountSignedIn(account);
}

/** The words for a failed connection; they load with the rest of the connecting code (the "m365" chunk). */
async function errorText(thrown: unknown): Promise<LocalizedText> {
  const error = (thrown as { name?: unknown; kind?: unknown } | null) ?? {};
  // Duck-typed, so this first-screen module pulls in neither src/graph nor src/auth: GraphAppError
  // and AuthError each carry a kind, whose words are errorStrings' (neither layer has any).
  const { errorStrings } = await import(/* webpackChunkName: "m365" */ '../content/errorStrings');
  const graphKind = error.name === 'GraphAppError' ? (error.kind as keyof ErrorStrings['graph']) : undefined;
  const authKind = error.name === 'AuthError' ? (error.kind as keyof ErrorStrings['auth']) : undefined;
  return bothLanguages(
    (locale) => (graphKind && errorStrings[locale].graph[graphKind]) || (authKind && errorStrings[locale].auth[authKind]) || errorStrings[locale].connectFailed,
  );
}

/**
 * Start connecting when there is no session for the current user. A failed session stays failed
 * until `retry()`, so an error is shown instead of being retried in a loop.
 */
export function ensureMicrosoft365(): void {
  const key = currentKey();
  if (sessionKey !== null && sessionKey !== key) resetMicrosoft365();
  if (snapshot.status !== 'idle') return;
  sessionKey = key;
  const mine = ++generation;
  emit({ status: 'connecting' });
  connect().then(
    ({ graph, me, tokenProvider }) => {
      if (mine === generation) emit({ status: 'ready', graph, me, tokenProvider });
    },
    (thrown: unknown) => {
      // Without the words (their chunk did not load either), Graph's or the browser's own message.
      void errorText(thrown)
        .catch(() => bothLanguages(() => String(thrown)))
        .then((error) => mine === generation && emit({ status: 'error', error }));
    },
  );
}

function retry(): void {
  resetMicrosoft365();
  ensureMicrosoft365();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab (or the demo switch before its reload) chose another demo user: start over.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === DEMO_USER_KEY && sessionKey !== null && sessionKey !== currentKey()) resetMicrosoft365();
  });
}

/**
 * The Microsoft 365 session for this screen: connects on first use, re-renders when it is ready or
 * fails. Safe to call from any number of components; they share one session.
 */
export function useMicrosoft365(): Microsoft365 {
  const state = useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => snapshot,
  );
  useEffect(() => {
    ensureMicrosoft365();
  }, [state.status]);
  return { ...state, retry };
}

/** For tests: drop the session and any host override. */
export function __resetMicrosoft365ForTests(): void {
  setMicrosoft365Host(undefined);
  resetMicrosoft365();
}
