/**
 * Puts the bearer token on requests to our Graph base URL, asking the TokenProvider for exactly the
 * scopes of the call at hand (incremental consent: booking never asks for chat rights).
 *
 * Why not the SDK's AuthenticationHandler: it attaches tokens only to the known Graph hosts and to
 * `customHosts`, and it recognises both only for `https://` URLs, so the emulator on
 * `http://127.0.0.1:<port>` would never get a token whatever `customHosts` says. This middleware
 * decides by the configured base URL's origin instead, so the same code serves graph.microsoft.com
 * and the emulator, and a token is never sent anywhere else (e.g. a pre-authenticated download URL
 * on another host).
 */
import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../auth/tokenProvider';
import { toGraphAppError } from './errors';
import { middlewareOption } from './middlewareOptions';

/** The delegated scopes one request needs. */
export class ScopesOption implements MiddlewareOptions {
  constructor(readonly scopes: readonly string[]) {}
}

export class ScopedAuthMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly tokenProvider: TokenProvider,
    private readonly graphOrigin: string,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('ScopedAuthMiddleware needs a next middleware');
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const options = context.options ?? (context.options = {});
    const headers = new Headers(options.headers);
    if (new URL(url).origin === this.graphOrigin) {
      const scopes = middlewareOption(context, ScopesOption)?.scopes;
      if (!scopes || scopes.length === 0) throw new Error(`No scopes given for ${url}: every Graph call names the scopes it needs`);
      let token: string;
      try {
        token = await this.tokenProvider.getAccessToken(scopes);
      } catch (thrown) {
        // Classified here, because the SDK re-wraps anything thrown and would lose the AuthError.
        throw toGraphAppError(thrown);
      }
      headers.set('Authorization', `Bearer ${token}`);
    } else {
      headers.delete('Authorization');
    }
    options.headers = Object.fromEntries(headers.entries());
    await this.next.execute(context);
  }
}
