/**
 * Non-idempotent creates that Graph does not deduplicate (a chat message, a To Do task, an
 * invitation) are made safe here: a client-side guard key travels inside what is created, and after
 * an ambiguous failure (5xx, lost answer) we look for it before sending again. A 429 is never
 * ambiguous — Graph refuses before doing anything — so the retry middleware repeats those directly
 * (policy `throttleOnly`).
 */
import { isGraphAppError, toGraphAppError, type GraphAppError } from './errors';
import { defaultRetryOptions, withRetries, type AttemptOutcome, type RetryOptions } from './retry';

export interface GuardedCreate<T> {
  /** Send the create once (its own retries limited to 429s). */
  create: () => Promise<T>;
  /** Find what an earlier attempt may have created, by the guard key. */
  findExisting: () => Promise<T | undefined>;
  /** Rounds of create-then-check; default 4. */
  maxRounds?: number;
  /**
   * Which failures may have created something and are worth another round; default Graph's own
   * `ambiguous` (5xx, lost answer). A 429 is not: the middleware repeats those before we see them.
   */
  mayHaveLanded?: (error: GraphAppError) => boolean;
  /** Waits, bounds and clock when not the defaults (tests pass their own sleep). */
  retry?: Partial<RetryOptions>;
}

/** Graph's Retry-After when it sent one, else 300 ms doubling (with jitter), within the usual bounds. */
const GUARDED_RETRY: Partial<RetryOptions> = { baseDelayMs: 300 };

type Created<T> = { value: T; recovered: boolean };

const isAmbiguous = (error: GraphAppError): boolean => error.ambiguous;

export async function guardedCreate<T>(spec: GuardedCreate<T>): Promise<Created<T>> {
  const options: RetryOptions = { ...defaultRetryOptions, ...GUARDED_RETRY, maxAttempts: spec.maxRounds ?? 4, ...spec.retry };
  let lastError: GraphAppError | undefined;
  // Out of tries: a last look, so a create that did land is still reported as done.
  const giveUp = async (): Promise<Created<T>> => {
    const existing = await spec.findExisting().catch(() => undefined);
    if (existing !== undefined) return { value: existing, recovered: true };
    if (lastError) throw lastError;
    throw new Error('guardedCreate: no attempt made');
  };
  return withRetries(options, async (attempt): Promise<AttemptOutcome<Created<T>>> => {
    if (attempt > 1) {
      // An earlier attempt may have landed: never send again before a lookup has said it did not.
      // withRetries has waited by now, so the lookup sees what the lost answer made.
      let existing: T | undefined;
      try {
        existing = await spec.findExisting();
      } catch (lookupError) {
        if (!isGraphAppError(lookupError)) throw lookupError;
        return { kind: 'again', retryAfter: { ms: lookupError.retryAfterMs }, giveUp };
      }
      if (existing !== undefined) return { kind: 'done', value: { value: existing, recovered: true } };
    }
    try {
      return { kind: 'done', value: { value: await spec.create(), recovered: false } };
    } catch (thrown) {
      const error = toGraphAppError(thrown);
      if (!(spec.mayHaveLanded ?? isAmbiguous)(error)) throw error;
      lastError = error;
      return { kind: 'again', retryAfter: { ms: error.retryAfterMs }, giveUp };
    }
  });
}
