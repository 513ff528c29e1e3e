/**
 * Danish public holidays (helligdage) from `date-holidays`, a maintained library rather than a
 * hand-kept list. Loaded only when step 3 checks a follow-up series: the library and its data stay
 * out of the first screen's JavaScript.
 */
import type { Locale } from '../../content/types';
import type { PublicHoliday } from '../../domain/followUpClashes';

interface HolidayLibrary {
  getHolidays(year: number, lang?: string): { date: string; name: string; type: string }[];
}
type HolidaysClass = new (country: string, options?: { languages?: string[]; types?: string[] }) => HolidayLibrary;

/** The public holidays (type "public": days off by law) in Denmark in the given years. */
export async function danishPublicHolidays(years: readonly number[], locale: Locale): Promise<PublicHoliday[]> {
  const mod = (await import(/* webpackChunkName: "holidays" */ 'date-holidays')) as unknown as { default?: HolidaysClass } & HolidaysClass;
  const Holidays = mod.default ?? mod;
  const calendar = new Holidays('DK', { languages: [locale, 'da'], types: ['public'] });
  return [...new Set(years)].flatMap((year) =>
    calendar
      .getHolidays(year, locale)
      .filter((h) => h.type === 'public')
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name })),
  );
}
