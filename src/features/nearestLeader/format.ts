/** Dates as the shared views show them: "26. november 2026", "torsdag den 3. december 2026 kl. 10.00". */
import type { Locale } from '../../content/types';
import { formatDate, formatLongDate } from '../../domain/dateFormats';
import { parseIsoDate } from '../../domain/dates';
import { formatTime } from '../../domain/timeOfDay';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

export function showDate(iso: string | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = iso.length === 10 ? parseIsoDate(iso) : new Date(iso);
  return date && !Number.isNaN(date.getTime()) ? formatDate(date, locale) : iso;
}

/** A Graph local wall-clock time (no offset) shown as written, whatever the viewer's zone. */
export function showMeetingTime(local: string, locale: Locale): string {
  const m = LOCAL.exec(local);
  if (!m) return local;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return locale === 'da' ? `${formatLongDate(date, locale)} ${formatTime(date, locale)}` : `${formatLongDate(date, locale)}, ${formatTime(date, locale)}`;
}
