/**
 * Follow-up cadences as Graph recurrences (used by calendar series and To Do tasks).
 * The mapping itself is domain knowledge and lives in src/domain/cadence.ts; this adapter only
 * shapes it for the Graph calls (the To Do API takes a pattern alone; an event's recurrence
 * time zone is optional).
 */
import type { PatternedRecurrence, RecurrencePattern } from '@microsoft/microsoft-graph-types';
import { cadenceToRecurrence, type RecurrenceOptions } from '../domain/cadence';
import type { FollowUpCadence } from '../domain/model';

/** The pattern of a cadence whose first occurrence is on `startDate` (YYYY-MM-DD). */
export function recurrencePattern(cadence: FollowUpCadence, startDate: string, options: RecurrenceOptions = {}): RecurrencePattern {
  return cadenceToRecurrence(cadence, startDate.slice(0, 10), startDate.slice(0, 10), '', options).pattern as RecurrencePattern;
}

/** A recurrence from `startDate` to `endDate` (both YYYY-MM-DD, inclusive). */
export function patternedRecurrence(
  cadence: FollowUpCadence,
  startDate: string,
  endDate: string,
  recurrenceTimeZone?: string,
  options: RecurrenceOptions = {},
): PatternedRecurrence {
  const recurrence = cadenceToRecurrence(cadence, startDate.slice(0, 10), endDate.slice(0, 10), recurrenceTimeZone ?? '', options);
  if (!recurrenceTimeZone && recurrence.range) delete recurrence.range.recurrenceTimeZone;
  return recurrence;
}
