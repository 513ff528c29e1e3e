/**
 * The blank page msal-browser 5 needs as its redirect URI (webpack entry `auth-redirect`, served as
 * /auth-redirect.html). It hands the sign-in response back to the app window that opened the popup,
 * or, after a full-page redirect, returns to the page the sign-in started from. It must not load
 * the app and must not be served with a Cross-Origin-Opener-Policy header.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch((error: unknown) => {
  document.body.textContent = 'Log-in kunne ikke afsluttes. Luk vinduet, og prøv igen. / Sign-in could not complete. Close this window and try again.';
  console.error(error);
});
