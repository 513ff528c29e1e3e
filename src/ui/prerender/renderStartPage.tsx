/**
 * Renders the start page at build time, in Node, with React's static renderer and Griffel's style
 * extraction (Fluent UI v9's server-rendering recipe: one renderer for the render, then
 * renderToStyleElements). It renders the app's own tree (AppRoot) from a brand-new visit's state,
 * with the tool's text as src/content has it at build time, so the page is the app, not a copy.
 * Used by scripts/prerender.tsx, which the webpack build runs (scripts/prerender-plugin.cjs).
 */
import { createDOMRenderer, renderToStyleElements } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { getContent } from '../../content';
import type { Locale } from '../../content/types';
import { uiStrings } from '../../content/uiStringsByLocale';
import { createEmptyDraft } from '../../domain/draft';
import type { HostContext } from '../../host/types';
import { AppRoot } from '../AppRoot';
import type { DraftSession } from '../draftSession';
import type { Booted } from '../useBoot';

export interface PrerenderedPage {
  /** The markup for inside <div id="root">. */
  body: string;
  /** Griffel's <style> elements (with their bucket attributes, for rehydration), for <head>. */
  head: string;
}

/** A plain browser tab in the light theme, speaking `locale`: what a first visit looks like. */
function firstVisit(locale: Locale, now: Date): Booted {
  const host: HostContext = {
    kind: 'browser',
    locale,
    theme: 'default',
    onThemeChange: () => () => undefined,
    notifySuccess: () => undefined,
  };
  const session: DraftSession = {
    draft: createEmptyDraft(now, locale),
    recoveredFromCorrupt: false,
    unownedOffer: false,
    save: () => undefined,
    onStatus: () => () => undefined,
    flush: () => Promise.resolve(),
  };
  // No theme object: the light theme's variables are in the page's own stylesheet
  // (scripts/theme-css-plugin.cjs), as the browser's first render also leaves them.
  return { host, session, fluentTheme: undefined, locale, content: getContent(locale), t: uiStrings[locale] };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function renderStartPage(locale: Locale, now: Date = new Date()): Promise<PrerenderedPage> {
  const renderer = createDOMRenderer();
  // prerender (not renderToString) waits for lazy parts (the demo marker), so the page is
  // complete and hydration finds no unfinished Suspense boundary. One chunk for the whole page:
  // React would otherwise move large Suspense boundaries out of place and reveal them with inline
  // scripts, which the Content-Security-Policy (no inline script) rightly blocks.
  const { prelude } = await prerenderToNodeStream(<AppRoot booted={firstVisit(locale, now)} renderer={renderer} />, {
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  const body = await readAll(prelude);
  const head = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return { body, head };
}
