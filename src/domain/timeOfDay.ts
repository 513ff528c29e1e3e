/**
 * The clock as Danish leaders read it: "kl. 13.30", always the 24-hour clock; English "13:30".
 * Apart from dateFormats.ts because the start page's "Gemt kl. 13.30" needs only this, and webpack
 * ships every used export of a module with the first chunk that imports it.
 */
import { LOCALE_TAG } from '../content/localeTag';
import type { Locale } from '../content/types';

export interface FormatOptions {
  /** IANA time zone to show the time in (e.g. "Europe/Copenhagen"); the device's zone if absent. */
  timeZone?: string;
}

/** One Intl.DateTimeFormat call in the locale's conventions, in `extra.timeZone` when given. */
export function formatInLocale(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions, extra?: FormatOptions): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[locale], { ...options, ...(extra?.timeZone ? { timeZone: extra.timeZone } : {}) }).format(date);
}

/** "kl. 13.30" / "13:30": always the 24-hour clock. */
export function formatTime(date: Date, locale: Locale, extra?: FormatOptions): string {
  const time = formatInLocale(date, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, extra);
  return locale === 'da' ? `kl. ${time}` : time;
}
