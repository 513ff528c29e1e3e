import { AuthError } from '../../../src/auth/errors';
import { createDialogTokenProvider, dialogErrorToAuthError, type OfficeDialogUi } from '../../../src/outlook/dialogAuth';
import { parseDialogAuthMessage } from '../../../src/outlook/dialogAuthMessages';

type Handler = (arg: { message?: string; error?: number }) => void;

/** Office.context.ui whose dialog answers with the given message or event. */
function fakeUi(answer: { message?: unknown; event?: number; openError?: number }) {
  const opened: string[] = [];
  let closed = 0;
  const ui: OfficeDialogUi = {
    displayDialogAsync(url, _options, callback) {
      opened.push(url);
      if (answer.openError) {
        callback({ status: 'failed', error: { code: answer.openError } } as never);
        return;
      }
      const handlers: Record<string, Handler> = {};
      const dialog = {
        addEventHandler: (type: string, handler: Handler) => (handlers[type] = handler),
        close: () => (closed += 1),
      };
      callback({ status: 'succeeded', value: dialog } as never);
      setTimeout(() => {
        if (answer.event) handlers.dialogEventReceived?.({ error: answer.event });
        else handlers.dialogMessageReceived?.({ message: typeof answer.message === 'string' ? answer.message : JSON.stringify(answer.message) });
      }, 0);
    },
  };
  return { ui, opened, closed: () => closed };
}

describe('sign-in through the Office dialog (where nested app auth is missing)', () => {
  it('opens our page with the scopes, returns the token, closes the dialog and caches the token', async () => {
    const expiresOn = Date.now() + 3_600_000;
    const { ui, opened, closed } = fakeUi({ message: { status: 'success', accessToken: 'tok-1', expiresOn, scopes: ['Files.ReadWrite'] } });
    const provider = createDialogTokenProvider({ ui, dialogUrl: 'https://lederdialog.contoso.dk/authdialog.html', loginHint: 'mette@kommune.dk' });
    await expect(provider.getAccessToken(['Files.ReadWrite', 'User.Read'])).resolves.toBe('tok-1');
    await expect(provider.getAccessToken(['User.Read', 'Files.ReadWrite'])).resolves.toBe('tok-1');
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]!);
    expect(url.pathname).toBe('/authdialog.html');
    expect(url.searchParams.get('scopes')).toBe('Files.ReadWrite User.Read');
    expect(url.searchParams.get('loginHint')).toBe('mette@kommune.dk');
    expect(closed()).toBe(1);
    expect(provider.kind).toBe('browser');
  });

  it('turns an MSAL error from the page into an AuthError the leader understands', async () => {
    const { ui } = fakeUi({ message: { status: 'error', code: 'consent_required', message: 'AADSTS65001: consent' } });
    const provider = createDialogTokenProvider({ ui, dialogUrl: 'https://x.dk/authdialog.html' });
    await expect(provider.getAccessToken(['User.Read'])).rejects.toMatchObject({ kind: 'consentRequired' });
  });

  it('maps a closed dialog and a blocked dialog', async () => {
    await expect(
      createDialogTokenProvider({ ui: fakeUi({ event: 12006 }).ui, dialogUrl: 'https://x.dk/a.html' }).getAccessToken(['User.Read']),
    ).rejects.toMatchObject({
      kind: 'interactionRequired',
    });
    await expect(
      createDialogTokenProvider({ ui: fakeUi({ openError: 12009 }).ui, dialogUrl: 'https://x.dk/a.html' }).getAccessToken(['User.Read']),
    ).rejects.toMatchObject({
      kind: 'popupBlocked',
    });
    expect(dialogErrorToAuthError(12004)).toBeInstanceOf(AuthError);
    expect(dialogErrorToAuthError(12004).kind).toBe('blocked');
  });

  it('refuses a garbled message', async () => {
    const { ui } = fakeUi({ message: 'not json' });
    await expect(createDialogTokenProvider({ ui, dialogUrl: 'https://x.dk/a.html' }).getAccessToken(['User.Read'])).rejects.toMatchObject({
      kind: 'unknown',
      code: 'bad_dialog_message',
    });
    expect(parseDialogAuthMessage('{"status":"success","accessToken":"","expiresOn":1}')).toBeNull();
  });
});
