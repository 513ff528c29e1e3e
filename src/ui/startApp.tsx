/**
 * Starts the app in the page. A production build's index.html carries the start page prerendered
 * at build time (<div id="root" data-prerendered="da">, see scripts/prerender-plugin.cjs), so the
 * first paint needs no JavaScript. Once the host and the saved draft are known, the app hydrates
 * that markup when it would render the very same thing, and renders afresh otherwise (another
 * step, a view, another language or theme): hydrating different markup would only make React
 * throw it away with an error in the console.
 */
import { createDOMRenderer } from '@fluentui/react-components';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { isOneOf } from '../domain/catalog';
import { isTimerRunning, timerElapsedMs } from '../domain/draft';
import type { Locale } from '../content/types';
import { App } from './App';
import { AppRoot } from './AppRoot';
import { boot, type Booted } from './useBoot';
import { routeFromSearch } from './views';

export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

const LOCALES = ['da', 'en'] as const;

/** The language the container was prerendered in, or null when it holds no prerendered page. */
export function prerenderedLocale(container: Element): Locale | null {
  const value = container.getAttribute(PRERENDERED_ATTRIBUTE);
  return value && isOneOf(LOCALES, value) ? value : null;
}

/**
 * Would the booted app render exactly the prerendered start page? The prerender is a new visit:
 * the host's language, the light theme, the Start step, no view, no language chosen in the app,
 * the timer not started, no notice about a damaged draft, not the compact meeting side panel.
 */
export function matchesPrerender(booted: Booted, prerendered: Locale, search: string, now: Date): boolean {
  const { draft } = booted.session;
  return (
    booted.locale === prerendered &&
    booted.host.theme === 'default' &&
    booted.host.frameContext !== 'meetingSidePanel' &&
    draft.ui.step === 'start' &&
    !draft.ui.localeOverride &&
    !isTimerRunning(draft.ui.timer) &&
    timerElapsedMs(draft.ui.timer, now) === 0 &&
    !booted.session.recoveredFromCorrupt &&
    routeFromSearch(search) === null
  );
}

export async function startApp(container: HTMLElement): Promise<void> {
  const prerendered = prerenderedLocale(container);
  if (!prerendered) {
    // Nothing prerendered (the development server): the app shows its own loading state.
    createRoot(container).render(<App />);
    return;
  }
  // Until boot is done the prerendered page stays on screen, readable, as it was painted.
  const booted = await boot();
  const tree = <AppRoot booted={booted} renderer={createDOMRenderer(document)} />;
  if (matchesPrerender(booted, prerendered, window.location.search, new Date())) {
    // As a transition, hydration is time-sliced: React yields to the browser every few
    // milliseconds instead of blocking the main thread for the whole tree in one long task
    // (Lighthouse's Total Blocking Time). The page is already painted; input that arrives
    // meanwhile makes React finish hydrating at once and then handle it.
    startTransition(() => {
      hydrateRoot(container, tree);
    });
  } else createRoot(container).render(tree);
}
