import { errorStrings } from '../../../src/content/errorStrings';
import { AuthError } from '../../../src/auth/errors';
import { createNestedProvider } from '../../../src/auth/nestedProvider';
import type { AppConfig } from '../../../src/config';
import type { HostContext } from '../../../src/host/types';
import { BrowserAuthFailure, InteractionRequired, ServerFailure, account, fakePca, type FakePca } from './msalMock';

jest.mock('@azure/msal-browser', () => ({
  createNestablePublicClientApplication: jest.fn(),
  createStandardPublicClientApplication: jest.fn(),
}));

const msal = jest.requireMock<{ createNestablePublicClientApplication: jest.Mock }>('@azure/msal-browser');

const config: AppConfig = {
  clientId: '11111111-2222-3333-4444-555555555555',
  authority: 'https://login.microsoftonline.com/organizations',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  teamsAppId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001',
  appOrigin: 'https://lederdialog.example',
};

const teams: HostContext = {
  kind: 'teams',
  locale: 'da-DK',
  theme: 'default',
  user: { tenantId: 'tid-1', userObjectId: 'oid-1', loginHint: 'mette@contoso.dk' },
  onThemeChange: () => () => undefined,
  notifySuccess: () => undefined,
};

let pca: FakePca;
beforeEach(() => {
  pca = fakePca();
  msal.createNestablePublicClientApplication.mockReset().mockResolvedValue(pca);
});

const token = (t: string, a = account()) => ({ accessToken: t, account: a });

it('creates the nestable PCA with the configured client id and authority', async () => {
  pca.getAccount.mockReturnValue(account());
  await createNestedProvider(config, teams);
  expect(msal.createNestablePublicClientApplication).toHaveBeenCalledWith({
    auth: { clientId: config.clientId, authority: config.authority },
  });
});

it("chooses the host's account from tenant, object id and login hint and makes it active", async () => {
  pca.getAccount.mockReturnValue(account());
  await createNestedProvider(config, teams);
  expect(pca.getAccount).toHaveBeenCalledWith({ tenantId: 'tid-1', homeAccountId: 'oid-1.tid-1', loginHint: 'mette@contoso.dk' });
  expect(pca.ssoSilent).not.toHaveBeenCalled();
  expect(pca.setActiveAccount).toHaveBeenCalledWith(account());
});

it('falls back to ssoSilent with the login hint when the host shares no matching account', async () => {
  pca.ssoSilent.mockResolvedValue(token('sso'));
  await createNestedProvider(config, teams);
  expect(pca.ssoSilent).toHaveBeenCalledWith({ scopes: ['User.Read'], loginHint: 'mette@contoso.dk' });
  expect(pca.getActiveAccount()).toEqual(account());
});

it('gets the token silently for exactly the scopes asked, without a popup', async () => {
  pca.getAccount.mockReturnValue(account());
  pca.acquireTokenSilent.mockResolvedValue(token('silent-token'));
  const provider = await createNestedProvider(config, teams);
  await expect(provider.getAccessToken(['Calendars.ReadWrite'])).resolves.toBe('silent-token');
  expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['Calendars.ReadWrite'], account: account() });
  expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
});

it('opens a popup only after silent fails with InteractionRequiredAuthError, passing its claims', async () => {
  pca.getAccount.mockReturnValue(account());
  const challenge = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
  pca.acquireTokenSilent.mockRejectedValue(new InteractionRequired('interaction_required', challenge));
  pca.acquireTokenPopup.mockResolvedValue(token('popup-token'));
  const provider = await createNestedProvider(config, teams);
  await expect(provider.getAccessToken(['Chat.Create', 'ChatMessage.Send'])).resolves.toBe('popup-token');
  expect(pca.acquireTokenSilent.mock.invocationCallOrder[0]).toBeLessThan(pca.acquireTokenPopup.mock.invocationCallOrder[0]!);
  expect(pca.acquireTokenPopup).toHaveBeenCalledWith(
    expect.objectContaining({ scopes: ['Chat.Create', 'ChatMessage.Send'], claims: challenge, loginHint: 'mette@contoso.dk' }),
  );
});

