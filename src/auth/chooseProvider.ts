import type { AppConfig } from '../config';
import type { HostContext } from '../host/types';
import type { TokenProvider } from './tokenProvider';

export type ProviderKind = TokenProvider['kind'];

/**
 * Which sign-in fits: the emulator's demo token when no Entra app is configured (the same build
 * then never talks to Microsoft), nested app auth inside Teams, Outlook and the Office add-in, and
 * a normal MSAL flow in a plain browser.
 */
export function providerKindFor(config: Pick<AppConfig, 'clientId'>, host: Pick<HostContext, 'kind'>): ProviderKind {
  if (!config.clientId) return 'demo';
  return host.kind === 'browser' ? 'browser' : 'nested';
}

/**
 * Creates the token provider for this start-up. Each implementation is its own lazily loaded chunk,
 * so MSAL is fetched only when it is needed and never in demo mode.
 */
export async function chooseTokenProvider(config: AppConfig, host: HostContext): Promise<TokenProvider> {
  switch (providerKindFor(config, host)) {
    case 'demo': {
      const { createDemoProvider, emulatorUrlFrom } = await import(/* webpackChunkName: "auth-demo" */ './demoProvider');
      return createDemoProvider({ emulatorUrl: emulatorUrlFrom(config.graphBaseUrl) });
    }
    case 'nested': {
      const { createNestedProvider } = await import(/* webpackChunkName: "auth-nested" */ './nestedProvider');
      return createNestedProvider(config, host);
    }
    case 'browser': {
      const { createBrowserProvider } = await import(/* webpackChunkName: "auth-browser" */ './browserProvider');
      return createBrowserProvider(config);
    }
  }
}
