/**
 * Non-idempotent creates that Graph does not deduplicate (a chat message, a To Do task, an
 * invitation) are made safe here: a client-side guard key travels inside what is created, and after
 * an ambiguous failure (5xx, lost answer) we look for it before sending again. A 429 is never
 * ambiguous — Graph refuses before doing anything — so the retry middleware repeats those directly
 * (policy `throttleOnly`).
 */
import { isGraphAppError, toGraphAppError, type GraphAppError } from './errors';

export interface GuardedCreate<T> {
  /** Send the create once (its own retries limited to 429s). */
  create: () => Promise<T>;
  /** Find what an earlier attempt may have created, by the guard key. */
  findExisting: () => Promise<T | undefined>;
  /** Rounds of create-then-check; default 4. */
  maxRounds?: number;
  /** Wait between rounds (ms); default 300 · round. */
  waitMs?: (round: number) => number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function guardedCreate<T>(spec: GuardedCreate<T>): Promise<{ value: T; recovered: boolean }> {
  const maxRounds = spec.maxRounds ?? 4;
  const sleep = spec.sleep ?? defaultSleep;
  const waitMs = spec.waitMs ?? ((round: number) => 300 * round);
  let lastError: GraphAppError | undefined;
  for (let round = 1; round <= maxRounds; round += 1) {
    if (lastError) {
      // An earlier attempt may have landed: never send again before a lookup has said it did not.
      await sleep(lastError.retryAfterMs ?? waitMs(round - 1));
      let existing: T | undefined;
      try {
        existing = await spec.findExisting();
      } catch (lookupError) {
        if (!isGraphAppError(lookupError)) throw lookupError;
        continue;
      }
      if (existing !== undefined) return { value: existing, recovered: true };
    }
    try {
      return { value: await spec.create(), recovered: false };
    } catch (thrown) {
      const error = toGraphAppError(thrown);
      if (!error.ambiguous) throw error;
      lastError = error;
    }
  }
  // Out of rounds: a last look, so a create that did land is still reported as done.
  const existing = await spec.findExisting().catch(() => undefined);
  if (existing !== undefined) return { value: existing, recovered: true };
  if (lastError) throw lastError;
  throw new Error('guardedCreate: no attempt made');
}
