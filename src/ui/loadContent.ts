/**
 * The tool's text and the app's own words in one language, loaded on demand: the leader reads one
 * language at a time, so the other stays out of the first screen's script until the language
 * switch asks for it. Both modules of a language share one chunk (content-da, content-en).
 */
import type { Locale, ToolContent } from '../content/types';
import type { UiStrings } from '../content/uiStrings';

/** Everything a language says: the tool's text and the app's buttons, labels and status. */
export interface LocaleText {
  content: ToolContent;
  t: UiStrings;
}

const loaders: Record<Locale, () => Promise<LocaleText>> = {
  da: () =>
    Promise.all([import(/* webpackChunkName: "content-da" */ '../content/da'), import(/* webpackChunkName: "content-da" */ '../content/uiStrings.da')]).then(
      ([c, u]) => ({ content: c.da, t: u.uiStringsDa }),
    ),
  en: () =>
    Promise.all([import(/* webpackChunkName: "content-en" */ '../content/en'), import(/* webpackChunkName: "content-en" */ '../content/uiStrings.en')]).then(
      ([c, u]) => ({ content: c.en, t: u.uiStringsEn }),
    ),
};

const cache = new Map<Locale, Promise<LocaleText>>();

export function loadContent(locale: Locale): Promise<LocaleText> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = loaders[locale]();
    pending.catch(() => cache.delete(locale));
    cache.set(locale, pending);
  }
  return pending;
}
