import type { Locale } from './types';

/**
 * Picks the language from a BCP 47 tag as hosts report it (Teams `context.app.locale`,
 * `navigator.language`): any Danish tag ("da", "da-DK", "DA_dk") gives Danish, all else English.
 */
export function localeFromTag(tag: string | undefined): Locale {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'da' ? 'da' : 'en';
}
