import { da } from './da';
import { en } from './en';
import type { Locale, ToolContent } from './types';

export { da } from './da';
export { en } from './en';
export type * from './types';

const contentByLocale: Record<Locale, ToolContent> = { da, en };

export function getContent(locale: Locale): ToolContent {
  return contentByLocale[locale];
}

// In a module of its own so the first screen can pick a language without loading both texts.
export { localeFromTag } from './localeTag';
