// $batch: the 20-request limit, dependsOn and 424, the same auth and validation per sub-request,
// and faults per sub-request.
import { startTestEmulator, UPN, type TestEmulator } from '../support/emulator';
import { workingDaySlot } from '../support/slots';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterEach(() => t.emulator.setFaults({}));
afterAll(() => t.close());

const json = { 'Content-Type': 'application/json' };

describe('$batch', () => {
  it('runs up to 20 requests and answers each with id, status, headers and body', async () => {
    const requests = Array.from({ length: 20 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: i % 2 ? '/me' : 'me/mailboxSettings' }));
    const r = await t.graph('mette', 'POST', '/$batch', { requests });
    expect(r.status).toBe(200);
    expect(r.body.responses).toHaveLength(20);
    const me = r.body.responses.find((x: any) => x.id === '2');
    expect(me.status).toBe(200);
    expect(me.body.userPrincipalName).toBe(UPN.mette);
    expect(me.headers['Content-Type']).toMatch(/application\/json/);
    expect(r.body.responses.find((x: any) => x.id === '1').body.timeZone).toBe('Romance Standard Time');
  });

  it('refuses more than 20 requests', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    const r = await t.graph('mette', 'POST', '/$batch', { requests });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('20');
  });

  it('refuses a write without Content-Type, and needs a token like any request', async () => {
    const r = await t.graph('mette', 'POST', '/$batch', { requests: [{ id: '1', method: 'POST', url: '/me/events', body: { subject: 'x' } }] });
    expect(r.status).toBe(400);
    const anon = await t.graph(null, 'POST', '/$batch', { requests: [{ id: '1', method: 'GET', url: '/me' }] });
    expect(anon.status).toBe(401);
  });

  it('orders by dependsOn and answers 424 when a dependency failed', async () => {
    const slot = workingDaySlot(3, 10);
    const r = await t.graph('mette', 'POST', '/$batch', {
      requests: [
        {
          id: 'share',
          method: 'POST',
          url: '/me/drive/items/does-not-exist/invite',
          headers: json,
          body: { recipients: [{ email: UPN.lars }], roles: ['read'] },
        },
        { id: 'chat', method: 'POST', url: '/chats', headers: json, dependsOn: ['share'], body: { chatType: 'oneOnOne', members: [] } },
        { id: 'file', method: 'PUT', url: '/me/drive/root:/Batch/a.json:/content', headers: json, body: { a: 1 } },
        {
          id: 'event',
          method: 'POST',
          url: '/me/events',
          headers: json,
          dependsOn: ['file'],
          body: { subject: 'Batch', start: slot.start, end: slot.end, badProp: 1 },
        },
        { id: 'after', method: 'GET', url: '/me', dependsOn: ['event'] },
      ],
    });
    expect(r.status).toBe(200);
    const by = (id: string) => r.body.responses.find((x: any) => x.id === id);
    expect(by('share').status).toBe(404);
    expect(by('chat').status).toBe(424);
    expect(by('file').status).toBe(201);
    expect(by('event').status).toBe(400);
    expect(by('event').body.error.message).toContain("'badProp'");
    expect(by('after').status).toBe(424);
    const state = (await t.demo('GET', '/demo/state')).body;
    expect(state.chats).toHaveLength(0);
    expect(state.driveItems.some((i: any) => i.name === 'a.json')).toBe(true);
  });

  it('refuses unknown dependencies and cycles', async () => {
    const unknown = await t.graph('mette', 'POST', '/$batch', { requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }] });
    expect(unknown.status).toBe(400);
    const cycle = await t.graph('mette', 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/me', dependsOn: ['2'] },
        { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
      ],
    });
    expect(cycle.status).toBe(400);
  });

  it('can throttle a sub-request (429 with Retry-After inside the batch) without side effects', async () => {
    const slot = workingDaySlot(4, 13);
    await t.token('mette');
    // With seed 3 and 50% faults the PRNG lets the outer request through and then throttles
    // sub-requests 0, 1, 2, 4 and 5 (fixed by the seed, so this is repeatable).
    t.emulator.setFaults({ rate429: 0.5, seed: 3 });
    const r = await t.graph('mette', 'POST', '/$batch', {
      requests: Array.from({ length: 6 }, (_, i) => ({
        id: String(i),
        method: 'POST',
        url: '/me/events',
        headers: json,
        body: { subject: `Batch ${i}`, start: slot.start, end: slot.end, transactionId: `batch-${i}` },
      })),
    });
    expect(r.status).toBe(200);
    expect(r.body.responses.map((x: any) => x.status)).toEqual([429, 429, 429, 201, 429, 429]);
    for (const x of r.body.responses.filter((y: any) => y.status === 429)) {
      expect(x.headers['Retry-After']).toBe('1');
      expect(x.body.error.code).toBe('TooManyRequests');
    }
    t.emulator.setFaults({});
    const state = (await t.demo('GET', '/demo/state')).body;
    expect(state.events.filter((e: any) => /^Batch \d$/.test(e.subject) && e.owner === UPN.mette).map((e: any) => e.subject)).toEqual(['Batch 3']);
    t.emulator.setFaults({ rate429: 1 });
    const all = await t.graph('mette', 'POST', '/$batch', { requests: [{ id: '1', method: 'GET', url: '/me' }] });
    expect(all.status).toBe(429);
  });
});
