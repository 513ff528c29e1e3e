/**
 * Retries of throttled and unavailable answers (429, 503, 504), honouring Retry-After within a bound.
 *
 * Why our own middleware instead of the SDK's RetryHandler:
 *  - RetryHandler retries every method, POSTs included, on 503/504 — answers after which a
 *    chat message may already be posted. We need a per-request policy: `all` for reads and for
 *    writes that are idempotent or deduplicated by Graph (events carry a transactionId),
 *    `throttleOnly` for POSTs that are not (a 429 is refused before any work is done, so it is
 *    always safe), `none` for callers that handle every failure themselves.
 *  - RetryHandler bounds each delay (maxDelay ≤ 180 s) and the count, but not the total wait; a
 *    leader clicking "Book and share" should wait seconds, not minutes. We bound both.
 *  - RetryHandler does not retry a request whose response was lost (fetch rejected); for
 *    policy `all` that is safe and common on flaky Wi-Fi, so we do.
 *  - Sleep and clock are injectable, so the timing is tested with fake timers.
 */
import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import { parseRetryAfter } from './errors';
import { middlewareOption } from './middlewareOptions';

export type RetryPolicy = 'all' | 'throttleOnly' | 'none';

/** Per-request choice of retry policy, passed with GraphRequest.middlewareOptions. */
export class RetryPolicyOption implements MiddlewareOptions {
  constructor(readonly policy: RetryPolicy) {}
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Upper bound on the time spent waiting between attempts, summed. */
  maxTotalWaitMs: number;
  /** Upper bound on one wait; a longer Retry-After ends the retries instead. */
  maxSingleWaitMs: number;
  /** First back-off when Graph gives no Retry-After; doubles per attempt. */
  baseDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
}

export const defaultRetryOptions: RetryOptions = {
  maxAttempts: 5,
  maxTotalWaitMs: 30_000,
  maxSingleWaitMs: 15_000,
  baseDelayMs: 500,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  random: () => Math.random(),
};

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/** Whether an answer with this status may be retried under this policy. */
export function mayRetryStatus(status: number, policy: RetryPolicy): boolean {
  if (policy === 'none') return false;
  if (policy === 'throttleOnly') return status === 429;
  return RETRYABLE_STATUSES.has(status);
}

/**
 * The wait Graph asked for: its Retry-After header as sent (delta-seconds or an HTTP date; null when
 * absent), or already in milliseconds (`ms` undefined when it asked for none) — a caller that saw
 * several answers, or holds a GraphAppError, has parsed it already.
 */
export type RetryAfter = string | null | { ms: number | undefined };

function askedMs(retryAfter: RetryAfter, now: number): number | undefined {
  return retryAfter === null || typeof retryAfter === 'string' ? parseRetryAfter(retryAfter, now) : retryAfter.ms;
}

/**
 * How long to wait before attempt `attempt + 1` (attempt counts from 1): Graph's Retry-After when
 * it sent one, else exponential back-off with jitter (so parallel requests do not retry in step).
 */
export function retryDelayMs(retryAfter: RetryAfter, attempt: number, options: Pick<RetryOptions, 'baseDelayMs' | 'now' | 'random'>): number {
  const asked = askedMs(retryAfter, options.now());
  if (asked !== undefined) return asked;
  const backoff = options.baseDelayMs * 2 ** (attempt - 1);
  return Math.round(backoff * (0.8 + 0.4 * options.random()));
}

/**
 * Decide the next wait, or null to stop: out of attempts, or the wait would break a bound. A
 * Retry-After beyond the bound is respected by stopping, never by retrying early.
 */
export function nextWait(
  retryAfter: RetryAfter,
  attempt: number,
  waitedMs: number,
  options: Pick<RetryOptions, 'maxAttempts' | 'maxTotalWaitMs' | 'maxSingleWaitMs' | 'baseDelayMs' | 'now' | 'random'>,
): number | null {
  if (attempt >= options.maxAttempts) return null;
  const delay = retryDelayMs(retryAfter, attempt, options);
  if (delay > options.maxSingleWaitMs) return null;
  if (waitedMs + delay > options.maxTotalWaitMs) return null;
  return delay;
}

