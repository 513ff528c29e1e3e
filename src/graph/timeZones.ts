/**
 * Graph names time zones the Windows way ("Romance Standard Time"); the browser's Intl API knows
 * IANA names ("Europe/Copenhagen"). To know what "today, 13.30" is in the leader's mailbox zone we
 * need the IANA twin. The map covers the zones a Danish organisation meets; an IANA name passes
 * through, and anything unknown falls back to UTC (a wrong day boundary, never a crash).
 */
import { WINDOWS_TO_IANA } from '../windowsTimeZones';

function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export function ianaZone(windowsOrIana: string): string {
  return WINDOWS_TO_IANA[windowsOrIana] ?? (isIanaZone(windowsOrIana) ? windowsOrIana : 'UTC');
}

export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
  weekday: number;
}

/** The wall-clock reading of `instant` in a (Windows or IANA) time zone. */
export function wallClock(instant: Date, zone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ianaZone(zone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const year = get('year');
  const month = get('month');
  const day = get('day');
  return { year, month, day, hour: get('hour'), minute: get('minute'), weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** `YYYY-MM-DDTHH:mm:ss`, Graph's offset-less dateTime. */
export function graphDateTime(year: number, month: number, day: number, hour: number, minute: number): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(year, 4)}-${p(month)}-${p(day)}T${p(hour)}:${p(minute)}:00`;
}

/** Graph's `2026-11-27T09:00:00.0000000` → `2026-11-27T09:00:00`. */
export function trimGraphDateTime(value: string | null | undefined): string {
  return (value ?? '').replace(/\.\d+$/, '').replace(/Z$/, '');
}
