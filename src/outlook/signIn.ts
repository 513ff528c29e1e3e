/**
 * Sign-in for the task pane, the fallback chain in one place:
 *  1. demo mode (no Entra app configured): the emulator's token, as in the tab;
 *  2. nested app authentication, where Outlook supports it (NestedAppAuth 1.1);
 *  3. otherwise the Office dialog API with our own MSAL page (dialogAuth.ts).
 */
import { chooseTokenProvider, providerKindFor } from '../auth/chooseProvider';
import type { TokenProvider } from '../auth/tokenProvider';
import type { AppConfig } from '../config';
import type { HostContext } from '../host/types';
import { createDialogTokenProvider, type OfficeDialogUi } from './dialogAuth';

/** The part of Office.js sign-in needs. */
export interface OfficeForSignIn {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui: OfficeDialogUi;
    mailbox?: { userProfile?: { emailAddress?: string } };
  };
  auth?: { getAuthContext?: () => Promise<{ tenantId?: string; userObjectId?: string; loginHint?: string; userPrincipalName?: string }> };
}

export const AUTH_DIALOG_PATH = '/authdialog.html';

/** The host context with the signed-in Outlook user as account hints, when Office can tell. */
async function withOfficeUser(office: OfficeForSignIn, host: HostContext): Promise<HostContext> {
  try {
    const auth = await office.auth?.getAuthContext?.();
    if (auth) {
      const loginHint = auth.loginHint || auth.userPrincipalName;
      return {
        ...host,
        user: {
          ...(auth.tenantId ? { tenantId: auth.tenantId } : {}),
          ...(auth.userObjectId ? { userObjectId: auth.userObjectId } : {}),
          ...(loginHint ? { loginHint } : {}),
        },
      };
    }
  } catch {
    // getAuthContext needs a newer Outlook; MSAL then finds the account by a silent SSO.
  }
  const mail = office.context.mailbox?.userProfile?.emailAddress;
  return mail ? { ...host, user: { loginHint: mail } } : host;
}

export async function createOutlookTokenProvider(config: AppConfig, host: HostContext, office: OfficeForSignIn, origin: string): Promise<TokenProvider> {
  if (providerKindFor(config, host) === 'demo') return chooseTokenProvider(config, host);
  const hinted = await withOfficeUser(office, host);
  if (office.context.requirements.isSetSupported('NestedAppAuth', '1.1')) return chooseTokenProvider(config, hinted);
  return createDialogTokenProvider({
    ui: office.context.ui,
    dialogUrl: new URL(AUTH_DIALOG_PATH, origin).toString(),
    ...(hinted.user?.loginHint ? { loginHint: hinted.user.loginHint } : {}),
  });
}
