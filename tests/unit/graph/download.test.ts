/** @jest-environment node */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../../../src/graph/client';
import { downloadFile } from '../../../src/graph/files';

const tokenProvider = { kind: 'demo' as const, getAccessToken: async () => 'secret-token' };

function graphAnswering(routes: Record<string, () => Response>): Middleware & { urls: string[]; auth: Array<string | null> } {
  const t = {
    urls: [] as string[],
    auth: [] as Array<string | null>,
    setNext() {},
    async execute(context: Context) {
      const url = String(context.request);
      t.urls.push(url);
      t.auth.push(new Headers(context.options?.headers).get('authorization'));
      const key = Object.keys(routes).find((k) => url.includes(k));
      context.response = key ? (routes[key] as () => Response)() : new Response('{}', { status: 404 });
    },
  };
  return t;
}

const item = (extra: Record<string, unknown> = {}) =>
  new Response(
    JSON.stringify({ id: 'i1', name: 'lederaftale.json', eTag: '"e1"', webUrl: 'https://x', file: {}, parentReference: { driveId: 'd1' }, ...extra }),
    {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    },
  );

describe('downloadFile', () => {
  it('reads the bytes from the pre-authenticated URL without sending the token there, retrying a 503', async () => {
    const transport = graphAnswering({ '/me/drive/items/i1': () => item({ '@microsoft.graph.downloadUrl': 'https://files.example/dl?sig=abc' }) });
    const calls: Array<RequestInit | undefined> = [];
    const fetchImpl = (async (_url: string, init?: RequestInit) => {
      calls.push(init);
      return calls.length === 1 ? new Response('busy', { status: 503, headers: { 'Retry-After': '0' } }) : new Response('{"v":1}', { status: 200 });
    }) as typeof fetch;
    const graph = createGraphClient({
      baseUrl: 'https://graph.microsoft.com/v1.0',
      tokenProvider,
      transport,
      fetchImpl,
      retry: { sleep: async () => undefined },
    });
    const file = await downloadFile(graph, { itemId: 'i1' });
    expect(new TextDecoder().decode(file.content)).toBe('{"v":1}');
    expect(file.eTag).toBe('"e1"');
    expect(calls).toHaveLength(2);
    expect(JSON.stringify(calls)).not.toContain('secret-token');
  });

  it('falls back to /content when the item has no download URL', async () => {
    const transport = graphAnswering({
      '/content': () => new Response(new Uint8Array([1, 2, 3]), { status: 200, headers: { 'Content-Type': 'application/octet-stream' } }),
      '/drives/d1/items/i1': () => item(),
    });
    const graph = createGraphClient({ baseUrl: 'https://graph.microsoft.com/v1.0', tokenProvider, transport });
    const file = await downloadFile(graph, { itemId: 'i1', driveId: 'd1' });
    expect(Array.from(file.content)).toEqual([1, 2, 3]);
    expect(transport.urls[1]).toBe('https://graph.microsoft.com/v1.0/drives/d1/items/i1/content');
    expect(transport.auth.every((a) => a === 'Bearer secret-token')).toBe(true);
  });
});
