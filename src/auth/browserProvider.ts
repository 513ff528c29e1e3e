import type { AppConfig } from '../config';
import { AuthError, toAuthError } from './errors';
import { createMsalTokenProvider } from './msalFlow';
import type { TokenProvider } from './tokenProvider';

/** The page msal-browser 5 returns to after a popup or redirect (built from src/auth/redirect.ts). */
export const AUTH_REDIRECT_PATH = '/auth-redirect.html';

export function redirectUriFor(appOrigin: string): string {
  return new URL(AUTH_REDIRECT_PATH, appOrigin).toString();
}

/**
 * A plain browser against real Microsoft 365: a standard PublicClientApplication, popup first and a
 * full-page redirect when the browser blocks popups. Local drafts are autosaved, so leaving the page
 * for the sign-in loses nothing.
 */
export async function createBrowserProvider(config: AppConfig, win: Window = window): Promise<TokenProvider> {
  const msal = await import(/* webpackChunkName: "msal" */ '@azure/msal-browser');
  const redirectUri = redirectUriFor(config.appOrigin || win.location.origin);
  let pca;
  try {
    pca = await msal.createStandardPublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority, redirectUri },
      cache: { cacheLocation: 'localStorage' },
    });
    // Returning from a redirect sign-in: pick up its result and account.
    const result = await pca.handleRedirectPromise();
    if (result?.account) pca.setActiveAccount(result.account);
  } catch (error) {
    throw toAuthError(error);
  }
  const client = pca;
  return createMsalTokenProvider({
    pca: client,
    kind: 'browser',
    async onPopupBlocked(request) {
      await client.acquireTokenRedirect({ ...request, redirectStartPage: win.location.href });
      // The page is navigating to the sign-in; this caller never gets a token from this page.
      throw new AuthError('popupBlocked', { code: 'redirecting' });
    },
  });
}
