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
 *
 * Likewise every step and view reads the whole language, steps 1–3's text too, which the first
 * screen does not load (src/ui/loadContent.ts): it loads alongside, and is provided below the view.
 */
import { use, type ComponentType } from 'react';
import type { Locale } from '../content/types';
import { StepTextProvider, useProvidedLocale, useStartLocale, type LocaleContextValue } from './AppContext';
import { loadedFullText, loadFullText } from './loadContent';

/** How to forget each load that failed. */
const failed = new Set<() => void>();

/** Every failed load is tried again at its next render. */
export function retryFailedLoads(): void {
  for (const forget of failed) forget();
  failed.clear();
}

/** The whole language, per language; a failure is kept until retryFailedLoads(), like a view's. */
const fullTexts = new Map<Locale, Promise<LocaleContextValue>>();

function fullText(locale: Locale): Promise<LocaleContextValue> {
  let loading = fullTexts.get(locale);
  if (!loading) {
    loading = loadFullText(locale).catch((error: unknown) => {
      failed.add(() => fullTexts.delete(locale));
      throw error;
    });
    fullTexts.set(locale, loading);
  }
  return loading;
}

const loadScope = () => import(/* webpackChunkName: "fluent-scope" */ './FluentScope');

export function lazyView<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let loading: Promise<[{ default: ComponentType<P> }, Awaited<ReturnType<typeof loadScope>>]> | undefined;
  function LazyView(props: P) {
    const provided = useProvidedLocale();
    const { locale } = useStartLocale();
    loading ??= Promise.all([load(), loadScope()]).catch((error: unknown) => {
      failed.add(() => (loading = undefined));
      throw error;
    });
    // Read synchronously once loaded (an earlier step or view, or the language switch, fetched it), so the next step opens without suspending for it.
    const text = provided ?? loadedFullText(locale) ?? use(fullText(locale));
    const [{ default: View }, { FluentScope }] = use(loading);
    return (
      <FluentScope>
        <StepTextProvider text={text}>
          <View {...props} />
        </StepTextProvider>
      </FluentScope>
    );
  }
  return LazyView;
}
