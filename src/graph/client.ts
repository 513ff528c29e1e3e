/**
 * The one entry point to Microsoft Graph. Everything in src/graph sends through a GraphClient, which
 * wraps the official SDK client (`@microsoft/microsoft-graph-client`) with our middleware chain:
 *
 *   RetryMiddleware → ScopedAuthMiddleware → HTTPMessageHandler (fetch)
 *
 * Retry runs outermost so that every attempt gets a fresh token. Responses are taken raw so that
 * status, headers (ETag, Retry-After, Location) and body are all at hand; errors are turned into
 * GraphAppError here, once.
 *
 * The base URL is configuration: `https://graph.microsoft.com/v1.0` in production, the emulator's
 * `http://127.0.0.1:<port>/v1.0` in demo mode and tests. Nothing else differs.
 */
import { Client, HTTPMessageHandler, ResponseType, type Middleware } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../auth/tokenProvider';
import { ScopedAuthMiddleware, ScopesOption } from './authMiddleware';
import { errorFromResponse, toGraphAppError } from './errors';
import {
  defaultRetryOptions,
  isNetworkFailure,
  mayRetryStatus,
  RetryMiddleware,
  RetryPolicyOption,
  type RetryOptions,
  type RetryPolicy,
  withRetries,
} from './retry';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface GraphCall {
  method: HttpMethod;
  /** Path below the base URL (`/me/events`), with an already-encoded query string if any. */
  path: string;
  scopes: readonly string[];
  body?: unknown;
  headers?: Record<string, string>;
  /** Default: `all` for GET/PUT/PATCH/DELETE, `throttleOnly` for POST (see retry.ts). */
  retry?: RetryPolicy;
  /** How to read a successful body. Default json (empty body → undefined). */
  read?: 'json' | 'text' | 'bytes';
}

export interface GraphResult<T> {
  status: number;
  headers: Headers;
  body: T;
}

export interface GraphClientConfig {
  /** e.g. `https://graph.microsoft.com/v1.0` */
  baseUrl: string;
  tokenProvider: TokenProvider;
  retry?: Partial<RetryOptions>;
  /** Replaces the fetch at the end of the chain (tests). */
  transport?: Middleware;
  /** The fetch used for pre-authenticated download URLs (tests); default the global fetch. */
  fetchImpl?: typeof fetch;
}

export class GraphClient {
  readonly baseUrl: string;

