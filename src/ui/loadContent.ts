/**
 * The tool's text in one language, loaded on demand: the leader reads one language at a time,
 * so the other stays out of the first screen's script until the language switch asks for it.
 */
import type { Locale, ToolContent } from '../content/types';

const loaders: Record<Locale, () => Promise<ToolContent>> = {
  da: () => import(/* webpackChunkName: "content-da" */ '../content/da').then((m) => m.da),
  en: () => import(/* webpackChunkName: "content-en" */ '../content/en').then((m) => m.en),
};

const cache = new Map<Locale, Promise<ToolContent>>();

export function loadContent(locale: Locale): Promise<ToolContent> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = loaders[locale]();
    pending.catch(() => cache.delete(locale));
    cache.set(locale, pending);
  }
  return pending;
}
