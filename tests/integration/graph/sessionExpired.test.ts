// A token that expired and could not be refreshed is a session that is over: the app says so and
// offers to sign in again ("Prøv igen" signs in), instead of blaming a missing consent.
import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { issueToken } from '../../../src/emulator/auth/tokens';
import type { DirectoryUser } from '../../../src/emulator/types';
import { createMsalTokenProvider } from '../../../src/auth/msalFlow';
import type { TokenProvider } from '../../../src/auth/tokenProvider';
import { createGraphClient } from '../../../src/graph/client';
import { isGraphAppError, type GraphAppError } from '../../../src/graph/errors';
import { getMe } from '../../../src/graph/me';
import { graphErrorWords } from '../../../src/ui/graphErrorWords';
import { METTE, startTestEmulator, type TestEmulator } from '../support/emulator';

async function failureOf(promise: Promise<unknown>): Promise<GraphAppError> {
  try {
    await promise;
  } catch (error) {
    if (isGraphAppError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

function expectSessionExpired(error: GraphAppError): void {
  expect(error.kind).toBe('sessionExpired');
  const words = graphErrorWords(error.kind);
  expect(words.da).toMatch(/log-ind er udløbet/);
  expect(words.da).toMatch(/logge ind igen/);
  expect(words.en).toMatch(/sign in again/);
  expect(words.da).not.toMatch(/samtykke|fået lov/);
}

describe('an expired session', () => {
  let t: TestEmulator;
  let expiredToken: string;
  beforeAll(async () => {
    t = await startTestEmulator();
    const state = (await (await fetch(`${t.emulator.url}/demo/state`)).json()) as { tenantId: string; users: DirectoryUser[] };
    const mette = state.users.find((u) => u.userPrincipalName === METTE)!;
    // Issued two hours ago: an hour past its lifetime, as a token left in a cache overnight.
    expiredToken = issueToken(mette, state.tenantId, Date.now() - 2 * 60 * 60 * 1000).access_token;
  });
  afterAll(() => t.close());

  const client = (tokenProvider: TokenProvider) =>
    createGraphClient({ baseUrl: t.emulator.graphUrl, tokenProvider, retry: { baseDelayMs: 10, maxTotalWaitMs: 1000 } });

  it('a 401 for an expired token says the session expired, not that consent is missing', async () => {
    const graph = client({ kind: 'demo', getAccessToken: async () => expiredToken });
    const error = await failureOf(getMe(graph));
    expect(error.status).toBe(401);
    expectSessionExpired(error);
  });

  it('a refresh that fails in MSAL (silent and the sign-in window) says the session expired', async () => {
    const account = {
      homeAccountId: 'oid.tid',
      username: METTE,
      localAccountId: 'oid',
      tenantId: 'tid',
      environment: 'login.microsoftonline.com',
    } as AccountInfo;
    const pca = {
      getActiveAccount: () => account,
      getAllAccounts: () => [account],
      setActiveAccount: () => undefined,
      acquireTokenSilent: () =>
        Promise.reject(
          Object.assign(new Error('AADSTS700082: The refresh token has expired due to inactivity.'), {
            name: 'InteractionRequiredAuthError',
            errorCode: 'invalid_grant',
          }),
        ),
      acquireTokenPopup: () => Promise.reject(Object.assign(new Error('User cancelled the flow.'), { name: 'BrowserAuthError', errorCode: 'user_cancelled' })),
    } as unknown as IPublicClientApplication;
    const graph = client(createMsalTokenProvider({ pca, kind: 'browser' }));
    expectSessionExpired(await failureOf(getMe(graph)));
  });

  it('a missing consent is still reported as such', async () => {
    const pca = {
      getActiveAccount: () => null,
      getAllAccounts: () => [],
      setActiveAccount: () => undefined,
      acquireTokenPopup: () =>
        Promise.reject(
          Object.assign(new Error('AADSTS65001: The user has not consented.'), { name: 'InteractionRequiredAuthError', errorCode: 'consent_required' }),
        ),
    } as unknown as IPublicClientApplication;
    const error = await failureOf(getMe(client(createMsalTokenProvider({ pca, kind: 'browser' }))));
    expect(error.kind).toBe('consentMissing');
  });
});
