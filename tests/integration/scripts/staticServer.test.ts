// `npm run serve` must survive what any client can send: a malformed percent-escape is answered
// 400 and the server keeps serving (it used to exit on an uncaught URIError).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const { serveStatic } = require('../../../scripts/static-server.cjs') as {
  serveStatic(options: { dir: string; port?: number; csp?: false }): Promise<{ url: string; close(): Promise<void> }>;
};

/** A raw GET: fetch() would normalise the path before sending it. */
function rawGet(base: string, rawPath: string): Promise<{ status: number; body: string; cacheControl?: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, cacheControl: res.headers['cache-control'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server', () => {
  let dir: string;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'static-server-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
    for (const file of ['app.1a2b3c4d.js', '1a2b3c4d.js', 'config.js']) writeFileSync(path.join(dir, file), '0;');
    server = await serveStatic({ dir, port: 0, csp: false });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/%E0%A4%A', '/%', '/%ZZ', '/a%00b'])('answers %s with 400 and keeps running', async (bad) => {
    expect((await rawGet(server.url, bad)).status).toBe(400);
    const ok = await rawGet(server.url, '/');
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('<title>app</title>');
  });

  it('still refuses to leave its folder', async () => {
    const res = await rawGet(server.url, '/..%2F..%2Fetc%2Fpasswd');
    expect([403, 404]).toContain(res.status);
    expect(res.body).not.toContain('root:');
  });

  // The build names scripts by content hash (app.1a2b3c4d.js, lazy chunks 1a2b3c4d.js): those never
  // change and may be cached for good; anything else is asked for again.
  it.each([
    ['/app.1a2b3c4d.js', 'public, max-age=31536000, immutable'],
    ['/1a2b3c4d.js', 'public, max-age=31536000, immutable'],
    ['/config.js', 'no-cache'],
    ['/', 'no-cache'],
  ])('caches %s as %s', async (file, expected) => {
    const res = await rawGet(server.url, file);
    expect(res.status).toBe(200);
    expect(res.cacheControl).toBe(expected);
  });
});
