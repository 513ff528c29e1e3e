/** @jest-environment node */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import {
  defaultRetryOptions,
  mayRetryStatus,
  nextWait,
  RetryMiddleware,
  RetryPolicyOption,
  retryDelayMs,
  withRetries,
  type AttemptOutcome,
} from '../../../src/graph/retry';

/** A fake end of the chain answering from a script of statuses (or throwing for 'network'). */
function scripted(script: Array<number | 'network'>, retryAfter?: string): Middleware & { calls: number } {
  const fake = {
    calls: 0,
    setNext() {},
    async execute(context: Context) {
      const step = script[Math.min(fake.calls, script.length - 1)];
      fake.calls += 1;
      if (step === 'network') throw new TypeError('fetch failed');
      context.response = new Response(step === 204 ? null : '{}', { status: step, headers: retryAfter ? { 'Retry-After': retryAfter } : {} });
    },
  };
  return fake;
}

function contextFor(method: string, policy?: 'all' | 'throttleOnly' | 'none'): Context {
  const options = policy ? [new RetryPolicyOption(policy)] : [];
  const map = new Map(options.map((o) => [o.constructor, o]));
  return {
    request: 'https://graph.microsoft.com/v1.0/me',
    options: { method },
    middlewareControl: { getMiddlewareOptions: (fn: unknown) => map.get(fn as never) } as never,
  };
}

const fixed = { baseDelayMs: 500, now: () => 0, random: () => 0.5 };

describe('retry timing', () => {
  it('uses Retry-After when given, else exponential back-off', () => {
    expect(retryDelayMs('2', 1, fixed)).toBe(2000);
    expect(retryDelayMs(null, 1, fixed)).toBe(500);
    expect(retryDelayMs(null, 3, fixed)).toBe(2000);
  });

  it('stops at the attempt bound, the single-wait bound and the total-wait bound', () => {
    const bounds = { ...fixed, maxAttempts: 3, maxSingleWaitMs: 10_000, maxTotalWaitMs: 12_000 };
    expect(nextWait('1', 2, 0, bounds)).toBe(1000);
    expect(nextWait('1', 3, 0, bounds)).toBeNull();
    expect(nextWait('30', 1, 0, bounds)).toBeNull();
    expect(nextWait('5', 1, 8000, bounds)).toBeNull();
  });

  it('takes a wait already parsed into milliseconds as the header would be, bounds included', () => {
    const bounds = { ...fixed, maxAttempts: 3, maxSingleWaitMs: 10_000, maxTotalWaitMs: 12_000 };
    expect(retryDelayMs({ ms: 1500 }, 1, fixed)).toBe(1500);
    expect(retryDelayMs({ ms: 0 }, 2, fixed)).toBe(0);
    // None asked for: the same back-off as a missing header.
    expect(retryDelayMs({ ms: undefined }, 3, fixed)).toBe(retryDelayMs(null, 3, fixed));
    expect(nextWait({ ms: 10_001 }, 1, 0, bounds)).toBeNull();
    expect(nextWait({ ms: 5000 }, 1, 8000, bounds)).toBeNull();
    expect(nextWait({ ms: 4000 }, 1, 8000, bounds)).toBe(4000);
  });

  it('retries 503/504 only when the request is safe to repeat', () => {
    expect(mayRetryStatus(429, 'throttleOnly')).toBe(true);
    expect(mayRetryStatus(503, 'throttleOnly')).toBe(false);
    expect(mayRetryStatus(504, 'all')).toBe(true);
    expect(mayRetryStatus(429, 'none')).toBe(false);
    expect(mayRetryStatus(500, 'all')).toBe(false);
  });
});

