/**
 * Follow-up cadences as Microsoft Graph recurrences (events and To Do tasks share
 * `patternedRecurrence`), the first dates of a series for listing before anything is booked, and
 * the tool's follow-up presets.
 *
 * Patterns:
 *  - daily      → daily, interval 1
 *  - weekly     → weekly, interval 1, on the start's weekday
 *  - biweekly   → weekly, interval 2, on the start's weekday ("hver 14. dag")
 *  - monthly    → relativeMonthly: the same weekday and week of the month as the start (e.g. the
 *                 second Tuesday). A dialogue belongs on a working day; a fixed day of the month
 *                 (absoluteMonthly) drifts onto weekends and skips months without a 29th–31st.
 *                 A start in the month's fifth week becomes "last".
 *  - quarterly  → absoluteMonthly, interval 3, on the start's day of the month, as the design asks
 *                 (a quarterly dialogue is usually booked by date). Exchange moves a day the month
 *                 lacks (the 31st) to the month's last day; firstOccurrences does the same.
 * All series end on the contract period's end date (range type endDate).
 */
import type { DayOfWeek, PatternedRecurrence, WeekIndex } from '@microsoft/microsoft-graph-types';
import { addDays, addMonths, daysInMonth, isoDate, parseIsoDate } from './dates';
import { followUpLabelStrings } from './followUpLabelStrings';
import { bothLanguages, bothLanguagesByKey, type LocalizedText } from './localized';
import type { FollowUpCadence, FollowUpPresetId } from './model';

const WEEKDAYS: readonly DayOfWeek[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEK_INDEX: readonly WeekIndex[] = ['first', 'second', 'third', 'fourth', 'last'];

export const CADENCE_LABELS: Record<FollowUpCadence, LocalizedText> = bothLanguagesByKey((locale) => followUpLabelStrings[locale].cadence);

/** A calendar date from an ISO date (YYYY-MM-DD) or a Date (its local calendar date). */
function toLocalDate(value: Date | string, what: string): Date {
  const date = typeof value === 'string' ? parseIsoDate(value.slice(0, 10)) : value;
  if (!date || Number.isNaN(date.getTime())) throw new RangeError(`${what} is not a valid date`);
  return date;
}

/** Which occurrence of its weekday a day is in its month: 0 = first … 3 = fourth, 4 = last (fifth). */
function weekOfMonth(date: Date): number {
  return Math.min(4, Math.floor((date.getDate() - 1) / 7));
}

/**
 * The Graph recurrence for a cadence. `timeZone` is the Windows time zone name the event uses
 * ("Romance Standard Time" for Copenhagen); start and end are calendar dates.
 */
export interface RecurrenceOptions {
  /**
   * A daily cadence on weekdays only (Monday to Friday): a daily self-check must not fire at the
   * weekend when the agreement is "Jeg holder fri i weekenden". Graph has no "weekdays" daily
   * pattern; Outlook's own "every weekday" is weekly with the five days.
   */
  weekdaysOnly?: boolean;
}

export const WEEKDAYS_ONLY: readonly DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

export function cadenceToRecurrence(
  cadence: FollowUpCadence,
  start: Date | string,
  endDate: Date | string,
  timeZone: string,
  options: RecurrenceOptions = {},
): PatternedRecurrence {
  const first = toLocalDate(start, 'start');
  const last = toLocalDate(endDate, 'endDate');
  if (last.getTime() < new Date(first.getFullYear(), first.getMonth(), first.getDate()).getTime()) throw new RangeError('endDate is before start');
  const weekday = WEEKDAYS[first.getDay()] as DayOfWeek;
  const range = { type: 'endDate' as const, startDate: isoDate(first), endDate: isoDate(last), recurrenceTimeZone: timeZone };

  switch (cadence) {
    case 'daily':
      if (options.weekdaysOnly) return { pattern: { type: 'weekly', interval: 1, daysOfWeek: [...WEEKDAYS_ONLY], firstDayOfWeek: 'monday' }, range };
      return { pattern: { type: 'daily', interval: 1 }, range };
    case 'weekly':
      return { pattern: { type: 'weekly', interval: 1, daysOfWeek: [weekday], firstDayOfWeek: 'monday' }, range };
    case 'biweekly':
      return { pattern: { type: 'weekly', interval: 2, daysOfWeek: [weekday], firstDayOfWeek: 'monday' }, range };
    case 'monthly':
      return { pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: [weekday], index: WEEK_INDEX[weekOfMonth(first)] as WeekIndex }, range };
    case 'quarterly':
      return { pattern: { type: 'absoluteMonthly', interval: 3, dayOfMonth: first.getDate() }, range };
  }
}