it("passes a caller's claims challenge (from a Graph 401) to the silent request", async () => {
  pca.getAccount.mockReturnValue(account());
  pca.acquireTokenSilent.mockResolvedValue(token('fresh'));
  const provider = await createNestedProvider(config, teams);
  await provider.getAccessToken(['Files.ReadWrite'], { claims: '{"access_token":{"nbf":{"essential":true}}}' });
  expect(pca.acquireTokenSilent).toHaveBeenCalledWith(expect.objectContaining({ claims: '{"access_token":{"nbf":{"essential":true}}}' }));
});

it('lets two callers that both need interaction share one popup at a time', async () => {
  pca.getAccount.mockReturnValue(account());
  pca.acquireTokenSilent.mockRejectedValue(new InteractionRequired('consent_required'));
  let open = 0;
  let maxOpen = 0;
  pca.acquireTokenPopup.mockImplementation(async () => {
    open += 1;
    maxOpen = Math.max(maxOpen, open);
    await new Promise((r) => setTimeout(r, 5));
    open -= 1;
    return token('t');
  });
  const provider = await createNestedProvider(config, teams);
  await Promise.all([provider.getAccessToken(['Calendars.ReadWrite']), provider.getAccessToken(['Files.ReadWrite'])]);
  expect(pca.acquireTokenPopup).toHaveBeenCalledTimes(2);
  expect(maxOpen).toBe(1);
});

it('does not open a popup for errors that are not about interaction', async () => {
  pca.getAccount.mockReturnValue(account());
  pca.acquireTokenSilent.mockRejectedValue(new ServerFailure('invalid_grant', 'AADSTS53003: Access has been blocked by Conditional Access policies.'));
  const provider = await createNestedProvider(config, teams);
  const error = await provider.getAccessToken(['User.Read']).catch((e: unknown) => e);
  expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  expect(error).toBeInstanceOf(AuthError);
  expect(error).toMatchObject({ kind: 'blocked', code: 'AADSTS53003' });
  expect(errorStrings.da.auth[(error as AuthError).kind]).toMatch(/blokeret af din organisation/);
  expect(errorStrings.en.auth[(error as AuthError).kind]).toMatch(/blocked by your organisation/);
});

it('reports a blocked sign-in from the popup as a clear AuthError', async () => {
  pca.getAccount.mockReturnValue(account());
  pca.acquireTokenSilent.mockRejectedValue(new InteractionRequired('interaction_required'));
  pca.acquireTokenPopup.mockRejectedValue(new ServerFailure('access_denied', 'AADSTS50105: The signed in user is not assigned to a role for the application.'));
  const provider = await createNestedProvider(config, teams);
  await expect(provider.getAccessToken(['User.Read'])).rejects.toMatchObject({ name: 'AuthError', kind: 'blocked' });
});

it('reports a blocked popup window as popupBlocked', async () => {
  pca.getAccount.mockReturnValue(account());
  pca.acquireTokenSilent.mockRejectedValue(new InteractionRequired('interaction_required'));
  pca.acquireTokenPopup.mockRejectedValue(new BrowserAuthFailure('popup_window_error'));
  const provider = await createNestedProvider(config, teams);
  await expect(provider.getAccessToken(['User.Read'])).rejects.toMatchObject({ kind: 'popupBlocked' });
});

it('goes straight to the popup when no account could be chosen, with the host login hint', async () => {
  pca.ssoSilent.mockRejectedValue(new InteractionRequired('login_required'));
  pca.acquireTokenPopup.mockResolvedValue(token('popup'));
  const provider = await createNestedProvider(config, teams);
  await expect(provider.getAccessToken(['User.Read'])).resolves.toBe('popup');
  expect(pca.acquireTokenSilent).not.toHaveBeenCalled();
  expect(pca.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ['User.Read'], loginHint: 'mette@contoso.dk' });
  expect(pca.getActiveAccount()).toEqual(account());
});

it('turns a failure to create the nestable PCA into an AuthError', async () => {
  msal.createNestablePublicClientApplication.mockRejectedValue(new ServerFailure('unauthorized_client', 'AADSTS700016'));
  await expect(createNestedProvider(config, teams)).rejects.toMatchObject({ kind: 'blocked' });
});
