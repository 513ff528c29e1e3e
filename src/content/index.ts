import { daStart } from './da';
import { daSteps } from './da.steps';
import { enStart } from './en';
import { enSteps } from './en.steps';
import type { Locale, ToolContent } from './types';

export type * from './types';

// Each language's whole text; the app itself loads the start page's part first (src/ui/loadContent.ts).
export const da: ToolContent = { ...daStart, ...daSteps };
export const en: ToolContent = { ...enStart, ...enSteps };

const contentByLocale: Record<Locale, ToolContent> = { da, en };

export function getContent(locale: Locale): ToolContent {
  return contentByLocale[locale];
}

// In a module of its own so the first screen can pick a language without loading both texts.
export { localeFromTag } from './localeTag';
