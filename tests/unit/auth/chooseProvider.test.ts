import { chooseTokenProvider, providerKindFor } from '../../../src/auth/chooseProvider';
import type { AppConfig } from '../../../src/config';
import type { HostContext, HostKind } from '../../../src/host/types';

jest.mock('../../../src/auth/nestedProvider', () => ({
  createNestedProvider: jest.fn(async () => ({ kind: 'nested', getAccessToken: jest.fn() })),
}));
jest.mock('../../../src/auth/browserProvider', () => ({
  createBrowserProvider: jest.fn(async () => ({ kind: 'browser', getAccessToken: jest.fn() })),
}));

const config = (clientId: string): AppConfig => ({
  clientId,
  authority: 'https://login.microsoftonline.com/organizations',
  graphBaseUrl: 'http://127.0.0.1:5999/v1.0',
  teamsAppId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001',
  appOrigin: 'http://localhost:3000',
});

const host = (kind: HostKind): HostContext => ({
  kind,
  locale: 'da-DK',
  theme: 'default',
  onThemeChange: () => () => undefined,
  notifySuccess: () => undefined,
});

describe('providerKindFor', () => {
  it.each<[string, HostKind, string]>([
    ['', 'browser', 'demo'],
    ['', 'teams', 'demo'],
    ['', 'outlook', 'demo'],
    ['', 'officeAddin', 'demo'],
    ['11111111-2222-3333-4444-555555555555', 'teams', 'nested'],
    ['11111111-2222-3333-4444-555555555555', 'outlook', 'nested'],
    ['11111111-2222-3333-4444-555555555555', 'officeAddin', 'nested'],
    ['11111111-2222-3333-4444-555555555555', 'browser', 'browser'],
  ])('client id %p in %s → %s', (clientId, kind, expected) => {
    expect(providerKindFor({ clientId }, { kind })).toBe(expected);
  });
});

describe('chooseTokenProvider', () => {
  it('gives the demo provider pointed at the emulator when no client id is configured', async () => {
    const provider = await chooseTokenProvider(config(''), host('teams'));
    expect(provider.kind).toBe('demo');
    const { createNestedProvider } = jest.requireMock('../../../src/auth/nestedProvider');
    expect(createNestedProvider).not.toHaveBeenCalled();
  });

  it('creates nested app auth in Teams with the config and host context', async () => {
    const h = host('teams');
    const provider = await chooseTokenProvider(config('11111111-2222-3333-4444-555555555555'), h);
    expect(provider.kind).toBe('nested');
    const { createNestedProvider } = jest.requireMock('../../../src/auth/nestedProvider');
    expect(createNestedProvider).toHaveBeenCalledWith(expect.objectContaining({ clientId: '11111111-2222-3333-4444-555555555555' }), h);
  });

  it('creates the browser MSAL flow in a plain browser, with the configuration, and no nested auth', async () => {
    const { createNestedProvider } = jest.requireMock('../../../src/auth/nestedProvider');
    const { createBrowserProvider } = jest.requireMock('../../../src/auth/browserProvider');
    createNestedProvider.mockClear();
    createBrowserProvider.mockClear();
    const configured = config('11111111-2222-3333-4444-555555555555');
    const provider = await chooseTokenProvider(configured, host('browser'));
    // The provider is the one createBrowserProvider made from this configuration, not another's.
    expect(createBrowserProvider).toHaveBeenCalledTimes(1);
    expect(createBrowserProvider).toHaveBeenCalledWith(configured);
    expect(provider).toBe(await createBrowserProvider.mock.results[0].value);
    expect(createNestedProvider).not.toHaveBeenCalled();
  });
});
