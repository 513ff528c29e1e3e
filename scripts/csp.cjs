// The production Content-Security-Policy for the built app, sent as a header by
// scripts/static-server.cjs (and documented in docs/teams-setup.md for any other host).
// Only our own origin, Microsoft Graph, the Microsoft sign-in endpoints and the Teams/Office
// script origins are allowed; in demo mode, the local Graph emulator as well. No inline script.

/** Teams, Outlook and the Microsoft 365 app frame the tab from these origins (Teams docs, "tab requirements"). */
const FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

/** Office.js (the Outlook add-in task pane) and the Teams/Office CDN. */
const SCRIPT_ORIGINS = ['https://res.cdn.office.net', 'https://appsforoffice.microsoft.com'];

const SIGN_IN_ORIGINS = ['https://login.microsoftonline.com'];

function originOf(url) {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * @param {{ graphBaseUrl?: string, emulatorUrl?: string, authority?: string }} [options]
 * graphBaseUrl: where Graph lives (graph.microsoft.com, or the emulator in demo mode).
 * emulatorUrl: the emulator's root (demo tokens, /demo/users), demo mode only.
 * authority: the Entra authority, when it is not on login.microsoftonline.com (sovereign clouds).
 * @returns {string}
 */
function buildCsp(options = {}) {
  const unique = (list) => [...new Set(list.filter(Boolean))];
  const connect = unique([
    "'self'",
    'https://graph.microsoft.com',
    ...SIGN_IN_ORIGINS,
    originOf(options.authority),
    originOf(options.graphBaseUrl),
    originOf(options.emulatorUrl),
    // teams-js fetches its list of valid host origins from the Office CDN.
    'https://res.cdn.office.net',
  ]);
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...SCRIPT_ORIGINS],
    // Fluent UI v9 styles through Griffel, which inserts <style> rules at runtime (makeStyles);
    // without 'unsafe-inline' for styles nothing is styled. Scripts stay strict: no inline script.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': connect,
    // MSAL's silent renewal runs in a hidden iframe on the sign-in origin, which returns to our
    // own redirect bridge page.
    'frame-src': unique(["'self'", ...SIGN_IN_ORIGINS, originOf(options.authority)]),
    // 'self' lets MSAL's hidden iframe show our redirect page, and the test host simulator frame the tab.
    'frame-ancestors': ["'self'", ...FRAME_ANCESTORS],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

module.exports = { buildCsp, FRAME_ANCESTORS, SCRIPT_ORIGINS };
