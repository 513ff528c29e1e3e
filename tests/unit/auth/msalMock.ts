/**
 * A stand-in for msal-browser at its boundary: the PublicClientApplication methods the providers
 * call, with every call recorded. Tests decide what each call answers.
 */
import type { AccountInfo } from '@azure/msal-browser';

export const account = (over: Partial<AccountInfo> = {}): AccountInfo => ({
  homeAccountId: 'oid-1.tid-1',
  environment: 'login.microsoftonline.com',
  tenantId: 'tid-1',
  username: 'mette@contoso.dk',
  localAccountId: 'oid-1',
  name: 'Mette Leder',
  ...over,
});

export function fakePca() {
  let active: AccountInfo | null = null;
  return {
    getAccount: jest.fn((_filter: unknown): AccountInfo | null => null),
    getAllAccounts: jest.fn((): AccountInfo[] => []),
    getActiveAccount: jest.fn(() => active),
    setActiveAccount: jest.fn((a: AccountInfo | null) => {
      active = a;
    }),
    ssoSilent: jest.fn(),
    acquireTokenSilent: jest.fn(),
    acquireTokenPopup: jest.fn(),
    acquireTokenRedirect: jest.fn(async () => undefined),
    handleRedirectPromise: jest.fn(async () => null),
  };
}

export type FakePca = ReturnType<typeof fakePca>;

/** msal-common's InteractionRequiredAuthError as the providers see it: name, errorCode, claims. */
export class InteractionRequired extends Error {
  override name = 'InteractionRequiredAuthError';
  constructor(
    readonly errorCode: string,
    readonly claims = '',
  ) {
    super(errorCode);
  }
}

/** msal-browser's BrowserAuthError: popup_window_error when the browser blocks the popup. */
export class BrowserAuthFailure extends Error {
  override name = 'BrowserAuthError';
  constructor(readonly errorCode: string) {
    super(errorCode);
  }
}

/** Entra's answer in a ServerError: the AADSTS code sits in the message. */
export class ServerFailure extends Error {
  override name = 'ServerError';
  constructor(
    readonly errorCode: string,
    readonly errorMessage: string,
  ) {
    super(errorMessage);
  }
}
