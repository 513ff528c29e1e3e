import type { Locale } from './types';

/**
 * Picks the language from a BCP 47 tag as hosts report it (Teams `context.app.locale`,
 * `navigator.language`): any Danish tag ("da", "da-DK", "DA_dk") gives Danish, all else English.
 */
export function localeFromTag(tag: string | undefined): Locale {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'da' ? 'da' : 'en';
}

/**
 * The BCP 47 tag each language is formatted and marked in (Intl dates and numbers, the .docx's
 * language): Danish as in Denmark, English as in Britain (day before month, 24-hour clock).
 */
export const LOCALE_TAG: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
