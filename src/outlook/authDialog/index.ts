/**
 * The sign-in page shown in an Office dialog where nested app authentication is not available
 * (see ../dialogAuth.ts). It runs a standard MSAL redirect sign-in in the dialog's own window and
 * sends the token, or the error, back to the task pane with Office.context.ui.messageParent.
 *
 * The scopes come from the query string on the first load and are kept in sessionStorage until the
 * redirect returns.
 */
import { createStandardPublicClientApplication, type AuthenticationResult } from '@azure/msal-browser';
import { redirectUriFor } from '../../auth/browserProvider';
import { appConfig } from '../../config';
import { DIALOG_QUERY, type DialogAuthMessage } from '../dialogAuthMessages';

const PENDING_KEY = 'lederdialog.authdialog.request';

interface PendingRequest {
  scopes: string[];
  loginHint?: string;
}

function readRequest(): PendingRequest {
  const query = new URLSearchParams(window.location.search);
  const scopes = query.get(DIALOG_QUERY.scopes);
  if (scopes) {
    const request: PendingRequest = { scopes: scopes.split(' ').filter(Boolean) };
    const loginHint = query.get(DIALOG_QUERY.loginHint);
    if (loginHint) request.loginHint = loginHint;
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(request));
    return request;
  }
  const saved = sessionStorage.getItem(PENDING_KEY);
  return saved ? (JSON.parse(saved) as PendingRequest) : { scopes: ['User.Read'] };
}

async function reply(message: DialogAuthMessage): Promise<void> {
  sessionStorage.removeItem(PENDING_KEY);
  await Office.onReady();
  Office.context.ui.messageParent(JSON.stringify(message));
}

function success(result: AuthenticationResult): DialogAuthMessage {
  return {
    status: 'success',
    accessToken: result.accessToken,
    expiresOn: result.expiresOn ? result.expiresOn.getTime() : Date.now() + 30 * 60_000,
    scopes: result.scopes,
  };
}

async function signIn(): Promise<void> {
  const request = readRequest();
  // msal-browser 5 returns through the app's redirect bridge page, which sends the browser back
  // here (redirectStartPage), where handleRedirectPromise picks up the result.
  const redirectUri = redirectUriFor(appConfig.appOrigin || window.location.origin);
  const msal = await createStandardPublicClientApplication({
    auth: { clientId: appConfig.clientId, authority: appConfig.authority, redirectUri },
    cache: { cacheLocation: 'sessionStorage' },
  });
  try {
    const returned = await msal.handleRedirectPromise();
    if (returned) {
      await reply(success(returned));
      return;
    }
    const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
    if (account) {
      try {
        await reply(success(await msal.acquireTokenSilent({ scopes: request.scopes, account })));
        return;
      } catch {
        // Falls through to the interactive sign-in below.
      }
    }
    await msal.acquireTokenRedirect({
      scopes: request.scopes,
      redirectUri,
      redirectStartPage: window.location.href,
      ...(request.loginHint ? { loginHint: request.loginHint } : {}),
    });
  } catch (error) {
    const e = error as { errorCode?: unknown; message?: unknown };
    await reply({
      status: 'error',
      code: typeof e.errorCode === 'string' ? e.errorCode : 'unknown',
      message: typeof e.message === 'string' ? e.message : String(error),
    });
  }
}

void signIn();
