/** @jest-environment node */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { chunkBatchRequests, runBatch, type BatchRequest } from '../../../src/graph/batch';
import { createGraphClient } from '../../../src/graph/client';

const get = (id: string, dependsOn?: string[]): BatchRequest => ({ id, method: 'GET', url: `/items/${id}`, ...(dependsOn ? { dependsOn } : {}) });
const post = (id: string): BatchRequest => ({ id, method: 'POST', url: `/items/${id}`, body: { text: id } });

describe('chunkBatchRequests', () => {
  it('cuts 45 independent requests into 20 + 20 + 5, in order', () => {
    const requests = Array.from({ length: 45 }, (_, i) => get(`r${i}`));
    const chunks = chunkBatchRequests(requests);
    expect(chunks.map((c) => c.length)).toEqual([20, 20, 5]);
    expect(chunks.flat().map((r) => r.id)).toEqual(requests.map((r) => r.id));
  });

  it('keeps requests linked by dependsOn in the same chunk', () => {
    const requests = [...Array.from({ length: 18 }, (_, i) => get(`a${i}`)), get('folder'), get('file', ['folder']), get('invite', ['file'])];
    const chunks = chunkBatchRequests(requests);
    const withFolder = chunks.find((c) => c.some((r) => r.id === 'folder'));
    expect(withFolder?.map((r) => r.id)).toEqual(expect.arrayContaining(['folder', 'file', 'invite']));
    expect(chunks.every((c) => c.length <= 20)).toBe(true);
  });

  it('refuses a dependency chain longer than one batch, unknown dependencies and duplicate ids', () => {
    const chain = Array.from({ length: 21 }, (_, i) => get(`c${i}`, i > 0 ? [`c${i - 1}`] : undefined));
    expect(() => chunkBatchRequests(chain)).toThrow(/exceed/);
    expect(() => chunkBatchRequests([get('a', ['ghost'])])).toThrow(/unknown/);
    expect(() => chunkBatchRequests([get('a'), get('a')])).toThrow(/Duplicate/);
  });
});

interface WireRequest {
  id: string;
  dependsOn?: string[];
}

/**
 * A fake $batch endpoint: `decide(id, round)` gives each item's status, `retryAfter(id, round)` the
 * Retry-After of a 429 or 503 item (undefined: none; without the function a 429 says '2').
 */
