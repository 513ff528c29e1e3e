/**
 * One answer from an async function, for a component: asked again when a dependency changes or on
 * `reload`, and an answer that comes after that (or after the component has gone) is ignored — the
 * screen never shows the answer to an older question. The function gets an AbortSignal that fires
 * at that moment, for callers that can stop their work (or must not act on a late answer).
 *
 * The function may return undefined: nothing to ask yet (Microsoft 365 not ready, no contract).
 * Nothing starts, and the state becomes 'idle' with the last answer kept.
 *
 * `deps` are checked by react-hooks/exhaustive-deps like useEffect's (additionalHooks in
 * eslint.config.mjs).
 */
import { useCallback, useEffect, useState, type DependencyList } from 'react';

/**
 * `state`: 'idle' until the function first returns a promise, and while it returns undefined.
 * `value`: the last answer — kept while the next one loads (so a reload need not blank the screen),
 * undefined after a failure (so a failed question never shows an older answer as if it were current).
 * `error`: what the function rejected with, while state is 'failed'.
 */
type Settled<T> =
  | { state: 'idle' | 'loading'; value: T | undefined; error: undefined }
  | { state: 'done'; value: T; error: undefined }
  | { state: 'failed'; value: undefined; error: unknown };

export type AsyncResult<T> = Settled<T> & {
  /** Ask again with the same dependencies. */
  reload(): void;
};

export function useAsync<T>(run: (signal: AbortSignal) => Promise<T> | undefined, deps: DependencyList): AsyncResult<T> {
  const [settled, setSettled] = useState<Settled<T>>({ state: 'idle', value: undefined, error: undefined });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const pending = run(controller.signal);
    if (!pending) {
      setSettled((prev) => (prev.state === 'idle' ? prev : { state: 'idle', value: prev.value, error: undefined }));
      return () => controller.abort();
    }
    setSettled((prev) => ({ state: 'loading', value: prev.value, error: undefined }));
    pending.then(
      (value) => {
        if (!controller.signal.aborted) setSettled({ state: 'done', value, error: undefined });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ state: 'failed', value: undefined, error });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps, checked at its call site (additionalHooks); run is a new closure every render
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...settled, reload };
}