/**
 * What one attempt came to: an answer to keep, or a reason to try again — with the wait Graph asked
 * for, what stands if the bounds allow no more tries (`giveUp`: return or throw), and what to tidy
 * before the next try (`beforeRetry`, e.g. free the connection of a discarded answer).
 */
export type AttemptOutcome<T> = { kind: 'done'; value: T } | { kind: 'again'; retryAfter: RetryAfter; giveUp(): T | Promise<T>; beforeRetry?(): Promise<void> };

/**
 * The one retry loop over Graph requests: runs `attempt` (counting from 1) until it is done, waiting
 * between tries as nextWait allows. An attempt that throws ends the loop with that error.
 *
 * An attempt after the first knows it follows a failure: where a lost answer may have done the
 * work (a create Graph does not deduplicate), that attempt looks before it sends again, and a find
 * is its `done` — so the look comes after the wait, when Graph has had time to show the result.
 */
export async function withRetries<T>(options: RetryOptions, attempt: (n: number) => Promise<AttemptOutcome<T>>): Promise<T> {
  let waited = 0;
  for (let n = 1; ; n += 1) {
    const outcome = await attempt(n);
    if (outcome.kind === 'done') return outcome.value;
    const wait = nextWait(outcome.retryAfter, n, waited, options);
    if (wait === null) return outcome.giveUp();
    await outcome.beforeRetry?.();
    waited += wait;
    await options.sleep(wait);
  }
}

function policyOf(context: Context): RetryPolicy {
  const option = middlewareOption(context, RetryPolicyOption);
  if (option) return option.policy;
  const method = (context.options?.method ?? 'GET').toUpperCase();
  // Without an explicit choice only methods HTTP calls idempotent are retried on 503/504.
  return method === 'POST' ? 'throttleOnly' : 'all';
}

export class RetryMiddleware implements Middleware {
  private next: Middleware | undefined;
  private readonly options: RetryOptions;

  constructor(options: Partial<RetryOptions> = {}) {
    this.options = { ...defaultRetryOptions, ...options };
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('RetryMiddleware needs a next middleware');
    const next = this.next;
    const policy = policyOf(context);
    await withRetries<void>(this.options, async (attempt) => {
      if (attempt > 1) setHeader(context, 'Retry-Attempt', String(attempt - 1));
      let failure: unknown;
      try {
        context.response = undefined;
        await next.execute(context);
      } catch (thrown) {
        failure = thrown;
      }
      const response = context.response;
      if (failure !== undefined || !response) {
        const fail = (): never => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what fetch threw, unchanged
          throw failure ?? new TypeError('fetch failed: no response');
        };
        // No answer at all because the network failed: only a request that is safe to repeat is
        // sent again. Anything else thrown (no token, a bug) is not a reason to repeat.
        return policy === 'all' && isNetworkFailure(failure) ? { kind: 'again', retryAfter: null, giveUp: fail } : fail();
      }
      if (!mayRetryStatus(response.status, policy)) return { kind: 'done', value: undefined };
      return {
        kind: 'again',
        retryAfter: response.headers.get('Retry-After'),
        giveUp: () => undefined,
        // Free the connection of the answer we throw away.
        beforeRetry: () => response.body?.cancel().catch(() => undefined) ?? Promise.resolve(),
      };
    });
  }
}

/** fetch rejects with a TypeError ("Failed to fetch", "fetch failed") when the network fails. */
export function isNetworkFailure(thrown: unknown): boolean {
  if (thrown === undefined) return true;
  const { name, message } = (thrown ?? {}) as { name?: unknown; message?: unknown };
  return name === 'TypeError' || name === 'FetchError' || (typeof message === 'string' && /ECONNRESET|ECONNREFUSED|socket hang up|network/i.test(message));
}

function setHeader(context: Context, name: string, value: string): void {
  const options = context.options ?? (context.options = {});
  const headers = options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) headers.push([name, value]);
  else options.headers = { ...(headers ?? {}), [name]: value };
}