function batchEndpoint(
  decide: (id: string, round: number) => number,
  retryAfter?: (id: string, round: number) => string | undefined,
): Middleware & { rounds: WireRequest[][] } {
  const endpoint = {
    rounds: [] as WireRequest[][],
    setNext() {},
    async execute(context: Context) {
      const { requests } = JSON.parse(String(context.options?.body)) as { requests: WireRequest[] };
      endpoint.rounds.push(requests);
      const round = endpoint.rounds.length;
      const statuses = new Map<string, number>();
      const responses = requests.map((r) => {
        const failedDep = (r.dependsOn ?? []).some((d) => (statuses.get(d) ?? 200) >= 300);
        const status = failedDep ? 424 : decide(r.id, round);
        statuses.set(r.id, status);
        const wait = status !== 429 && status !== 503 ? undefined : retryAfter ? retryAfter(r.id, round) : status === 429 ? '2' : undefined;
        return {
          id: r.id,
          status,
          headers: wait !== undefined ? { 'Retry-After': wait } : {},
          body: status < 300 ? { id: r.id } : { error: { code: status === 429 ? 'TooManyRequests' : 'failed', message: 'x' } },
        };
      });
      context.response = new Response(JSON.stringify({ responses }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    },
  };
  return endpoint;
}

const graphWith = (transport: Middleware) =>
  createGraphClient({
    baseUrl: 'http://127.0.0.1:5999/v1.0',
    tokenProvider: { kind: 'demo', getAccessToken: async () => 't' },
    transport,
    retry: { sleep: async () => undefined },
  });

describe('runBatch', () => {
  it('gives each request its own status and retries throttled items (and their 424 dependents) after Retry-After', async () => {
    const endpoint = batchEndpoint((id, round) => (id === 'file' && round === 1 ? 429 : id === 'missing' ? 404 : 200));
    const sleeps: number[] = [];
    const results = await runBatch(graphWith(endpoint), [get('me'), get('file'), get('invite', ['file']), get('missing'), get('after', ['missing'])], {
      scopes: ['Files.ReadWrite'],
      sleep: async (ms) => void sleeps.push(ms),
    });
    expect(sleeps).toEqual([2000]);
    expect(endpoint.rounds.map((r) => r.map((x) => x.id))).toEqual([
      ['me', 'file', 'invite', 'missing', 'after'],
      ['file', 'invite'],
    ]);
    expect(results.get('me')?.status).toBe(200);
    expect(results.get('file')?.status).toBe(200);
    expect(results.get('invite')?.status).toBe(200);
    expect(results.get('missing')?.error?.kind).toBe('notFound');
    // A 424 caused by a real failure is not retried and stays visible.
    expect(results.get('after')?.status).toBe(424);
  });

  it('keeps what an earlier envelope answered when the retry envelope itself fails', async () => {
    const endpoint = batchEndpoint((id) => (id === 'folder' ? 429 : 201));
    // The second envelope (the throttled item alone) never gets an answer: a network failure.
    const flaky: Middleware = {
      setNext() {},
      async execute(context: Context) {
        if (endpoint.rounds.length >= 1) throw new TypeError('Failed to fetch');
        await endpoint.execute(context);
      },
    };
    const results = await runBatch(graphWith(flaky), [post('message'), get('folder')], {
      scopes: ['ChatMessage.Send'],
      sleep: async () => undefined,
      maxAttempts: 3,
    });
    // The message was created in the first envelope: its answer must survive, or a retry posts it twice.
    expect(results.get('message')?.status).toBe(201);
    expect(results.get('folder')?.error).toBeDefined();
    expect(results.get('folder')?.status).not.toBe(201);
  });

  it('still fails as a whole when the very first envelope gets no answer', async () => {
    const down: Middleware = {
      setNext() {},
      async execute() {
        throw new TypeError('Failed to fetch');
      },
    };
    // No answer at all: offline, and ambiguous (the envelope may have reached Graph).
    await expect(runBatch(graphWith(down), [get('a')], { scopes: ['User.Read'], sleep: async () => undefined, maxAttempts: 1 })).rejects.toMatchObject({
      name: 'GraphAppError',
      kind: 'offline',
      status: 0,
      ambiguous: true,
      graphMessage: 'Failed to fetch',
    });
  });

  it('stops retrying at the attempt bound and reports the item as throttled', async () => {
    const endpoint = batchEndpoint(() => 429);
    const results = await runBatch(graphWith(endpoint), [get('a')], { scopes: ['User.Read'], maxAttempts: 3, sleep: async () => undefined });
    expect(endpoint.rounds).toHaveLength(3);
    expect(results.get('a')?.error?.kind).toBe('throttled');
  });

  it('stops retrying when the total wait would exceed the bound', async () => {
    const endpoint = batchEndpoint(() => 429);
    await runBatch(graphWith(endpoint), [get('a')], { scopes: ['User.Read'], maxTotalWaitMs: 3000, sleep: async () => undefined });
    expect(endpoint.rounds).toHaveLength(2);
  });

  it('retries a 503 item only when it is safe to repeat', async () => {
    const endpoint = batchEndpoint((id, round) => (round === 1 ? 503 : 201));
    const results = await runBatch(
      graphWith(endpoint),
      [
        { id: 'event', method: 'POST', url: '/me/events', body: { transactionId: 't1' }, safeToRetry: true },
        { id: 'message', method: 'POST', url: '/chats/c/messages', body: {} },
      ],
      { scopes: ['Calendars.ReadWrite'], sleep: async () => undefined },
    );
    expect(endpoint.rounds[1]?.map((r) => r.id)).toEqual(['event']);
    expect(results.get('event')?.status).toBe(201);
    expect(results.get('message')?.error).toMatchObject({ kind: 'throttled', ambiguous: true });
  });

  it('sends more than 20 requests as several batches', async () => {
    const endpoint = batchEndpoint(() => 200);
    const results = await runBatch(
      graphWith(endpoint),
      Array.from({ length: 23 }, (_, i) => get(`r${i}`)),
      { scopes: ['User.Read'] },
    );
    expect(endpoint.rounds.map((r) => r.length)).toEqual([20, 3]);
    expect(results.size).toBe(23);
  });
});

describe('runBatch timing (one loop with every other Graph request: withRetries)', () => {
  const recordSleeps = () => {
    const sleeps: number[] = [];
    return { sleeps, sleep: async (ms: number) => void sleeps.push(ms) };
  };

  it('waits the longest Retry-After among the items it sends again, whether seconds or a date', async () => {
    // Round 1: a asks 1 s, b asks until 3 s after now (an HTTP date), c (a safe 503) asks nothing.
    const asked: Record<string, string | undefined> = { a: '1', b: new Date(10_000 + 3000).toUTCString(), c: undefined };
    const endpoint = batchEndpoint(
      (id, round) => (round > 1 || id === 'ok' ? 200 : id === 'c' ? 503 : 429),
      (id) => asked[id],
    );
    const { sleeps, sleep } = recordSleeps();
    const results = await runBatch(graphWith(endpoint), [get('a'), get('b'), get('c'), get('ok')], { scopes: ['User.Read'], sleep, now: () => 10_000 });
    expect(sleeps).toEqual([3000]);
    expect(endpoint.rounds.map((r) => r.map((x) => x.id))).toEqual([
      ['a', 'b', 'c', 'ok'],
      ['a', 'b', 'c'],
    ]);
    expect([...results.values()].map((r) => r.status)).toEqual([200, 200, 200, 200]);
  });

  it('backs off exponentially (with jitter) when no item it sends again gave a Retry-After', async () => {
    const endpoint = batchEndpoint(() => 503);
    const { sleeps, sleep } = recordSleeps();
    const results = await runBatch(graphWith(endpoint), [get('a')], { scopes: ['User.Read'], sleep, maxAttempts: 4, random: () => 0.5 });
    expect(sleeps).toEqual([500, 1000, 2000]);
    expect(endpoint.rounds).toHaveLength(4);
    expect(results.get('a')?.status).toBe(503);
    // Jitter spreads parallel retries: ±20 % of the back-off.
    const low = recordSleeps();
    await runBatch(graphWith(batchEndpoint(() => 503)), [get('a')], { scopes: ['User.Read'], sleep: low.sleep, maxAttempts: 2, random: () => 0 });
    expect(low.sleeps).toEqual([400]);
  });

  it('stops at the default total-wait bound (30 s), never starting a wait that would pass it', async () => {
    const endpoint = batchEndpoint(
      () => 429,
      () => '11',
    );
    const { sleeps, sleep } = recordSleeps();
    const results = await runBatch(graphWith(endpoint), [get('a')], { scopes: ['User.Read'], sleep });
    // 11 + 11 = 22 s; a third 11 s would make 33 s > 30 s. Five attempts were allowed, three were sent.
    expect(sleeps).toEqual([11_000, 11_000]);
    expect(endpoint.rounds).toHaveLength(3);
    expect(results.get('a')?.error?.kind).toBe('throttled');
  });

  it('ends the retries when an item asks for more than one wait may be (15 s), rather than waiting it', async () => {
    const endpoint = batchEndpoint(
      (id) => (id === 'slow' ? 429 : 200),
      () => '20',
    );
    const { sleeps, sleep } = recordSleeps();
    const results = await runBatch(graphWith(endpoint), [get('slow'), get('fine')], { scopes: ['User.Read'], sleep });
    expect(sleeps).toEqual([]);
    expect(endpoint.rounds).toHaveLength(1);
    expect(results.get('slow')).toMatchObject({ status: 429, error: { kind: 'throttled', retryAfterMs: 20_000 } });
    expect(results.get('fine')?.status).toBe(200);
  });
});
