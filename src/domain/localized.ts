import type { Locale } from '../content/types';
import { LOCALES } from './catalog';

/**
 * App text that is not the tool's own (validation messages, agenda labels, preset names).
 * The tool's text lives in src/content; this is the app's voice around it, in both languages.
 */
export type LocalizedText = Record<Locale, string>;

/**
 * One text in both languages, from a function that says it in one: for state that outlives a
 * language switch, without writing a Danish/English pair by hand outside the strings modules.
 */
export function bothLanguages(text: (locale: Locale) => string): LocalizedText {
  return Object.fromEntries(LOCALES.map((locale) => [locale, text(locale)])) as LocalizedText;
}

/**
 * A strings module's table, key by key, in both languages (`table(locale)[key]`): for a domain
 * constant that callers read as `LABELS[key][locale]`, so the words stay in the strings module.
 */
export function bothLanguagesByKey<K extends string>(table: (locale: Locale) => Record<K, string>): Record<K, LocalizedText> {
  const keys = Object.keys(table('da')) as K[];
  return Object.fromEntries(keys.map((key) => [key, bothLanguages((locale) => table(locale)[key])])) as Record<K, LocalizedText>;
}
