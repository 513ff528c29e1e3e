/** @jest-environment node */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../../../src/auth/tokenProvider';
import { createGraphClient, splitBaseUrl } from '../../../src/graph/client';
import { isGraphAppError } from '../../../src/graph/errors';

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

function fakeTransport(answer: (seen: Seen) => Response): Middleware & { seen: Seen[] } {
  const transport = {
    seen: [] as Seen[],
    setNext() {},
    async execute(context: Context) {
      const seen: Seen = {
        url: String(context.request),
        method: context.options?.method ?? 'GET',
        headers: Object.fromEntries(new Headers(context.options?.headers as HeadersInit).entries()),
        body: context.options?.body,
      };
      transport.seen.push(seen);
      context.response = answer(seen);
    },
  };
  return transport;
}

function tokens(): TokenProvider & { asked: string[][] } {
  const asked: string[][] = [];
  return { kind: 'demo', asked, getAccessToken: async (scopes) => (asked.push([...scopes]), `token-for-${scopes.join('+')}`) };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('createGraphClient', () => {
  it('sends to the configured base URL (http emulator too) with a token for exactly the call’s scopes', async () => {
    const provider = tokens();
    const transport = fakeTransport(() => json(200, { id: 'u1' }));
    const graph = createGraphClient({ baseUrl: 'http://127.0.0.1:5999/v1.0', tokenProvider: provider, transport });
    const body = await graph.get<{ id: string }>('/me?$select=id', ['User.Read']);
    expect(body.id).toBe('u1');
    expect(transport.seen[0]?.url).toBe('http://127.0.0.1:5999/v1.0/me?$select=id');
    expect(transport.seen[0]?.headers.authorization).toBe('Bearer token-for-User.Read');
    expect(provider.asked).toEqual([['User.Read']]);
  });

  it('works the same for graph.microsoft.com', async () => {
    const transport = fakeTransport(() => json(200, { value: [] }));
    const graph = createGraphClient({ baseUrl: 'https://graph.microsoft.com/v1.0', tokenProvider: tokens(), transport });
    await graph.get('/me/events', ['Calendars.ReadWrite']);
    expect(transport.seen[0]?.url).toBe('https://graph.microsoft.com/v1.0/me/events');
    expect(transport.seen[0]?.headers.authorization).toBe('Bearer token-for-Calendars.ReadWrite');
  });

  it('follows @odata.nextLink below the base URL and refuses links elsewhere', async () => {
    let page = 0;
    const transport = fakeTransport(() => {
      page += 1;
      return page === 1 ? json(200, { value: [1, 2], '@odata.nextLink': 'http://127.0.0.1:5999/v1.0/me/people?$skiptoken=abc' }) : json(200, { value: [3] });
    });
    const graph = createGraphClient({ baseUrl: 'http://127.0.0.1:5999/v1.0', tokenProvider: tokens(), transport });
    expect(await graph.getAll<number>('/me/people', ['People.Read'])).toEqual([1, 2, 3]);
    expect(transport.seen[1]?.url).toBe('http://127.0.0.1:5999/v1.0/me/people?$skiptoken=abc');
    await expect(graph.get('https://evil.example/v1.0/me', ['User.Read'])).rejects.toThrow(/Refusing/);
  });

  it('turns error answers into GraphAppError and lets accepted statuses through', async () => {
    const transport = fakeTransport((seen) =>
      seen.method === 'PUT'
        ? json(412, { error: { code: 'resourceModified', message: 'ETag mismatch' } })
        : json(404, { error: { code: 'itemNotFound', message: 'nope' } }),
    );
    const graph = createGraphClient({ baseUrl: 'http://127.0.0.1:5999/v1.0', tokenProvider: tokens(), transport });
    const failure = await graph.get('/me/drive/items/x', ['Files.ReadWrite']).catch((e: unknown) => e);
    expect(isGraphAppError(failure) && failure.kind).toBe('notFound');
    const accepted = await graph.send(
      { method: 'PUT', path: '/me/drive/items/x/content', scopes: ['Files.ReadWrite'], body: 'x', headers: { 'If-Match': '"e1"' } },
      [412],
    );
    expect(accepted.status).toBe(412);
    expect(transport.seen[1]?.headers['if-match']).toBe('"e1"');
  });

  it('refuses a call without scopes rather than asking for a token without them', async () => {
    const transport = fakeTransport(() => json(200, {}));
    const graph = createGraphClient({ baseUrl: 'http://127.0.0.1:5999/v1.0', tokenProvider: tokens(), transport });
    // Refused before any token or request: the auth middleware's own error, not a Graph answer.
    await expect(graph.get('/me', [])).rejects.toMatchObject({
      name: 'GraphAppError',
      status: 0,
      graphMessage: expect.stringContaining('No scopes given for'),
    });
    expect(transport.seen).toHaveLength(0);
  });

  it('maps a token failure to consentMissing and keeps the cause', async () => {
    const authError = Object.assign(new Error('consent needed'), { name: 'AuthError', kind: 'consentRequired' });
    const provider: TokenProvider = { kind: 'browser', getAccessToken: async () => Promise.reject(authError) };
    const graph = createGraphClient({ baseUrl: 'https://graph.microsoft.com/v1.0', tokenProvider: provider, transport: fakeTransport(() => json(200, {})) });
    const failure = await graph.get('/me', ['User.Read']).catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'consentMissing', cause: authError });
  });

  it('splits the base URL into origin and version', () => {
    expect(splitBaseUrl('https://graph.microsoft.com/v1.0')).toEqual({ origin: 'https://graph.microsoft.com', version: 'v1.0' });
    expect(splitBaseUrl('http://127.0.0.1:5999/v1.0/')).toEqual({ origin: 'http://127.0.0.1:5999', version: 'v1.0' });
    expect(() => splitBaseUrl('http://127.0.0.1:5999')).toThrow(/version/);
  });
});
