import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { needsInteraction, toAuthError } from './errors';
import type { TokenProvider } from './tokenProvider';

/**
 * The token sequence both MSAL providers share, spelled out in one place:
 * silent first (cache, refresh token, hidden iframe or the host's broker), then a popup when MSAL
 * says the user must act; consent and claims challenges ride along on that popup.
 */
export interface MsalFlowOptions {
  pca: IPublicClientApplication;
  kind: TokenProvider['kind'];
  /** A hint for the popup when no account is known yet (Teams/Outlook login hint). */
  loginHint?: string;
  /** What to do when the browser blocks the popup; by default the AuthError 'popupBlocked'. */
  onPopupBlocked?: (request: { scopes: string[]; claims?: string; loginHint?: string }) => Promise<never>;
}

function isPopupBlocked(error: unknown): boolean {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return code === 'popup_window_error' || code === 'empty_window_error';
}

export function createMsalTokenProvider(options: MsalFlowOptions): TokenProvider {
  const { pca } = options;
  // MSAL allows one interaction at a time; callers that need one at the same moment wait in line.
  let interaction: Promise<unknown> = Promise.resolve();
  // What Entra said each token carries, kept for the connection view (a real token is opaque to the app).
  const reported = new Set<string>();

  function account(): AccountInfo | null {
    return pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
  }

  function remember(result: AuthenticationResult): string {
    if (result.account) pca.setActiveAccount(result.account);
    for (const scope of result.scopes ?? []) reported.add(scope);
    return result.accessToken;
  }

  async function interactively(scopes: string[], claims: string | undefined): Promise<string> {
    const current = account();
    const loginHint = current?.username || options.loginHint;
    const request = {
      scopes,
      ...(claims ? { claims } : {}),
      ...(current ? { account: current } : {}),
      ...(loginHint ? { loginHint } : {}),
    };
    try {
      return remember(await pca.acquireTokenPopup(request));
    } catch (error) {
      if (isPopupBlocked(error) && options.onPopupBlocked) {
        return options.onPopupBlocked({ scopes, ...(claims ? { claims } : {}), ...(loginHint ? { loginHint } : {}) });
      }
      throw toAuthError(error);
    }
  }

  return {
    kind: options.kind,
    signedInTenant: () => account()?.tenantId || undefined,
    reportedScopes: () => [...reported],
    async getAccessToken(requested, tokenOptions) {
      const scopes = [...requested];
      const claims = tokenOptions?.claims;
      const current = account();
      if (current) {
        try {
          return remember(await pca.acquireTokenSilent({ scopes, account: current, ...(claims ? { claims } : {}) }));
        } catch (error) {
          if (!needsInteraction(error)) throw toAuthError(error);
          // A claims challenge from Entra (e.g. MFA by conditional access) comes back on the error.
          const challenge = (error as { claims?: unknown }).claims;
          const next = interaction.then(() => interactively(scopes, typeof challenge === 'string' && challenge ? challenge : claims));
          interaction = next.catch(() => undefined);
          return next;
        }
      }
      const next = interaction.then(() => interactively(scopes, claims));
      interaction = next.catch(() => undefined);
      return next;
    },
  };
}
