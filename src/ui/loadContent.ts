/**
 * The tool's text and the app's own words in one language, loaded on demand: the leader reads one
 * language at a time, so the other stays out of the first screen's script until the language
 * switch asks for it. One chunk per language (content-da, content-en).
 */
import type { Locale, ToolContent } from '../content/types';
import type { UiStrings } from '../content/uiStrings';
import { cachedLoad } from './cachedLoad';

/** Everything a language says: the tool's text and the app's buttons, labels and status. */
export interface LocaleText {
  content: ToolContent;
  t: UiStrings;
}

// One module per language (content and UI strings re-exported together), so each is one request.
// Unnamed here: webpack.config.js's `content` cache group names the chunk, and also keeps in it the
// text that lazy features import (a named import would conflict with it).
const loaders: Record<Locale, () => Promise<LocaleText>> = {
  da: () => import('../content/localeText.da').then((m) => ({ content: m.content, t: m.t })),
  en: () => import('../content/localeText.en').then((m) => ({ content: m.content, t: m.t })),
};

export const loadContent: (locale: Locale) => Promise<LocaleText> = cachedLoad((locale: Locale) => loaders[locale]());

/** Only the tool's text in a language (what the store needs to render Lederaftale.docx). */
export function loadToolContent(locale: Locale): Promise<ToolContent> {
  return loadContent(locale).then((text) => text.content);
}
