/**
 * useAsync: the screen shows the answer to the current question only — a late answer (after a
 * dependency changed, or after unmount) is ignored and its signal aborted; a failure is its own
 * state; reload asks again; a function that returns undefined starts nothing.
 */
import { act, renderHook } from '@testing-library/react';
import { useAsync } from '../../../src/ui/useAsync';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

it('loads, then shows the answer', async () => {
  const answer = deferred<string>();
  const { result } = renderHook(() => useAsync(() => answer.promise, []));
  expect(result.current.state).toBe('loading');
  expect(result.current.value).toBeUndefined();
  await act(async () => answer.resolve('svar'));
  expect(result.current).toMatchObject({ state: 'done', value: 'svar', error: undefined });
});

it('ignores the answer to an older question when a dependency changes, and aborts it', async () => {
  const answers = { a: deferred<string>(), b: deferred<string>() };
  const signals: Record<string, AbortSignal> = {};
  const { result, rerender } = renderHook(
    ({ key }: { key: 'a' | 'b' }) =>
      useAsync(
        (signal) => {
          signals[key] = signal;
          return answers[key].promise;
        },
        [key],
      ),
    { initialProps: { key: 'a' as 'a' | 'b' } },
  );
  rerender({ key: 'b' });
  expect(signals.a!.aborted).toBe(true);
  expect(signals.b!.aborted).toBe(false);
  await act(async () => answers.a.resolve('old'));
  expect(result.current.state).toBe('loading');
  expect(result.current.value).toBeUndefined();
  await act(async () => answers.b.resolve('new'));
  expect(result.current).toMatchObject({ state: 'done', value: 'new' });
  // A late failure of the old question does not overwrite the current answer either.
  await act(async () => answers.a.reject(new Error('late')));
  expect(result.current).toMatchObject({ state: 'done', value: 'new' });
});

it('asks again when a dependency changes, keeping the last answer while the next one loads', async () => {
  const run = jest.fn(async (n: number) => `svar ${n}`);
  const { result, rerender } = renderHook(({ n }: { n: number }) => useAsync(() => run(n), [n]), { initialProps: { n: 1 } });
  await act(async () => undefined);
  expect(result.current).toMatchObject({ state: 'done', value: 'svar 1' });
  const next = deferred<string>();
  run.mockReturnValueOnce(next.promise);
  rerender({ n: 2 });
  expect(run).toHaveBeenLastCalledWith(2);
  expect(result.current).toMatchObject({ state: 'loading', value: 'svar 1' });
  await act(async () => next.resolve('svar 2'));
  expect(result.current).toMatchObject({ state: 'done', value: 'svar 2' });
  // The same dependencies do not ask again.
  rerender({ n: 2 });
  expect(run).toHaveBeenCalledTimes(2);
});

it('ignores an answer that comes after unmount', async () => {
  const answer = deferred<string>();
  let signal: AbortSignal | undefined;
  const { result, unmount } = renderHook(() =>
    useAsync((s) => {
      signal = s;
      return answer.promise;
    }, []),
  );
  unmount();
  expect(signal?.aborted).toBe(true);
  const consoleError = jest.spyOn(console, 'error');
  await act(async () => answer.resolve('for sent'));
  expect(result.current.state).toBe('loading');
  expect(consoleError).not.toHaveBeenCalled();
  consoleError.mockRestore();
});

it('shows a failure as its own state, without an older answer', async () => {
  const failure = new Error('Graph svarer ikke');
  const run = jest.fn<Promise<string>, []>().mockResolvedValueOnce('svar').mockRejectedValueOnce(failure);
  const { result } = renderHook(() => useAsync(() => run(), []));
  await act(async () => undefined);
  expect(result.current).toMatchObject({ state: 'done', value: 'svar' });
  await act(async () => result.current.reload());
  expect(result.current).toMatchObject({ state: 'failed', value: undefined, error: failure });
});

it('asks again on reload with the same dependencies, and clears the failure while it loads', async () => {
  const again = deferred<string>();
  const run = jest.fn<Promise<string>, []>().mockRejectedValueOnce(new Error('offline')).mockReturnValueOnce(again.promise);
  const { result } = renderHook(() => useAsync(() => run(), []));
  await act(async () => undefined);
  expect(result.current.state).toBe('failed');
  const reload = result.current.reload;
  act(() => result.current.reload());
  expect(run).toHaveBeenCalledTimes(2);
  expect(result.current).toMatchObject({ state: 'loading', error: undefined });
  await act(async () => again.resolve('online'));
  expect(result.current).toMatchObject({ state: 'done', value: 'online' });
  // reload is the same function on every render, so it can be a dependency or a prop without churn.
  expect(result.current.reload).toBe(reload);
});

it('starts nothing while the function returns undefined, and starts once it returns a promise', async () => {
  const { result, rerender } = renderHook(({ ready }: { ready: boolean }) => useAsync(() => (ready ? Promise.resolve('klar') : undefined), [ready]), {
    initialProps: { ready: false },
  });
  await act(async () => undefined);
  expect(result.current).toMatchObject({ state: 'idle', value: undefined });
  rerender({ ready: true });
  expect(result.current.state).toBe('loading');
  await act(async () => undefined);
  expect(result.current).toMatchObject({ state: 'done', value: 'klar' });
  // Back to nothing to ask: idle again, the last answer kept.
  rerender({ ready: false });
  expect(result.current).toMatchObject({ state: 'idle', value: 'klar' });
});
