// Fault injection: 429 with Retry-After and 503 without side effects, repeatable by seed,
// never on /demo or preflights; latency.
import { startTestEmulator, UPN, type TestEmulator } from '../support/emulator';
import { workingDaySlot } from '../support/slots';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterEach(() => t.emulator.setFaults({}));
afterAll(() => t.close());

describe('faults', () => {
  it('answers 429 with Retry-After and leaves no trace of a faulted POST', async () => {
    await t.token('mette');
    t.emulator.setFaults({ rate429: 1, retryAfterSeconds: 2 });
    const slot = workingDaySlot(3, 9);
    const r = await t.graph('mette', 'POST', '/me/events', {
      subject: 'Faulted',
      start: slot.start,
      end: slot.end,
      transactionId: 'fault-1',
      attendees: [{ emailAddress: { address: UPN.lars } }],
    });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('2');
    expect(r.body.error.code).toBe('TooManyRequests');
    const upload = await t.graph('mette', 'PUT', '/me/drive/root:/faulted.json:/content', '{}', { 'Content-Type': 'application/json' });
    expect(upload.status).toBe(429);
    // /demo is never faulted, so the state can be inspected while faults are on.
    const state = (await t.demo('GET', '/demo/state')).body;
    expect(state.events.some((e: any) => e.subject === 'Faulted')).toBe(false);
    expect(state.driveItems.some((i: any) => i.name === 'faulted.json')).toBe(false);
    t.emulator.setFaults({});
    const ok = await t.graph('mette', 'POST', '/me/events', {
      subject: 'Faulted',
      start: slot.start,
      end: slot.end,
      transactionId: 'fault-1',
      attendees: [{ emailAddress: { address: UPN.lars } }],
    });
    expect(ok.status).toBe(201);
  });

  it('answers 503 at the configured rate', async () => {
    t.emulator.setFaults({ rate503: 1 });
    const r = await t.graph('mette', 'GET', '/me');
    expect(r.status).toBe(503);
    expect(r.body.error.code).toBe('ServiceUnavailable');
    expect(r.headers.get('retry-after')).toBe('1');
  });

  it('is repeatable for a seed and faults roughly the configured share', async () => {
    const run = async () => {
      await t.demo('POST', '/demo/faults', { rate429: 0.3, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await t.graph('mette', 'GET', '/me')).status);
      return statuses;
    };
    const a = await run();
    const b = await run();
    expect(a).toEqual(b);
    const faulted = a.filter((s) => s === 429).length;
    expect(faulted).toBeGreaterThan(4);
    expect(faulted).toBeLessThan(24);
    expect(a.filter((s) => s !== 429 && s !== 200)).toEqual([]);
  });

  it('never faults /demo endpoints or CORS preflights', async () => {
    t.emulator.setFaults({ rate429: 1 });
    expect((await t.demo('GET', '/demo/users')).status).toBe(200);
    expect((await t.demo('POST', '/demo/token', { userPrincipalName: UPN.lars })).status).toBe(200);
    const pre = await fetch(`${t.emulator.graphUrl}/me`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,x-client-sku' },
    });
    expect(pre.status).toBe(204);
  });

  it('adds latency when delayMs is set', async () => {
    t.emulator.setFaults({ delayMs: 300 });
    const started = Date.now();
    expect((await t.graph('mette', 'GET', '/me')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('refuses a bad fault configuration', async () => {
    const r = await t.demo('POST', '/demo/faults', { rate429: 2 });
    expect(r.status).toBe(400);
  });
});
