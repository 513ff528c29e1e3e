// The request log (one JSON line per request, Authorization redacted, batch sub-requests too) and
// the state folder (persisted across restarts, reset reseeds).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../src/emulator/server';
import { startTestEmulator, UPN } from '../support/emulator';
import { workingDaySlot } from '../support/slots';

describe('request log', () => {
  it('appends one JSON line per request with method, url, headers, body, status and response', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'graph-emulator-log-'));
    const logPath = path.join(dir, 'requests.jsonl');
    const t = await startTestEmulator({ logPath });
    try {
      const slot = workingDaySlot(3, 10);
      await t.graph('mette', 'POST', '/me/events', { subject: 'Logget', start: slot.start, end: slot.end, transactionId: 'log-1' });
      await t.graph('mette', 'POST', '/$batch', { requests: [{ id: 'a', method: 'GET', url: '/me' }] });
      await t.graph('mette', 'PUT', '/me/drive/root:/bin.docx:/content', Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), { 'Content-Type': 'application/octet-stream' });
      const lines = readFileSync(logPath, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines[0]).toMatchObject({ method: 'POST', url: '/demo/token', status: 200 });
      const post = lines.find((l) => l.method === 'POST' && l.url === '/v1.0/me/events');
      expect(post.status).toBe(201);
      expect(post.body.transactionId).toBe('log-1');
      expect(post.response.subject).toBe('Logget');
      expect(post.headers.authorization).toBe('Bearer [redacted]');
      expect(JSON.stringify(lines)).not.toContain((await t.token('mette')).slice(-20));
      const sub = lines.find((l) => l.via === '$batch');
      expect(sub).toMatchObject({ method: 'GET', url: '/v1.0/me', status: 200, batchRequestId: 'a' });
      const outer = lines.find((l) => l.url === '/v1.0/$batch');
      expect(outer.status).toBe(200);
      const upload = lines.find((l) => l.method === 'PUT');
      expect(upload.body).toBe('<6 bytes>');
      for (const l of lines) expect(Object.keys(l)).toEqual(expect.arrayContaining(['method', 'url', 'headers', 'body', 'status', 'response']));
    } finally {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('state folder', () => {
  it('keeps state across restarts and reseeds on reset', async () => {
    const stateDir = mkdtempSync(path.join(tmpdir(), 'graph-emulator-state-'));
    try {
      let emu = await startEmulator({ port: 0, stateDir });
      const token = async () =>
        (await (await fetch(`${emu.url}/demo/token`, { method: 'POST', body: JSON.stringify({ userPrincipalName: UPN.mette }) })).json()).access_token;
      let tok = await token();
      const put = await fetch(`${emu.graphUrl}/me/drive/root:/persist.json:/content`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${tok}`, 'Content-Type': 'application/json' },
        body: '{"kept":true}',
      });
      expect(put.status).toBe(201);
      await emu.close();

      emu = await startEmulator({ port: 0, stateDir });
      tok = await token(); // tokens are signed, not stored: the old one would work as well
      const again = await fetch(`${emu.graphUrl}/me/drive/root:/persist.json:/content`, { headers: { Authorization: `Bearer ${tok}` } });
      expect(await again.json()).toEqual({ kept: true });
      const state = await (await fetch(`${emu.url}/demo/state`)).json();
      expect(state.events.filter((e: any) => e.seeded).length).toBeGreaterThan(50);

      const reset = await fetch(`${emu.url}/demo/reset`, { method: 'POST' });
      expect(reset.status).toBe(200);
      const gone = await fetch(`${emu.graphUrl}/me/drive/root:/persist.json:/content`, { headers: { Authorization: `Bearer ${tok}` } });
      expect(gone.status).toBe(404);
      await emu.close();
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
