// Expanding a patternedRecurrence into occurrence dates, the way Outlook does: dates are counted
// in the series' own time zone, the time of day is the series master's, and the range
// (endDate / numbered / noEnd) bounds the series. Also checks a recurrence is well formed.
import { GraphError } from '../http/errors';
import type { JsonObject } from '../types';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const INDEX: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, last: -1 };
const DAY_MS = 86_400_000;

export interface RecurrencePattern {
  type: string;
  interval?: number;
  daysOfWeek?: string[];
  dayOfMonth?: number;
  month?: number;
  index?: string;
  firstDayOfWeek?: string;
}
export interface RecurrenceRange {
  type: string;
  startDate: string;
  endDate?: string;
  numberOfOccurrences?: number;
  recurrenceTimeZone?: string;
}

/** Day number (days since 1970-01-01) of a yyyy-mm-dd date. */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new GraphError(400, 'ErrorInvalidRequest', `The date '${date}' is not a valid date.`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / DAY_MS;
}

export function dateOfDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const weekday = (n: number) => (n + 4) % 7; // 1970-01-01 was a Thursday
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Throws a Graph-style 400 when the recurrence cannot describe a series. */
export function checkRecurrence(recurrence: JsonObject | null | undefined): void {
  if (!recurrence) return;
  const pattern = recurrence.pattern as RecurrencePattern | undefined;
  const range = recurrence.range as RecurrenceRange | undefined;
  const fail = (message: string) => new GraphError(400, 'ErrorPropertyValidationFailure', message);
  if (!pattern || !pattern.type) throw fail('The recurrence pattern type must be specified.');
  if (!range || !range.type) throw fail('The recurrence range type must be specified.');
  if (!range.startDate) throw fail('The recurrence range must have a startDate.');
  dayNumber(range.startDate);
  const interval = pattern.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 99) throw fail(`The recurrence interval ${interval} is out of range (1–99).`);
  const needsDays = ['weekly', 'relativeMonthly', 'relativeYearly'].includes(pattern.type);
  if (needsDays && !(pattern.daysOfWeek && pattern.daysOfWeek.length)) throw fail(`A ${pattern.type} recurrence pattern requires daysOfWeek.`);
  if (['absoluteMonthly', 'absoluteYearly'].includes(pattern.type) && !(pattern.dayOfMonth && pattern.dayOfMonth >= 1 && pattern.dayOfMonth <= 31)) {
    throw fail(`A ${pattern.type} recurrence pattern requires dayOfMonth between 1 and 31.`);
  }
  if (['absoluteYearly', 'relativeYearly'].includes(pattern.type) && !(pattern.month && pattern.month >= 1 && pattern.month <= 12)) {
    throw fail(`A ${pattern.type} recurrence pattern requires month between 1 and 12.`);
  }
  if (range.type === 'endDate') {
    if (!range.endDate) throw fail('A recurrence range of type endDate requires endDate.');
    if (dayNumber(range.endDate) < dayNumber(range.startDate)) throw fail('The recurrence range endDate is before its startDate.');
  }
  if (range.type === 'numbered' && !(range.numberOfOccurrences && range.numberOfOccurrences > 0)) {
    throw fail('A numbered recurrence range requires numberOfOccurrences greater than 0.');
  }
}

/**
 * Occurrence dates (day numbers) of a recurrence, in order, from its start up to and including
 * `untilDay` (or the range's own end, whichever comes first).
 */
export function occurrenceDays(recurrence: JsonObject, untilDay: number): number[] {
  const pattern = recurrence.pattern as unknown as RecurrencePattern;
  const range = recurrence.range as unknown as RecurrenceRange;
  const start = dayNumber(range.startDate);
  const last = range.type === 'endDate' && range.endDate ? Math.min(dayNumber(range.endDate), untilDay) : untilDay;
  const maxCount = range.type === 'numbered' ? (range.numberOfOccurrences ?? 0) : Infinity;
  const interval = pattern.interval && pattern.interval > 0 ? pattern.interval : 1;
  const wanted = new Set((pattern.daysOfWeek ?? []).map((d) => DAYS.indexOf(d)));
  const out: number[] = [];
  const push = (d: number) => {
    if (d >= start && d <= last && out.length < maxCount) out.push(d);
  };
  const done = (d: number) => d > last || out.length >= maxCount;

  switch (pattern.type) {
    case 'daily':
      for (let d = start; !done(d); d += interval) push(d);
      break;
    case 'weekly': {
      const fdow = DAYS.indexOf(pattern.firstDayOfWeek ?? 'sunday');
      let weekStart = start - ((weekday(start) - (fdow < 0 ? 0 : fdow) + 7) % 7);
      for (; !done(weekStart); weekStart += 7 * interval) {
        for (let i = 0; i < 7; i++) if (wanted.has(weekday(weekStart + i))) push(weekStart + i);
      }
      break;
    }
    case 'absoluteMonthly':
    case 'relativeMonthly':
    case 'absoluteYearly':
    case 'relativeYearly': {
      const yearly = pattern.type.endsWith('Yearly');
      const s = dateOfDayNumber(start);
      for (let k = 0; k < 5000; k++) {
        const monthIndex = yearly ? (s.year + k * interval) * 12 + ((pattern.month ?? s.month) - 1) : s.year * 12 + (s.month - 1) + k * interval;
        const year = Math.floor(monthIndex / 12);
        const month = (monthIndex % 12) + 1;
        const first = Date.UTC(year, month - 1, 1) / DAY_MS;
        if (done(first)) break;
        const dim = daysInMonth(year, month);
        if (pattern.type.startsWith('absolute')) {
          push(first + Math.min(pattern.dayOfMonth ?? s.day, dim) - 1);
        } else {
          const matches: number[] = [];
          for (let i = 0; i < dim; i++) if (wanted.has(weekday(first + i))) matches.push(first + i);
          const idx = INDEX[pattern.index ?? 'first'] ?? 0;
          const pick = idx === -1 ? matches[matches.length - 1] : matches[idx];
          if (pick !== undefined) push(pick);
        }
      }
      break;
    }
    default:
      throw new GraphError(400, 'ErrorPropertyValidationFailure', `Unsupported recurrence pattern type '${pattern.type}'.`);
  }
  return out;
}
