import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';

// msal-browser does not re-export AccountFilter; this is the part of it the host hints fill.
type AccountFilter = Parameters<IPublicClientApplication['getAccount']>[0];
import type { AppConfig } from '../config';
import type { HostContext } from '../host/types';
import { needsInteraction, toAuthError } from './errors';
import { createMsalTokenProvider } from './msalFlow';
import { scopes as scopeGroups } from './scopes';
import type { TokenProvider } from './tokenProvider';

/**
 * Nested app authentication in Teams and Outlook: the host signs in, MSAL talks to it through the
 * bridge teams-js installed during `app.initialize()`, so this must be created after detectHost.
 */
export async function createNestedProvider(config: AppConfig, host: HostContext): Promise<TokenProvider> {
  const msal = await import(/* webpackChunkName: "msal" */ '@azure/msal-browser');
  let pca: IPublicClientApplication;
  try {
    pca = await msal.createNestablePublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority },
    });
  } catch (error) {
    throw toAuthError(error);
  }
  await chooseHostAccount(pca, host);
  return createMsalTokenProvider({ pca, kind: 'nested', ...(host.user?.loginHint ? { loginHint: host.user.loginHint } : {}) });
}

/**
 * The signed-in user of the host, made MSAL's active account: found among the accounts the host
 * shares (by tenant, object id and login hint), else by a silent SSO with the login hint. If neither
 * works, the first token request falls back to a popup.
 */
export async function chooseHostAccount(pca: IPublicClientApplication, host: HostContext): Promise<AccountInfo | null> {
  const { tenantId, userObjectId, loginHint } = host.user ?? {};
  const filter: AccountFilter = {
    ...(tenantId ? { tenantId } : {}),
    ...(userObjectId && tenantId ? { homeAccountId: `${userObjectId}.${tenantId}` } : {}),
    ...(loginHint ? { loginHint } : {}),
  };
  let account = Object.keys(filter).length > 0 ? pca.getAccount(filter) : null;
  if (!account) {
    try {
      const result = await pca.ssoSilent({ scopes: [...scopeGroups.profile], ...(loginHint ? { loginHint } : {}) });
      account = result.account;
    } catch (error) {
      // Interaction needed: the first getAccessToken opens the popup. Anything else is a real failure.
      if (!needsInteraction(error)) throw toAuthError(error);
    }
  }
  if (account) pca.setActiveAccount(account);
  return account;
}
