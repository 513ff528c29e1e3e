/**
 * Needs a DOM: window.location.
 *
 * @jest-environment jsdom
 */
import { createBrowserProvider, redirectUriFor } from '../../../src/auth/browserProvider';
import type { AppConfig } from '../../../src/config';
import { BrowserAuthFailure, InteractionRequired, account, fakePca, type FakePca } from './msalMock';

jest.mock('@azure/msal-browser', () => ({
  createNestablePublicClientApplication: jest.fn(),
  createStandardPublicClientApplication: jest.fn(),
}));

const msal = jest.requireMock<{ createStandardPublicClientApplication: jest.Mock }>('@azure/msal-browser');

const config: AppConfig = {
  clientId: '11111111-2222-3333-4444-555555555555',
  authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  teamsAppId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001',
  appOrigin: 'https://lederdialog.example',
};

let pca: FakePca;
beforeEach(() => {
  pca = fakePca();
  msal.createStandardPublicClientApplication.mockReset().mockResolvedValue(pca);
});

it('uses the redirect bridge page on the app origin as redirect URI', async () => {
  await createBrowserProvider(config);
  expect(redirectUriFor('https://lederdialog.example')).toBe('https://lederdialog.example/auth-redirect.html');
  expect(msal.createStandardPublicClientApplication).toHaveBeenCalledWith(
    expect.objectContaining({
      auth: { clientId: config.clientId, authority: config.authority, redirectUri: 'https://lederdialog.example/auth-redirect.html' },
    }),
  );
});

it('picks up the account of a finished redirect sign-in', async () => {
  pca.handleRedirectPromise.mockResolvedValue({ accessToken: 'x', account: account() } as never);
  await createBrowserProvider(config);
  expect(pca.setActiveAccount).toHaveBeenCalledWith(account());
});

it('tries silent first with a cached account, then the popup on InteractionRequiredAuthError', async () => {
  pca.getAllAccounts.mockReturnValue([account()]);
  pca.acquireTokenSilent.mockRejectedValue(new InteractionRequired('consent_required'));
  pca.acquireTokenPopup.mockResolvedValue({ accessToken: 'popup-token', account: account() });
  const provider = await createBrowserProvider(config);
  expect(provider.kind).toBe('browser');
  await expect(provider.getAccessToken(['Tasks.ReadWrite'])).resolves.toBe('popup-token');
  expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['Tasks.ReadWrite'], account: account() });
  expect(pca.acquireTokenPopup).toHaveBeenCalledWith(expect.objectContaining({ scopes: ['Tasks.ReadWrite'], account: account() }));
});

it('keeps the scopes MSAL reports on its results, for the connection view', async () => {
  pca.getAllAccounts.mockReturnValue([account()]);
  pca.acquireTokenSilent.mockResolvedValueOnce({ accessToken: 'a', account: account(), scopes: ['User.Read', 'openid'] });
  pca.acquireTokenSilent.mockResolvedValueOnce({ accessToken: 'b', account: account(), scopes: ['User.Read', 'Files.ReadWrite'] });
  const provider = await createBrowserProvider(config);
  expect(provider.reportedScopes?.()).toEqual([]);
  await provider.getAccessToken(['User.Read']);
  await provider.getAccessToken(['Files.ReadWrite']);
  expect(provider.reportedScopes?.()).toEqual(['User.Read', 'openid', 'Files.ReadWrite']);
});

it('falls back to a full-page redirect when the browser blocks the popup', async () => {
  pca.acquireTokenPopup.mockRejectedValue(new BrowserAuthFailure('popup_window_error'));
  const provider = await createBrowserProvider(config);
  await expect(provider.getAccessToken(['User.Read'])).rejects.toMatchObject({ kind: 'popupBlocked', code: 'redirecting' });
  expect(pca.acquireTokenRedirect).toHaveBeenCalledWith(expect.objectContaining({ scopes: ['User.Read'], redirectStartPage: window.location.href }));
});
