/**
 * The one message the sign-in dialog page sends back to the task pane (Office.context.ui.messageParent
 * takes a string, so it travels as JSON). Shared by both sides so they cannot drift apart.
 */
export type DialogAuthMessage =
  { status: 'success'; accessToken: string; /** epoch ms */ expiresOn: number; scopes: string[] } | { status: 'error'; code: string; message: string };

export function parseDialogAuthMessage(raw: string): DialogAuthMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (v.status === 'success' && typeof v.accessToken === 'string' && v.accessToken && typeof v.expiresOn === 'number') {
    const scopes = Array.isArray(v.scopes) ? v.scopes.filter((s): s is string => typeof s === 'string') : [];
    return { status: 'success', accessToken: v.accessToken, expiresOn: v.expiresOn, scopes };
  }
  if (v.status === 'error') {
    return { status: 'error', code: typeof v.code === 'string' ? v.code : 'unknown', message: typeof v.message === 'string' ? v.message : '' };
  }
  return null;
}

/** Query parameters the task pane passes to the dialog page. */
export const DIALOG_QUERY = { scopes: 'scopes', loginHint: 'loginHint' } as const;
