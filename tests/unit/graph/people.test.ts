/** @jest-environment node */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../../../src/graph/client';
import { searchPeople } from '../../../src/graph/people';

/** /me/people refused (no People.Read consent); /users answers. */
function directoryOnly(): Middleware & { urls: string[] } {
  const t = {
    urls: [] as string[],
    setNext() {},
    async execute(context: Context) {
      const url = String(context.request);
      t.urls.push(url);
      const body = url.includes('/me/people')
        ? { status: 403, json: { error: { code: 'ErrorAccessDenied', message: 'Access is denied. Missing scope People.Read' } } }
        : { status: 200, json: { value: [{ id: 'u9', displayName: "Lise O'Hara", mail: 'lise@x.example' }] } };
      context.response = new Response(JSON.stringify(body.json), { status: body.status, headers: { 'Content-Type': 'application/json' } });
    },
  };
  return t;
}

it('searchPeople falls back to the directory’s startswith when the people API is refused, quoting safely', async () => {
  const transport = directoryOnly();
  const graph = createGraphClient({ baseUrl: 'https://graph.microsoft.com/v1.0', tokenProvider: { kind: 'demo', getAccessToken: async () => 't' }, transport });
  const found = await searchPeople(graph, "Lise O'H");
  expect(found).toEqual([{ id: 'u9', displayName: "Lise O'Hara", mail: 'lise@x.example', kind: 'user' }]);
  expect(transport.urls[1]).toContain('/users?$filter=');
  expect(decodeURIComponent(transport.urls[1] ?? '')).toContain("startswith(displayName,'Lise O''H')");
});
