/**
 * Dates written out as Danish leaders read them: "26. november 2026", "uge 48". English uses
 * British conventions (day month year, 24-hour clock) because the readers are Danish workplaces.
 */
import { LOCALE_TAG } from '../content/localeTag';
import type { Locale } from '../content/types';
import { isoWeek } from './dates';
import { type FormatOptions, formatInLocale, formatTime } from './timeOfDay';

/** "26. november 2026" / "26 November 2026". */
export function formatDate(date: Date, locale: Locale, extra?: FormatOptions): string {
  return formatInLocale(date, locale, { day: 'numeric', month: 'long', year: 'numeric' }, extra);
}

/** "torsdag den 26. november 2026" / "Thursday, 26 November 2026". */
export function formatLongDate(date: Date, locale: Locale, extra?: FormatOptions): string {
  return formatInLocale(date, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, extra);
}

/** "26. nov. 2026" / "26 Nov 2026": for lists of dates. */
export function formatShortDate(date: Date, locale: Locale, extra?: FormatOptions): string {
  return formatInLocale(date, locale, { day: 'numeric', month: 'short', year: 'numeric' }, extra);
}

/** "26. november 2026 kl. 13.30" / "26 November 2026, 13:30". */
export function formatDateTime(date: Date, locale: Locale, extra?: FormatOptions): string {
  return locale === 'da'
    ? `${formatDate(date, locale, extra)} ${formatTime(date, locale, extra)}`
    : `${formatDate(date, locale, extra)}, ${formatTime(date, locale, extra)}`;
}

/** "uge 48" / "week 48". */
export function formatWeek(date: Date, locale: Locale): string {
  const { week } = isoWeek(date);
  return locale === 'da' ? `uge ${week}` : `week ${week}`;
}

/** Grouped digits, "100.000" / "100,000": for lengths in messages. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(LOCALE_TAG[locale]).format(value);
}