describe('withRetries, the one retry loop', () => {
  const options = (sleep: jest.Mock) => ({ ...defaultRetryOptions, ...fixed, maxAttempts: 3, maxSingleWaitMs: 10_000, maxTotalWaitMs: 12_000, sleep });

  it('returns the first answer that is done, waiting as nextWait says between tries and tidying first', async () => {
    const order: string[] = [];
    const sleep = jest.fn(async (ms: number) => void order.push(`sleep ${ms}`));
    const attempts: number[] = [];
    const value = await withRetries(options(sleep), async (n): Promise<AttemptOutcome<string>> => {
      attempts.push(n);
      if (n === 3) return { kind: 'done', value: 'svar' };
      return { kind: 'again', retryAfter: n === 1 ? '2' : null, giveUp: () => 'opgivet', beforeRetry: async () => void order.push(`tidy ${n}`) };
    });
    expect(value).toBe('svar');
    expect(attempts).toEqual([1, 2, 3]);
    // Retry-After: 2 s first, then back-off for the second attempt (500 ms · 2).
    expect(order).toEqual(['tidy 1', 'sleep 2000', 'tidy 2', 'sleep 1000']);
  });

  it('gives up with what the last attempt says once the bounds allow no more tries, without tidying or waiting', async () => {
    const sleep = jest.fn(async () => undefined);
    const beforeRetry = jest.fn(async () => undefined);
    const value = await withRetries(options(sleep), async (n): Promise<AttemptOutcome<string>> => ({
      kind: 'again',
      retryAfter: null,
      giveUp: () => `opgivet ${n}`,
      beforeRetry,
    }));
    expect(value).toBe('opgivet 3');
    expect(sleep).toHaveBeenCalledTimes(2);
    expect(beforeRetry).toHaveBeenCalledTimes(2);
    // A Retry-After beyond the single-wait bound gives up at once: it is respected, never cut short.
    await expect(
      withRetries(options(sleep), async (): Promise<AttemptOutcome<string>> => ({
        kind: 'again',
        retryAfter: '60',
        giveUp: () => {
          throw new Error('for længe');
        },
      })),
    ).rejects.toThrow('for længe');
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('ends with the error an attempt throws, without trying again', async () => {
    const sleep = jest.fn(async () => undefined);
    const attempt = jest.fn(async (): Promise<AttemptOutcome<string>> => {
      throw new Error('ingen token');
    });
    await expect(withRetries(options(sleep), attempt)).rejects.toThrow('ingen token');
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });
});

describe('RetryMiddleware', () => {
  afterEach(() => jest.useRealTimers());

  it('waits exactly Retry-After between attempts (fake timers)', async () => {
    jest.useFakeTimers();
    const end = scripted([429, 429, 200], '2');
    const retry = new RetryMiddleware({ maxAttempts: 5 });
    retry.setNext(end);
    const context = contextFor('GET');
    const done = retry.execute(context);
    await jest.advanceTimersByTimeAsync(1999);
    expect(end.calls).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(end.calls).toBe(2);
    await jest.advanceTimersByTimeAsync(2000);
    await done;
    expect(end.calls).toBe(3);
    expect(context.response?.status).toBe(200);
    expect((context.options?.headers as Record<string, string>)['Retry-Attempt']).toBe('2');
  });

  it('gives up after maxAttempts and hands back the last answer', async () => {
    const sleeps: number[] = [];
    const end = scripted([503]);
    const retry = new RetryMiddleware({ maxAttempts: 3, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 });
    retry.setNext(end);
    const context = contextFor('GET');
    await retry.execute(context);
    expect(end.calls).toBe(3);
    expect(sleeps).toEqual([500, 1000]);
    expect(context.response?.status).toBe(503);
  });

  it('does not wait longer than the bound: a long Retry-After ends the retries', async () => {
    const end = scripted([429], '120');
    const retry = new RetryMiddleware({ maxSingleWaitMs: 10_000, sleep: async () => undefined });
    retry.setNext(end);
    const context = contextFor('GET');
    await retry.execute(context);
    expect(end.calls).toBe(1);
    expect(context.response?.status).toBe(429);
  });

  it('retries a POST on 429 but not on 503 (the message may have been posted)', async () => {
    const retry = new RetryMiddleware({ sleep: async () => undefined });
    const throttled = scripted([429, 201]);
    retry.setNext(throttled);
    await retry.execute(contextFor('POST'));
    expect(throttled.calls).toBe(2);

    const unavailable = scripted([503, 201]);
    retry.setNext(unavailable);
    const context = contextFor('POST', 'throttleOnly');
    await retry.execute(context);
    expect(unavailable.calls).toBe(1);
    expect(context.response?.status).toBe(503);
  });

  it('retries a POST marked safe (transactionId) on 503 and on a lost answer', async () => {
    const retry = new RetryMiddleware({ sleep: async () => undefined });
    const end = scripted([503, 'network', 201]);
    retry.setNext(end);
    const context = contextFor('POST', 'all');
    await retry.execute(context);
    expect(end.calls).toBe(3);
    expect(context.response?.status).toBe(201);
  });

  it('rethrows a lost answer for a request that is not safe to repeat', async () => {
    const retry = new RetryMiddleware({ sleep: async () => undefined });
    const end = scripted(['network', 201]);
    retry.setNext(end);
    await expect(retry.execute(contextFor('POST', 'throttleOnly'))).rejects.toThrow('fetch failed');
    expect(end.calls).toBe(1);
  });
});
