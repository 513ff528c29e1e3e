/**
 * The tool's text and the app's own words in one language, loaded on demand: the leader reads one
 * language at a time, so the other stays out of the first screen's script until the language
 * switch asks for it. Each language comes in two chunks: what the start page shows (content-da,
 * content-en) and what only steps 1–3 add (content-da-steps, content-en-steps), which a step
 * loads beside its own chunk (lazyView). It is not fetched ahead: a first visit counts every script
 * fetched until the network is idle, and the step's own chunk is fetched at the same moment anyway.
 */
import type { Locale, StartContent, StepContent, ToolContent } from '../content/types';
import type { StartUiStrings, StepUiStrings, UiStrings } from '../content/uiStrings';
import { cachedLoad } from './cachedLoad';

/** What the start page says: its part of the tool's text and of the app's words. */
export interface LocaleText {
  content: StartContent;
  t: StartUiStrings;
}

/** What steps 1–3 add to it. */
interface StepText {
  content: StepContent;
  t: StepUiStrings;
}

/** Everything a language says: the tool's text and the app's buttons, labels and status. */
export interface FullLocaleText {
  locale: Locale;
  content: ToolContent;
  t: UiStrings;
}

// One module per language and part (content and UI strings re-exported together), so each is one request.
// Unnamed here: webpack.config.js's `content` cache groups name the chunks, and also keep in them the
// text that lazy features import (a named import would conflict with it).
const startLoaders: Record<Locale, () => Promise<LocaleText>> = {
  da: () => import('../content/localeText.da').then((m) => ({ content: m.content, t: m.t })),
  en: () => import('../content/localeText.en').then((m) => ({ content: m.content, t: m.t })),
};
const stepLoaders: Record<Locale, () => Promise<StepText>> = {
  da: () => import('../content/localeSteps.da').then((m) => ({ content: m.content, t: m.t })),
  en: () => import('../content/localeSteps.en').then((m) => ({ content: m.content, t: m.t })),
};

/** The start page's text in a language. */
export const loadContent = cachedLoad((locale: Locale) => startLoaders[locale]());

const loadStepParts = cachedLoad((locale: Locale) => stepLoaders[locale]());

const loadedFull = new Map<Locale, FullLocaleText>();

/** Everything a language says (a step's view, the language switch); one object per language. */
export const loadFullText: (locale: Locale) => Promise<FullLocaleText> = cachedLoad(completed);

async function completed(locale: Locale): Promise<FullLocaleText> {
  const [start, steps] = await Promise.all([loadContent(locale), loadStepParts(locale)]);
  const full = { locale, content: { ...start.content, ...steps.content }, t: { ...start.t, ...steps.t } };
  loadedFull.set(locale, full);
  return full;
}

/** Whether a language's text has steps 1–3's part too (after a language switch, in the prerender, in tests). */
export function isWhole<T extends LocaleText>(text: T): text is T & Omit<FullLocaleText, 'locale'> {
  return 'guide' in text.content && 'guide' in text.t;
}

/** Everything a language says if it has loaded, so a step can render without suspending. */
export function loadedFullText(locale: Locale): FullLocaleText | undefined {
  return loadedFull.get(locale);
}

/** Only the tool's text in a language (what the store needs to render Lederaftale.docx). */
export function loadToolContent(locale: Locale): Promise<ToolContent> {
  return loadFullText(locale).then((text) => text.content);
}
