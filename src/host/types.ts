/** What the app needs to know about where it runs. Implemented in src/host/detectHost.ts. */
export type HostKind = 'teams' | 'outlook' | 'officeAddin' | 'browser';
export type HostTheme = 'default' | 'dark' | 'contrast';

export interface HostContext {
  kind: HostKind;
  /** BCP-47 locale from the host (Teams context.app.locale) or the browser (navigator.language). */
  locale: string;
  theme: HostTheme;
  /** Contract id to open at start-up: Teams context.page.subPageId, or ?contract=<id> in a browser. */
  contractId?: string;
  /** Teams frame context, e.g. 'content' or 'meetingSidePanel'. */
  frameContext?: string;
  /** Hints for choosing the signed-in account (Teams/Outlook only). */
  user?: { tenantId?: string; userObjectId?: string; loginHint?: string };
  /** Subscribe to live theme changes; returns an unsubscribe function. */
  onThemeChange(handler: (theme: HostTheme) => void): () => void;
  /** Tell the host the app has loaded (teams-js app.notifySuccess); a no-op in a browser. */
  notifySuccess(): void;
}
