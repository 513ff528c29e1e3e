// Lost answers (rateLostResponse): the request is processed in full — the state changes, the log
// shows its real status — and the client gets 504 GatewayTimeout instead. Also per $batch
// sub-request, from the environment spec (lost:0.2) and through POST /demo/faults.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFaultSpec } from '../../../src/emulator/faults/faults';
import { startTestEmulator, UPN, type TestEmulator } from '../support/emulator';
import { workingDaySlot } from '../support/slots';

let t: TestEmulator;
let dir: string;
let logPath: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'graph-emulator-lost-'));
  logPath = path.join(dir, 'requests.jsonl');
  t = await startTestEmulator({ logPath });
});
afterEach(() => t.emulator.setFaults({}));
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

function logLines(): any[] {
  return readFileSync(logPath, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

describe('lost responses', () => {
  it('creates the event, answers the client 504 GatewayTimeout, and logs the real 201 beside the 504', async () => {
    await t.token('mette');
    const slot = workingDaySlot(4, 10);
    const body = { subject: 'Tabt svar', start: slot.start, end: slot.end, transactionId: 'lost-1', attendees: [{ emailAddress: { address: UPN.lars } }] };
    t.emulator.setFaults({ rateLostResponse: 1 });
    const r = await t.graph('mette', 'POST', '/me/events', body);
    expect(r.status).toBe(504);
    expect(r.body.error.code).toBe('GatewayTimeout');
    expect(r.headers.get('retry-after')).toBeNull();
    t.emulator.setFaults({});

    const state = (await t.demo('GET', '/demo/state')).body;
    const created = state.events.filter((e: any) => e.transactionId === 'lost-1');
    expect(created).toHaveLength(1);
    const line = logLines().filter((l) => l.method === 'POST' && l.url === '/v1.0/me/events' && l.body?.transactionId === 'lost-1');
    expect(line).toHaveLength(1);
    expect(line[0].status).toBe(201);
    expect(line[0].response.id).toBe(created[0].id);
    expect(line[0].lostResponse).toEqual({ clientStatus: 504 });

    // The retry the client makes is deduplicated by the transactionId, as in Graph.
    const again = await t.graph('mette', 'POST', '/me/events', body);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(created[0].id);
  });

  it('keeps the side effect of a non-idempotent POST: a chat message is posted although the client saw 504', async () => {
    const chat = await t.graph('mette', 'POST', '/chats', {
      chatType: 'oneOnOne',
      members: ['mette', 'lars'].map((who) => ({
        '@odata.type': '#microsoft.graph.aadUserConversationMember',
        roles: ['owner'],
        'user@odata.bind': `https://graph.microsoft.com/v1.0/users('${UPN[who as 'mette' | 'lars']}')`,
      })),
    });
    expect(chat.status).toBeLessThan(300);
    const before = (await t.demo('GET', '/demo/state')).body.messages.length;
    t.emulator.setFaults({ rateLostResponse: 1 });
    const r = await t.graph('mette', 'POST', `/chats/${encodeURIComponent(chat.body.id)}/messages`, {
      body: { contentType: 'html', content: '<p>Hej Lars</p>' },
    });
    t.emulator.setFaults({});
    expect(r.status).toBe(504);
    const state = (await t.demo('GET', '/demo/state')).body;
    expect(state.messages.length).toBe(before + 1);
  });

  it('uploads a file whose answer is lost, so a create-if-absent retry then meets a 409', async () => {
    t.emulator.setFaults({ rateLostResponse: 1 });
    const put = await t.graph('mette', 'PUT', '/me/drive/root:/Tabt/fil.json:/content?@microsoft.graph.conflictBehavior=fail', '{"a":1}', {
      'Content-Type': 'application/json',
    });
    t.emulator.setFaults({});
    expect(put.status).toBe(504);
    const state = (await t.demo('GET', '/demo/state')).body;
    expect(state.driveItems.filter((i: any) => i.name === 'fil.json')).toHaveLength(1);
    const retry = await t.graph('mette', 'PUT', '/me/drive/root:/Tabt/fil.json:/content?@microsoft.graph.conflictBehavior=fail', '{"a":1}', {
      'Content-Type': 'application/json',
    });
    expect(retry.status).toBe(409);
  });

  it('turns a $batch sub-response into 504 after the sub-request ran; its dependants get 424', async () => {
    const slot = workingDaySlot(5, 13);
    t.emulator.setFaults({ rateLostResponse: 1 });
    // The outer POST /$batch draws first (lost too, so the client would see 504 for the envelope):
    // read the envelope as the server built it from the log.
    const outer = await t.graph('mette', 'POST', '/$batch', {
      requests: [
        {
          id: 'e',
          method: 'POST',
          url: '/me/events',
          headers: { 'Content-Type': 'application/json' },
          body: { subject: 'Tabt i batch', start: slot.start, end: slot.end, transactionId: 'lost-batch-1' },
        },
        { id: 'me', method: 'GET', url: '/me', dependsOn: ['e'] },
      ],
    });
    t.emulator.setFaults({});
    expect(outer.status).toBe(504);
    const lines = logLines();
    const envelope = lines.filter((l) => l.url === '/v1.0/$batch' && l.method === 'POST').pop();
    expect(envelope.status).toBe(200);
    expect(envelope.lostResponse).toEqual({ clientStatus: 504 });
    const subs = new Map<string, any>(envelope.response.responses.map((s: any) => [s.id, s]));
    expect(subs.get('e').status).toBe(504);
    expect(subs.get('e').body.error.code).toBe('GatewayTimeout');
    expect(subs.get('me').status).toBe(424);
    const subLine = lines.find((l) => l.via === '$batch' && l.body?.transactionId === 'lost-batch-1');
    expect(subLine.status).toBe(201);
    expect(subLine.lostResponse).toEqual({ clientStatus: 504 });
    const state = (await t.demo('GET', '/demo/state')).body;
    expect(state.events.filter((e: any) => e.transactionId === 'lost-batch-1')).toHaveLength(1);
  });

  it('loses roughly the configured share, repeatably per seed, next to 429s', async () => {
    const run = async () => {
      await t.demo('POST', '/demo/faults', { rate429: 0.1, rateLostResponse: 0.3, seed: 11 });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await t.graph('mette', 'GET', '/me')).status);
      return statuses;
    };
    const a = await run();
    expect(await run()).toEqual(a);
    const lost = a.filter((s) => s === 504).length;
    expect(lost).toBeGreaterThan(4);
    expect(lost).toBeLessThan(24);
    expect(a.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect((await t.demo('GET', '/demo/faults')).body).toMatchObject({ rate429: 0.1, rateLostResponse: 0.3, seed: 11 });
  });

  it('leaves the 429/503 sequence of a seed unchanged when lost responses are added (one draw per request)', async () => {
    const statuses = async (faults: object) => {
      await t.demo('POST', '/demo/faults', faults);
      const out: number[] = [];
      for (let i = 0; i < 30; i++) out.push((await t.graph('mette', 'GET', '/me')).status);
      return out;
    };
    const without = await statuses({ rate429: 0.2, rate503: 0.1, seed: 5 });
    const withLost = await statuses({ rate429: 0.2, rate503: 0.1, rateLostResponse: 0.2, seed: 5 });
    expect(withLost.map((s) => (s === 504 ? 200 : s))).toEqual(without);
  });

  it('reads lost:0.2 from the environment spec and refuses bad rates', async () => {
    expect(parseFaultSpec('429:0.1,lost:0.2,seed:3')).toEqual({ rate429: 0.1, rateLostResponse: 0.2, seed: 3 });
    expect((await t.demo('POST', '/demo/faults', { rateLostResponse: 1.5 })).status).toBe(400);
    expect((await t.demo('POST', '/demo/faults', { rate429: 0.6, rateLostResponse: 0.6 })).status).toBe(400);
  });
});