  constructor(
    private readonly sdk: Client,
    baseUrl: string,
    private readonly retry: RetryOptions = defaultRetryOptions,
    private readonly fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  /**
   * The bytes behind a pre-authenticated `@microsoft.graph.downloadUrl`. Such a URL is not Graph
   * and must not get our token; browsers also cannot follow Graph's 302 from `/content` to it
   * across origins with an Authorization header, which is why downloads go this way.
   */
  async download(url: string): Promise<Uint8Array> {
    // Retried like a Graph GET (policy `all`), by the same loop as RetryMiddleware.
    return withRetries(this.retry, async () => {
      let response: Response;
      try {
        response = await this.fetchImpl(url, { method: 'GET', credentials: 'omit' });
      } catch (thrown) {
        const fail = (): never => {
          throw toGraphAppError(thrown);
        };
        return isNetworkFailure(thrown) ? { kind: 'again', retryAfter: null, giveUp: fail } : fail();
      }
      if (response.ok) return { kind: 'done', value: new Uint8Array(await response.arrayBuffer()) };
      const fail = async (): Promise<never> => {
        throw errorFromResponse(response.status, await readBody(response, 'json'), response.headers);
      };
      return mayRetryStatus(response.status, 'all') ? { kind: 'again', retryAfter: response.headers.get('Retry-After'), giveUp: fail } : fail();
    });
  }

  /**
   * Send one call; resolves with the answer on 2xx (and on statuses listed in `accept`), rejects
   * with a GraphAppError otherwise.
   */
  async send<T = unknown>(call: GraphCall, accept: readonly number[] = []): Promise<GraphResult<T>> {
    const request = this.sdk
      .api(this.relative(call.path))
      .middlewareOptions([new ScopesOption(call.scopes), new RetryPolicyOption(call.retry ?? (call.method === 'POST' ? 'throttleOnly' : 'all'))])
      .responseType(ResponseType.RAW);
    if (call.headers) request.headers(call.headers);
    let response: Response;
    try {
      switch (call.method) {
        case 'GET':
          response = (await request.get()) as Response;
          break;
        case 'POST':
          response = (await request.post(call.body ?? {})) as Response;
          break;
        case 'PUT':
          response = (await request.put(call.body)) as Response;
          break;
        case 'PATCH':
          response = (await request.patch(call.body)) as Response;
          break;
        case 'DELETE':
          response = (await request.delete()) as Response;
          break;
      }
    } catch (thrown) {
      throw toGraphAppError(thrown);
    }
    if (!response.ok && !accept.includes(response.status)) {
      throw errorFromResponse(response.status, await readBody(response, 'json'), response.headers);
    }
    const body = (await readBody(response, response.ok ? (call.read ?? 'json') : 'json')) as T;
    return { status: response.status, headers: response.headers, body };
  }

  get<T>(path: string, scopes: readonly string[], headers?: Record<string, string>): Promise<T> {
    return this.send<T>({ method: 'GET', path, scopes, headers }).then((r) => r.body);
  }

  post<T>(path: string, scopes: readonly string[], body: unknown, options: { retry?: RetryPolicy; headers?: Record<string, string> } = {}): Promise<T> {
    return this.send<T>({ method: 'POST', path, scopes, body, ...options }).then((r) => r.body);
  }

  /** All pages of a collection, following @odata.nextLink, up to `maxItems`. */
  async getAll<T>(path: string, scopes: readonly string[], maxItems = 500, headers?: Record<string, string>): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = path;
    while (next && items.length < maxItems) {
      const page: { value?: T[]; '@odata.nextLink'?: string } = await this.get(next, scopes, headers);
      items.push(...(page.value ?? []));
      next = page['@odata.nextLink'];
    }
    return items.slice(0, maxItems);
  }

  /**
   * Paths below the base URL. Absolute links from Graph (@odata.nextLink) are cut back to a path,
   * because the SDK only understands absolute `https://` URLs and would mangle the emulator's http.
   */
  private relative(path: string): string {
    if (path.startsWith(this.baseUrl)) return path.slice(this.baseUrl.length) || '/';
    if (/^https?:\/\//.test(path)) throw new Error(`Refusing to call ${path}: not below ${this.baseUrl}`);
    return path.startsWith('/') ? path : `/${path}`;
  }
}

async function readBody(response: Response, read: 'json' | 'text' | 'bytes'): Promise<unknown> {
  if (response.status === 204 || response.status === 304) return undefined;
  if (read === 'bytes') return new Uint8Array(await response.arrayBuffer());
  const text = await response.text();
  if (read === 'text') return text;
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Split `https://graph.microsoft.com/v1.0` into the SDK's baseUrl (origin) and version. */
export function splitBaseUrl(baseUrl: string): { origin: string; version: string } {
  const url = new URL(baseUrl);
  const version = url.pathname.replace(/^\/+|\/+$/g, '');
  if (!version) throw new Error(`Graph base URL needs a version segment: ${baseUrl}`);
  return { origin: url.origin, version };
}

export function createGraphClient(config: GraphClientConfig): GraphClient {
  const { origin, version } = splitBaseUrl(config.baseUrl);
  const retry = new RetryMiddleware(config.retry);
  const auth = new ScopedAuthMiddleware(config.tokenProvider, origin);
  const transport = config.transport ?? new HTTPMessageHandler();
  retry.setNext(auth);
  auth.setNext(transport);
  const host = new URL(origin).host;
  const sdk = Client.initWithMiddleware({
    baseUrl: origin,
    defaultVersion: version,
    middleware: retry,
    // Not needed by our own auth middleware, but keeps the SDK's host checks (telemetry, redirects)
    // treating a non-Microsoft Graph host such as the emulator as Graph.
    customHosts: host === 'graph.microsoft.com' ? undefined : new Set([host]),
  });
  return new GraphClient(sdk, `${origin}/${version}`, { ...defaultRetryOptions, ...config.retry }, config.fetchImpl);
}
