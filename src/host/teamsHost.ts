import type { app } from '@microsoft/teams-js';
import { contractIdFromLocation } from './deepLink';
import type { HostContext, HostKind, HostTheme } from './types';

/** The part of teams-js `app` the tab uses; the module itself is loaded lazily by detectHost. */
export type TeamsApp = Pick<typeof app, 'initialize' | 'getContext' | 'registerOnThemeChangeHandler' | 'notifySuccess'>;

/** Teams reports 'default' | 'dark' | 'contrast'; anything unknown is treated as light. */
export function teamsTheme(theme: string | undefined): HostTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/**
 * Outlook (web and Windows) shows personal tabs too and reports itself in `app.host.name`;
 * Teams, the Microsoft 365 app ('Office') and anything newer run the tab the Teams way.
 */
export function hostKindFromName(name: string | undefined): HostKind {
  return name?.toLowerCase().startsWith('outlook') ? 'outlook' : 'teams';
}

/**
 * The host context once teams-js has initialised. teams-js keeps only one theme handler, so it is
 * registered once here and fans out to every subscriber.
 */
export function teamsHostContext(teamsApp: TeamsApp, context: app.Context, win: Window): HostContext {
  const listeners = new Set<(theme: HostTheme) => void>();
  teamsApp.registerOnThemeChangeHandler((theme) => {
    for (const listener of listeners) listener(teamsTheme(theme));
  });
  const contractId = context.page.subPageId?.trim() || contractIdFromLocation(win.location);
  const user = {
    ...(context.user?.tenant?.id ? { tenantId: context.user.tenant.id } : {}),
    ...(context.user?.id ? { userObjectId: context.user.id } : {}),
    ...(context.user?.loginHint || context.user?.userPrincipalName ? { loginHint: context.user.loginHint || context.user.userPrincipalName } : {}),
  };
  let notified = false;
  return {
    kind: hostKindFromName(context.app.host.name),
    locale: context.app.locale || win.navigator.language,
    theme: teamsTheme(context.app.theme),
    ...(contractId ? { contractId } : {}),
    ...(context.page.frameContext ? { frameContext: String(context.page.frameContext) } : {}),
    user,
    onThemeChange(handler) {
      listeners.add(handler);
      return () => listeners.delete(handler);
    },
    notifySuccess() {
      // Teams shows its own loading indicator until this arrives; once is enough.
      if (notified) return;
      notified = true;
      void Promise.resolve(teamsApp.notifySuccess()).catch(() => undefined);
    },
  };
}
