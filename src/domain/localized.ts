import type { Locale } from '../content/types';

/**
 * App text that is not the tool's own (validation messages, agenda labels, preset names).
 * The tool's text lives in src/content; this is the app's voice around it, in both languages.
 */
export type LocalizedText = Record<Locale, string>;

export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