/** The nth (0-based; 4 = last) given weekday of a month. */
function nthWeekdayOfMonth(year: number, monthIndex: number, weekday: number, index: number): number {
  if (index >= 4) {
    const lastDay = daysInMonth(year, monthIndex);
    const lastWeekday = new Date(year, monthIndex, lastDay).getDay();
    return lastDay - ((lastWeekday - weekday + 7) % 7);
  }
  const firstWeekday = new Date(year, monthIndex, 1).getDay();
  return 1 + ((weekday - firstWeekday + 7) % 7) + index * 7;
}

/**
 * The first `count` occurrences of a series starting at `start` (keeping its time of day), as the
 * calendar would place them; stops early at `endDate` (inclusive) if given.
 */
export function firstOccurrences(cadence: FollowUpCadence, start: Date, count: number, endDate?: Date | string): Date[] {
  const last = endDate === undefined ? null : toLocalDate(endDate, 'endDate');
  const lastMs = last ? new Date(last.getFullYear(), last.getMonth(), last.getDate(), 23, 59, 59, 999).getTime() : Infinity;
  const out: Date[] = [];
  const limit = Math.max(0, Math.floor(count));
  for (let i = 0; out.length < limit; i += 1) {
    const next = occurrence(cadence, start, i);
    if (next.getTime() > lastMs) break;
    out.push(next);
  }
  return out;
}

function occurrence(cadence: FollowUpCadence, start: Date, i: number): Date {
  switch (cadence) {
    case 'daily':
      return addDays(start, i);
    case 'weekly':
      return addDays(start, 7 * i);
    case 'biweekly':
      return addDays(start, 14 * i);
    case 'monthly': {
      const month = addMonths(new Date(start.getFullYear(), start.getMonth(), 1), i);
      const day = nthWeekdayOfMonth(month.getFullYear(), month.getMonth(), start.getDay(), weekOfMonth(start));
      return new Date(month.getFullYear(), month.getMonth(), day, start.getHours(), start.getMinutes());
    }
    case 'quarterly':
      // Always from the start, so 31 January → 30 April → 31 July (not 30 July).
      return addMonths(start, 3 * i);
  }
}

export interface FollowUpPreset {
  id: FollowUpPresetId;
  cadence: FollowUpCadence;
  /** Suggested meeting length; the leader can change it before booking. */
  durationMinutes: number;
  label: LocalizedText;
  /** The event subject. */
  subject: LocalizedText;
}

/** A suggested follow-up's name and event subject in both languages, from the strings module. */
function presetWords(id: FollowUpPresetId): Pick<FollowUpPreset, 'label' | 'subject'> {
  return {
    label: bothLanguages((locale) => followUpLabelStrings[locale].presetLabel[id]),
    subject: bothLanguages((locale) => followUpLabelStrings[locale].presetSubject[id]),
  };
}

/**
 * The follow-ups the tool suggests: a short dialogue every 14 days, the weekly status meeting
 * ("Det tager vi op på statusmøderne hver uge") and the quarterly dialogue ("større opfølgning på
 * kvartalsdialogen"). "Custom" is any cadence with the leader's own subject and length.
 */
export const followUpPresets: readonly FollowUpPreset[] = [
  {
    id: 'shortDialogueBiweekly',
    cadence: 'biweekly',
    durationMinutes: 15,
    ...presetWords('shortDialogueBiweekly'),
  },
  {
    id: 'weeklyStatus',
    cadence: 'weekly',
    durationMinutes: 30,
    ...presetWords('weeklyStatus'),
  },
  {
    id: 'quarterlyDialogue',
    cadence: 'quarterly',
    durationMinutes: 45,
    ...presetWords('quarterlyDialogue'),
  },
];

export function findFollowUpPreset(id: string): FollowUpPreset | undefined {
  return followUpPresets.find((p) => p.id === id);
}
