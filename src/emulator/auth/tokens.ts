// Demo bearer tokens: a JWT-shaped, HMAC-signed token naming one seeded user, valid for an hour.
// Signed with a fixed key: it only proves "issued by this emulator", which is all a local test
// double needs; it never leaves loopback.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DirectoryUser, EmulatorState } from '../types';
import { GraphError } from '../http/errors';
import { APP_REGISTRATION } from './tenant';

const KEY = 'lederdialog-graph-emulator';
const LIFETIME_SECONDS = 3600;

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const sign = (data: string) => createHmac('sha256', KEY).update(data).digest('base64url');

/** Every delegated permission the app registers (what a managed tenant's admin consented to). */
export const DEMO_SCOPES = APP_REGISTRATION;

/** A token for `user` carrying `scopes` (what grantScopes in tenant.ts allows for the tenant profile). */
export function issueToken(user: DirectoryUser, tenantId: string, nowMs = Date.now(), scopes: readonly string[] = DEMO_SCOPES) {
  const iat = Math.floor(nowMs / 1000);
  const head = b64({ typ: 'JWT', alg: 'HS256' });
  const body = b64({
    aud: 'https://graph.microsoft.com',
    iss: `https://sts.windows.net/${tenantId}/`,
    iat,
    nbf: iat,
    exp: iat + LIFETIME_SECONDS,
    oid: user.id,
    tid: tenantId,
    upn: user.userPrincipalName,
    name: user.displayName,
    scp: scopes.join(' '),
  });
  // `scope`, as in Entra's token response: what the token carries, so a client can cache by it.
  return { access_token: `${head}.${body}.${sign(`${head}.${body}`)}`, token_type: 'Bearer', expires_in: LIFETIME_SECONDS, scope: scopes.join(' ') };
}

const invalid = (message: string) => new GraphError(401, 'InvalidAuthenticationToken', message);

/** The user a request acts as, or a 401 shaped like Graph's. */
export function authenticate(state: EmulatorState, authorization: string | undefined, nowMs = Date.now()): DirectoryUser {
  if (!authorization) throw invalid('Access token is empty.');
  const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!m) throw invalid('Access token is empty.');
  const parts = m[1]!.split('.');
  if (parts.length !== 3) throw invalid('IDX14100: JWT is not well formed, there are no dots (.).');
  const expected = Buffer.from(sign(`${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid('Access token validation failure. Invalid audience.');
  let claims: { oid?: string; exp?: number };
  try {
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as { oid?: string; exp?: number };
  } catch {
    throw invalid('Access token validation failure.');
  }
  if (!claims.exp || claims.exp * 1000 < nowMs) throw invalid('Lifetime validation failed, the token is expired.');
  const user = state.users.find((u) => u.id === claims.oid);
  if (!user) throw invalid('Access token validation failure. The user does not exist in the tenant.');
  return user;
}
