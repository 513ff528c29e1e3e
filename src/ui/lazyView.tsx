/**
 * React.lazy, except that a failed load can be tried again. React.lazy remembers a rejected import
 * for good, so a chunk that failed once (a dropped connection, a deploy that replaced the chunk) could
 * only load after a reload: the view stayed broken. Here a failure is kept (so React's own re-render
 * after an error does not quietly fetch again) until retryFailedLoads(), which ViewErrorBoundary's
 * "Prøv igen" calls; the next render then imports afresh (webpack forgets a chunk that failed to
 * load). While loading it suspends, like React.lazy.
 *
 * Every lazy step and view renders inside Fluent's provider (FluentScope), loaded alongside it: the
 * first screen has none of Fluent's components and does not load the provider.
 */
import { use, type ComponentType } from 'react';

/** How to forget each load that failed. */
const failed = new Set<() => void>();

/** Every failed load is tried again at its next render. */
export function retryFailedLoads(): void {
  for (const forget of failed) forget();
  failed.clear();
}

const loadScope = () => import(/* webpackChunkName: "fluent-scope" */ './FluentScope');

export function lazyView<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let loading: Promise<[{ default: ComponentType<P> }, Awaited<ReturnType<typeof loadScope>>]> | undefined;
  function LazyView(props: P) {
    loading ??= Promise.all([load(), loadScope()]).catch((error: unknown) => {
      failed.add(() => (loading = undefined));
      throw error;
    });
    const [{ default: View }, { FluentScope }] = use(loading);
    return (
      <FluentScope>
        <View {...props} />
      </FluentScope>
    );
  }
  return LazyView;
}
