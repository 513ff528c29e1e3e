/** Build-time configuration injected by webpack's DefinePlugin (see scripts/config.cjs). */
export interface AppConfig {
  /** Empty in demo mode (no Entra app registered): the app then signs in to the local Graph emulator. */
  clientId: string;
  authority: string;
  graphBaseUrl: string;
  teamsAppId: string;
  appOrigin: string;
}

declare const __LEDERDIALOG_CONFIG__: AppConfig | undefined;

const fallback: AppConfig = {
  clientId: '',
  authority: 'https://login.microsoftonline.com/organizations',
  graphBaseUrl: 'http://127.0.0.1:5999/v1.0',
  teamsAppId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001',
  appOrigin: 'http://localhost:3000',
};

export const appConfig: AppConfig = typeof __LEDERDIALOG_CONFIG__ !== 'undefined' ? __LEDERDIALOG_CONFIG__ : fallback;

export const isDemoMode = (config: AppConfig = appConfig): boolean => config.clientId === '';
