/**
 * The dialogue's free slots as a Danish leader reads them: "torsdag 3. december kl. 10.00–10.45",
 * grouped by ISO week ("uge 49"), spread over the days so the list shows choices across the
 * coming weeks rather than every half hour of tomorrow.
 *
 * Slots are Graph's local wall-clock times in the mailbox's zone; they are read from the clock
 * face (localAsDate), never converted through the device's time zone.
 */
import { LOCALE_TAG } from '../../content/localeTag';
import type { Locale } from '../../content/types';
import { formatWeek } from '../../domain/dateFormats';
import { isoWeek } from '../../domain/dates';
import { ianaZone } from '../../graph/timeZones';
import type { MeetingSlot } from '../../graph/types';
import { localAsDate } from './engine/times';

function part(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[locale], options).format(date);
}

function clock(date: Date, locale: Locale): string {
  const h = String(date.getHours()).padStart(2, '0');
  const m = String(date.getMinutes()).padStart(2, '0');
  return locale === 'da' ? `${h}.${m}` : `${h}:${m}`;
}

/** "torsdag 3. december" / "Thursday 3 December". */
export function formatDay(date: Date, locale: Locale): string {
  const weekday = part(date, locale, { weekday: 'long' });
  const month = part(date, locale, { month: 'long' });
  return locale === 'da' ? `${weekday} ${date.getDate()}. ${month}` : `${weekday} ${date.getDate()} ${month}`;
}

/**
 * A slot in two parts, so a narrow screen can keep the time together ("kl. 10.30–11.15" never
 * breaks after the dash): day "torsdag 3. december " + time "kl. 10.00–10.45" /
 * "Thursday 3 December, " + "10:00–10:45".
 */
export function formatSlotParts(start: string, end: string, locale: Locale): { day: string; time: string } {
  const from = localAsDate(start);
  const to = localAsDate(end);
  const day = formatDay(from, locale);
  const range = `${clock(from, locale)}–${clock(to, locale)}`;
  return locale === 'da' ? { day: `${day} `, time: `kl. ${range}` } : { day: `${day}, `, time: range };
}

/** "torsdag 3. december kl. 10.00–10.45" / "Thursday 3 December, 10:00–10:45". */
export function formatSlot(start: string, end: string, locale: Locale): string {
  const { day, time } = formatSlotParts(start, end, locale);
  return day + time;
}

/** A Date's own (device-local) fields as a moment, for dates computed on the clock face. */
export function formatMoment(at: Date, locale: Locale): string {
  return locale === 'da' ? `${formatDay(at, locale)} kl. ${clock(at, locale)}` : `${formatDay(at, locale)}, ${clock(at, locale)}`;
}

/**
 * The mailbox's time zone as people say it ("Centraleuropæisk tid" / "Central European Time"),
 * not Graph's Windows name ("Romance Standard Time"), which means nothing to a Danish leader.
 * A zone the browser cannot name is shown as it came.
 */
export function zoneName(windowsOrIana: string, locale: Locale): string {
  const iana = ianaZone(windowsOrIana);
  if (iana === 'UTC' && !/^(UTC|Coordinated Universal Time)$/.test(windowsOrIana)) return windowsOrIana;
  try {
    const parts = new Intl.DateTimeFormat(LOCALE_TAG[locale], { timeZone: iana, timeZoneName: 'longGeneric' }).formatToParts(new Date());
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? windowsOrIana;
  } catch {
    return windowsOrIana;
  }
}

/** "uge 49" at the start of a line: "Uge 49". */
export function weekHeading(label: string): string {
  return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}

export interface SlotWeek {
  /** "2026-W49": stable key. */
  key: string;
  /** "uge 49" / "week 49". */
  label: string;
  slots: MeetingSlot[];
}

/**
 * At most `perDay` slots a day, at least `gapMinutes` apart, earliest first: the best-scored
 * slots come back from Graph bunched together, and a leader wants a choice of days and times.
 */
export function spreadSlots(slots: readonly MeetingSlot[], perDay = 3, gapMinutes = 120): MeetingSlot[] {
  const sorted = [...slots].sort((a, b) => a.start.dateTime.localeCompare(b.start.dateTime));
  const kept: MeetingSlot[] = [];
  const lastByDay = new Map<string, { count: number; at: number }>();
  for (const slot of sorted) {
    const day = slot.start.dateTime.slice(0, 10);
    const at = localAsDate(slot.start.dateTime).getTime();
    const seen = lastByDay.get(day);
    if (seen && (seen.count >= perDay || at - seen.at < gapMinutes * 60_000)) continue;
    lastByDay.set(day, { count: (seen?.count ?? 0) + 1, at });
    kept.push(slot);
  }
  return kept;
}

/** Slots by ISO week (Monday first), weeks and slots in time order. */
export function groupSlotsByWeek(slots: readonly MeetingSlot[], locale: Locale): SlotWeek[] {
  const weeks = new Map<string, SlotWeek>();
  for (const slot of [...slots].sort((a, b) => a.start.dateTime.localeCompare(b.start.dateTime))) {
    const date = localAsDate(slot.start.dateTime);
    const { year, week } = isoWeek(date);
    const key = `${year}-W${String(week).padStart(2, '0')}`;
    const group = weeks.get(key) ?? { key, label: formatWeek(date, locale), slots: [] };
    group.slots.push(slot);
    weeks.set(key, group);
  }
  return [...weeks.values()];
}
