/**
 * Follow-up cadences as Office.js recurrence patterns, and setting one on the open series.
 *
 * Office.js lets an add-in set the recurrence only of an appointment that is already a series, as
 * its organizer, in compose mode (Mailbox 1.7; setAsync on a single appointment returns an error),
 * and it offers no way to create the SeriesTime a new pattern needs. So the leader first makes the
 * appointment a series in Outlook (Make Recurring), and the pane then rewrites that series' pattern
 * from the chosen preset: same rules as the tab's Graph series (src/domain/cadence.ts).
 */
import type { FollowUpCadence } from '../domain/model';
import { officeCall } from './officeAsync';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const WEEK_NUMBERS = ['first', 'second', 'third', 'fourth', 'last'] as const;

export interface OfficePattern {
  recurrenceType: 'daily' | 'weekly' | 'monthly';
  recurrenceProperties: { interval: number; days?: string[]; dayOfWeek?: string; weekNumber?: string; dayOfMonth?: number; firstDayOfWeek?: string };
}

/** The Office.js pattern for a cadence whose first meeting is `start`. */
export function cadenceToOfficePattern(cadence: FollowUpCadence, start: Date): OfficePattern {
  const day = DAYS[start.getDay()] as string;
  switch (cadence) {
    case 'daily':
      return { recurrenceType: 'daily', recurrenceProperties: { interval: 1 } };
    case 'weekly':
      return { recurrenceType: 'weekly', recurrenceProperties: { interval: 1, days: [day], firstDayOfWeek: 'mon' } };
    case 'biweekly':
      return { recurrenceType: 'weekly', recurrenceProperties: { interval: 2, days: [day], firstDayOfWeek: 'mon' } };
    case 'monthly':
      return {
        recurrenceType: 'monthly',
        recurrenceProperties: { interval: 1, dayOfWeek: day, weekNumber: WEEK_NUMBERS[Math.min(4, Math.floor((start.getDate() - 1) / 7))] },
      };
    case 'quarterly':
      return { recurrenceType: 'monthly', recurrenceProperties: { interval: 3, dayOfMonth: start.getDate() } };
  }
}

export type RecurrenceSupport = 'supported' | 'notASeries' | 'unsupported';

export interface RecurrenceItem {
  recurrence?: Pick<Office.Recurrence, 'getAsync' | 'setAsync'>;
}

/** Can the pane set the recurrence of this item? */
export async function recurrenceSupport(item: RecurrenceItem, isSetSupported: (name: string, version: string) => boolean): Promise<RecurrenceSupport> {
  if (!item.recurrence || !isSetSupported('Mailbox', '1.7')) return 'unsupported';
  const current = await officeCall<Office.Recurrence | null>((cb) => item.recurrence!.getAsync(cb));
  return current && current.seriesTime ? 'supported' : 'notASeries';
}

export interface SeriesPlan {
  cadence: FollowUpCadence;
  /** First meeting: date and time of day. */
  start: Date;
  durationMinutes: number;
  /** Last day of the series: the contract period's end. */
  endDate: Date;
}

/** Rewrites the open series' pattern. Rejects with OfficeCallError when Outlook refuses. */
export async function setSeriesRecurrence(item: RecurrenceItem, plan: SeriesPlan): Promise<void> {
  const recurrence = item.recurrence;
  if (!recurrence) throw new Error('This item has no recurrence (not an appointment in compose mode).');
  const current = await officeCall<Office.Recurrence | null>((cb) => recurrence.getAsync(cb));
  if (!current?.seriesTime) throw new Error('This appointment is not a series: choose Make Recurring in Outlook first.');
  const series = current.seriesTime;
  // SeriesTime months are 0-based like Date's (Office.js documents setStartDate(2019, 10, 2) as 2 November).
  series.setStartDate(plan.start.getFullYear(), plan.start.getMonth(), plan.start.getDate());
  series.setEndDate(plan.endDate.getFullYear(), plan.endDate.getMonth(), plan.endDate.getDate());
  series.setStartTime(plan.start.getHours(), plan.start.getMinutes());
  series.setDuration(plan.durationMinutes);
  const pattern = cadenceToOfficePattern(plan.cadence, plan.start);
  const next = { ...current, seriesTime: series, recurrenceType: pattern.recurrenceType, recurrenceProperties: pattern.recurrenceProperties };
  await officeCall<void>((cb) => recurrence.setAsync(next, cb));
}
