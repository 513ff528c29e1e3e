/**
 * Sign-in through the Office dialog API, for Outlook clients without nested app authentication
 * (Office.context.requirements.isSetSupported('NestedAppAuth', '1.1') is false: older builds,
 * Outlook.com or Gmail mailboxes). The task pane opens our own page (authdialog.html) in an Office
 * dialog; that page runs a normal MSAL redirect sign-in and sends the token back with messageParent.
 * This is the fallback Microsoft's Outlook NAA sample uses.
 *
 * Tokens are cached per scope set until five minutes before they expire, so one booking does not
 * open the dialog more than once.
 */
import { AuthError, toAuthError } from '../auth/errors';
import type { TokenProvider } from '../auth/tokenProvider';
import { DIALOG_QUERY, parseDialogAuthMessage } from './dialogAuthMessages';

/** The part of Office.context.ui this file uses. */
export interface OfficeDialogUi {
  displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void): void;
}

export interface DialogTokenProviderOptions {
  ui: OfficeDialogUi;
  /** Absolute https URL of authdialog.html, on the add-in's own domain (Office requires that). */
  dialogUrl: string;
  loginHint?: string;
  now?: () => number;
}

// Office.EventType values (documented strings), so this file needs no global Office.
const MESSAGE_RECEIVED = 'dialogMessageReceived' as unknown as Office.EventType;
const EVENT_RECEIVED = 'dialogEventReceived' as unknown as Office.EventType;
const EXPIRY_MARGIN_MS = 5 * 60_000;

/**
 * Office dialog error codes (displayDialogAsync and DialogEventReceived) mapped to what the leader
 * can do about them.
 */
export function dialogErrorToAuthError(code: number): AuthError {
  switch (code) {
    case 12006: // the user closed the dialog
      return new AuthError('interactionRequired', { code: String(code) });
    case 12009: // the user chose to ignore the dialog
    case 12011: // the browser's settings block the dialog
      return new AuthError('popupBlocked', { code: String(code) });
    case 12004: // the dialog's domain is not trusted (not in the manifest's validDomains)
    case 12005: // the dialog URL is not https
      return new AuthError('blocked', { code: String(code) });
    default: // 12002 page not found, 12003 http, 12007 a dialog is already open, …
      return new AuthError('unknown', { code: String(code) });
  }
}

export function createDialogTokenProvider(options: DialogTokenProviderOptions): TokenProvider {
  const now = options.now ?? Date.now;
  const cache = new Map<string, { token: string; expiresOn: number }>();

  const openDialog = (scopes: readonly string[]): Promise<{ token: string; expiresOn: number }> =>
    new Promise((resolve, reject) => {
      const url = new URL(options.dialogUrl);
      url.searchParams.set(DIALOG_QUERY.scopes, scopes.join(' '));
      if (options.loginHint) url.searchParams.set(DIALOG_QUERY.loginHint, options.loginHint);
      options.ui.displayDialogAsync(url.toString(), { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
        if ((opened.status as unknown as string) !== 'succeeded') {
          reject(dialogErrorToAuthError(opened.error?.code ?? 0));
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(MESSAGE_RECEIVED, (arg) => {
          dialog.close();
          const message = 'message' in arg ? parseDialogAuthMessage(arg.message) : null;
          if (message?.status === 'success') resolve({ token: message.accessToken, expiresOn: message.expiresOn });
          else if (message?.status === 'error') reject(toAuthError({ errorCode: message.code, message: message.message }));
          else reject(new AuthError('unknown', { code: 'bad_dialog_message' }));
        });
        dialog.addEventHandler(EVENT_RECEIVED, (arg) => {
          reject(dialogErrorToAuthError('error' in arg ? arg.error : 0));
        });
      });
    });

  return {
    kind: 'browser',
    async getAccessToken(scopes) {
      const key = [...scopes].sort().join(' ');
      const cached = cache.get(key);
      if (cached && cached.expiresOn - EXPIRY_MARGIN_MS > now()) return cached.token;
      const fresh = await openDialog(scopes);
      cache.set(key, fresh);
      return fresh.token;
    },
  };
}
