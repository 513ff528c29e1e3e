// The emulator's /demo/* routes hand out tokens and reset the state: only the app's own origin may
// call them from a page. And its request log must never keep file contents (private notes,
// contracts): uploads and downloads are logged by size only.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

const APP = 'http://localhost:3000';
const OTHER = 'http://localhost:8080';

describe('demo routes answer only the app origin', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ appOrigins: [APP] });
  });
  afterAll(() => t.close());

  it('answers the app origin with CORS headers', async () => {
    const res = await fetch(`${t.emulator.url}/demo/users`, { headers: { Origin: APP } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('refuses another local origin, without CORS headers, for reads, tokens, resets and preflights', async () => {
    const users = await fetch(`${t.emulator.url}/demo/users`, { headers: { Origin: OTHER } });
    expect(users.status).toBe(403);
    expect(users.headers.get('access-control-allow-origin')).toBeNull();

    const before = (await t.demo('GET', '/demo/state')).body.seededAt;
    const reset = await fetch(`${t.emulator.url}/demo/reset`, { method: 'POST', headers: { Origin: OTHER, 'Content-Type': 'text/plain' } });
    expect(reset.status).toBe(403);
    expect((await t.demo('GET', '/demo/state')).body.seededAt).toBe(before);

    const token = await fetch(`${t.emulator.url}/demo/token`, {
      method: 'POST',
      headers: { Origin: OTHER, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ userPrincipalName: 'mette.hansen@demokommune.example' }),
    });
    expect(token.status).toBe(403);
    expect(await token.text()).not.toContain('access_token');

    const preflight = await fetch(`${t.emulator.url}/demo/token`, { method: 'OPTIONS', headers: { Origin: OTHER, 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still answers scripts and tests (no Origin) and Graph calls from any origin with a token', async () => {
    expect((await t.demo('GET', '/demo/users')).status).toBe(200);
    const me = await fetch(`${t.emulator.graphUrl}/me`, { headers: { Origin: OTHER, Authorization: `Bearer ${await t.token('mette')}` } });
    expect(me.status).toBe(200);
  });
});

describe('request log keeps no file contents', () => {
  it('logs uploads and downloads of private notes by size only', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'graph-emulator-log-'));
    const logPath = path.join(dir, 'requests.jsonl');
    const t = await startTestEmulator({ logPath });
    const secret = 'Min private note om krydspres – MUST-NOT-BE-LOGGED';
    try {
      const put = await t.graph('mette', 'PUT', '/me/drive/special/approot:/noter.json:/content', { notes: secret }, { 'Content-Type': 'application/json' });
      expect(put.status).toBeLessThan(300);
      const get = await t.graph('mette', 'GET', '/me/drive/special/approot:/noter.json:/content');
      expect(JSON.stringify(get.body)).toContain(secret);
      await t.graph('mette', 'PUT', '/me/drive/root:/Lederdialog/note.txt:/content', secret, { 'Content-Type': 'text/plain' });
      await t.graph('mette', 'POST', '/$batch', { requests: [{ id: '1', method: 'GET', url: '/me/drive/special/approot:/noter.json:/content' }] });
      const text = readFileSync(logPath, 'utf8');
      expect(text).not.toContain('MUST-NOT-BE-LOGGED');
      const lines = text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { method: string; url: string; body: unknown; response: unknown });
      const upload = lines.find((l) => l.method === 'PUT' && l.url.includes('noter.json'));
      expect(upload?.body).toMatch(/^<\d+ bytes>$/);
      // The upload's answer is the item's metadata, which helps reading a log.
      expect(upload?.response).toMatchObject({ name: 'noter.json' });
    } finally {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
