/**
 * Follow-up cadences as Graph recurrences (used by calendar series and To Do tasks).
 * weekly → weekly/1, biweekly → weekly/2 (the tool's "hver 14. dag"), monthly → relativeMonthly
 * (e.g. "second Tuesday": the weekday stays a working day, unlike a fixed date), quarterly →
 * absoluteMonthly/3 (DESIGN.md's choice; keeps the day of month), daily → daily/1.
 */
import type { PatternedRecurrence, RecurrencePattern, WeekIndex } from '@microsoft/microsoft-graph-types';
import type { FollowUpCadence } from '../domain/model';
import type { DayOfWeek } from './types';

const WEEKDAYS: DayOfWeek[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEK_INDEX: WeekIndex[] = ['first', 'second', 'third', 'fourth', 'last'];

function parseDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error(`Not an ISO date: ${isoDate}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** The pattern of a cadence whose first occurrence is on `startDate` (YYYY-MM-DD). */
export function recurrencePattern(cadence: FollowUpCadence, startDate: string): RecurrencePattern {
  const date = parseDate(startDate);
  const dayOfWeek = WEEKDAYS[date.getUTCDay()] as DayOfWeek;
  switch (cadence) {
    case 'daily':
      return { type: 'daily', interval: 1 };
    case 'weekly':
      return { type: 'weekly', interval: 1, daysOfWeek: [dayOfWeek], firstDayOfWeek: 'monday' };
    case 'biweekly':
      return { type: 'weekly', interval: 2, daysOfWeek: [dayOfWeek], firstDayOfWeek: 'monday' };
    case 'monthly': {
      const nth = Math.floor((date.getUTCDate() - 1) / 7);
      // A fifth weekday does not exist every month; "last" does.
      return { type: 'relativeMonthly', interval: 1, daysOfWeek: [dayOfWeek], index: WEEK_INDEX[Math.min(nth, 4)] as WeekIndex };
    }
    case 'quarterly':
      return { type: 'absoluteMonthly', interval: 3, dayOfMonth: date.getUTCDate() };
  }
}

/** A recurrence from `startDate` to `endDate` (both YYYY-MM-DD, inclusive). */
export function patternedRecurrence(cadence: FollowUpCadence, startDate: string, endDate: string, recurrenceTimeZone?: string): PatternedRecurrence {
  if (parseDate(endDate) < parseDate(startDate)) throw new Error(`The series ends (${endDate}) before it starts (${startDate})`);
  return {
    pattern: recurrencePattern(cadence, startDate),
    range: {
      type: 'endDate',
      startDate: startDate.slice(0, 10),
      endDate: endDate.slice(0, 10),
      ...(recurrenceTimeZone ? { recurrenceTimeZone } : {}),
    },
  };
}
