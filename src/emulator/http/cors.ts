// CORS for the browser app on another origin: preflights answered, the Origin echoed, and the
// headers Graph clients send (MSAL's x-client-*, the SDK's SdkVersion, …) allowed.
import type { IncomingMessage } from 'node:http';

const ALLOWED = [
  /^authorization$/i,
  /^content-type$/i,
  /^if-match$/i,
  /^if-none-match$/i,
  /^prefer$/i,
  /^client-request-id$/i,
  /^return-client-request-id$/i,
  /^sdkversion$/i,
  /^consistencylevel$/i,
  /^x-client-[a-z0-9-]+$/i,
  /^x-ms-[a-z0-9-]+$/i,
  /^x-anchormailbox$/i,
  /^accept$/i,
  /^accept-language$/i,
  /^cache-control$/i,
  // The Graph SDK (and our retry middleware) number retries in Retry-Attempt; Graph accepts it cross-origin.
  /^retry-attempt$/i,
];
const EXPOSED = 'ETag, Retry-After, Location, request-id, client-request-id, Content-Type, Content-Length';

/**
 * May this request reach the /demo/* routes? A browser always sends Origin on cross-origin calls; a
 * page of any other origin gets 403 (and no CORS headers), so it can neither read a token nor
 * reset the demo. No Origin means no browser page: tests and scripts.
 */
export function demoOriginAllowed(req: IncomingMessage, appOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return appOrigins.some((allowed) => allowed.replace(/\/+$/, '').toLowerCase() === origin.toLowerCase());
}

export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin) return {};
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', 'Access-Control-Expose-Headers': EXPOSED };
}

export function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const requested = String(req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const allowed = requested.filter((h) => ALLOWED.some((re) => re.test(h)));
  const base = 'Authorization, Content-Type, If-Match, If-None-Match, Prefer, client-request-id, SdkVersion, ConsistencyLevel';
  return {
    ...corsHeaders(req),
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': allowed.length ? allowed.join(', ') : base,
    'Access-Control-Max-Age': '600',
  };
}
