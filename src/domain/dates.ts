/**
 * Calendar dates: ISO dates, months and days added on the calendar, weeks starting on Monday
 * (ISO 8601). Writing them out for readers is dateFormats.ts (and timeOfDay.ts for the clock).
 *
 * Contract dates are plain calendar dates (YYYY-MM-DD, no time zone): a contract period runs from a
 * day to a day wherever one is. They are handled as local dates at midnight.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar date of `date` as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Local midnight of an ISO date, or null if it is not a real date (2026-02-30 is not). */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d);
  // new Date rolls 30 February over to March; a round trip catches it.
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return date;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/** Start of the local day. */
export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function daysInMonth(year: number, monthIndex: number): number {
  return new Date(year, monthIndex + 1, 0).getDate();
}

/**
 * Add calendar months, keeping the time of day. The day is clamped to the target month's length:
 * 31 January + 1 month is 28 (or 29) February, not 3 March.
 */
export function addMonths(date: Date, months: number): Date {
  const year = date.getFullYear();
  const targetMonth = date.getMonth() + months;
  const targetYear = year + Math.floor(targetMonth / 12);
  const monthIndex = ((targetMonth % 12) + 12) % 12;
  const day = Math.min(date.getDate(), daysInMonth(targetYear, monthIndex));
  return new Date(targetYear, monthIndex, day, date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds());
}

/** Add days on the calendar (not 24-hour steps, so a daylight-saving change keeps the clock time). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds());
}

/** ISO 8601 week: Monday first; week 1 holds the year's first Thursday. */
export function isoWeek(date: Date): { year: number; week: number } {
  const day = startOfDay(date);
  const weekday = (day.getDay() + 6) % 7; // Monday = 0
  const thursday = addDays(day, 3 - weekday);
  const year = thursday.getFullYear();
  const firstThursday = new Date(year, 0, 4);
  const firstWeekday = (firstThursday.getDay() + 6) % 7;
  const week1Monday = addDays(firstThursday, -firstWeekday);
  const week = 1 + Math.round((startOfDay(thursday).getTime() - week1Monday.getTime()) / (7 * 86_400_000));
  return { year, week };
}
