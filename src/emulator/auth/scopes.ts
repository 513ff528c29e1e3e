// The token's delegated scopes (`scp`), checked by the routes whose permission the docs name, so a
// user who has not consented gets Graph's 403 and the app's fallbacks can be exercised.
import type { GraphRequest } from '../http/context';
import { forbidden } from '../http/errors';

/** The delegated scopes in the request's (already validated) token. */
export function tokenScopes(req: GraphRequest): Set<string> {
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scp?: string };
    return new Set((claims.scp ?? '').split(' ').filter(Boolean));
  } catch {
    return new Set();
  }
}

/** Graph's 403 unless the token holds one of `anyOf` (the docs' least privileged first). */
export function requireScope(req: GraphRequest, anyOf: string[]): void {
  const held = tokenScopes(req);
  if (anyOf.some((s) => held.has(s))) return;
  throw forbidden(
    'Forbidden',
    `Missing scope permissions on the request. API requires one of '${anyOf.join(', ')}'. Scopes on the request '${[...held].join(', ')}'`,
  );
}
