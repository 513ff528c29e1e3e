/**
 * The dates of the follow-up dialogues, from the booked series: the calendar's own instances when
 * Graph can be asked (a moved or cancelled occurrence is then right), else the dates the booking
 * record implies. Today's dialogue (or the most recent one before it) is the one preselected, so
 * the "last 5 minutes" of a meeting start with the right date already chosen, and a follow-up is
 * never filed under a meeting that has not happened yet.
 */
import { firstOccurrences } from '../../domain/cadence';
import { addIsoDays } from '../../domain/dailyCheck';
import { isoDate, parseIsoDate } from '../../domain/dates';
import type { Contract, FollowUpBooking } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { listSeriesInstances } from '../../graph/events';

export interface SeriesDate {
  date: string;
  /** The series' subject or preset, for the label. */
  seriesId: string;
  /** The meeting's local time of day, HH:mm, when known. */
  time?: string;
}

/** The dates a booked series implies (its cadence from its first start to its end date). */
export function datesFromBooking(series: readonly FollowUpBooking[]): SeriesDate[] {
  const out: SeriesDate[] = [];
  for (const f of series) {
    const start = parseIsoDate(f.start.slice(0, 10));
    if (!start) continue;
    const time = /T(\d{2}:\d{2})/.exec(f.start)?.[1];
    for (const d of firstOccurrences(f.cadence, start, 400, f.endDate)) out.push({ date: isoDate(d), seriesId: f.id, ...(time ? { time } : {}) });
  }
  return uniqueSorted(out);
}

function uniqueSorted(dates: SeriesDate[]): SeriesDate[] {
  const seen = new Map<string, SeriesDate>();
  for (const d of dates) if (!seen.has(d.date)) seen.set(d.date, d);
  return [...seen.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The instances of every booked series in the contract period, from the calendar. */
export async function datesFromCalendar(graph: GraphClient, contract: Pick<Contract, 'bookings' | 'period'>): Promise<SeriesDate[]> {
  const series = (contract.bookings?.followUps ?? []).filter((f) => f.seriesMasterId);
  const lists = await Promise.all(
    series.map(async (f) => {
      const instances = await listSeriesInstances(graph, f.seriesMasterId as string, {
        from: `${contract.period.start}T00:00:00Z`,
        to: `${addIsoDays(f.endDate > contract.period.end ? f.endDate : contract.period.end, 1)}T00:00:00Z`,
        timeZone: f.timeZone,
      });
      return instances
        .filter((e) => !e.isCancelled)
        .map((e) => {
          const time = /T(\d{2}:\d{2})/.exec(e.start.dateTime)?.[1];
          return { date: e.start.dateTime.slice(0, 10), seriesId: f.id, ...(time ? { time } : {}) };
        });
    }),
  );
  return uniqueSorted(lists.flat());
}

/**
 * The meetings a follow-up can be filed under: today's and those before it. A meeting that has not
 * been held yet cannot have an outcome, so a future date is never offered.
 */
export function recordableDates(dates: readonly SeriesDate[], today: string): SeriesDate[] {
  return dates.filter((d) => d.date <= today);
}

/**
 * The date to preselect: today's meeting, else the most recent one before today (the meeting just
 * held, being filed afterwards), else today itself. Never a future meeting.
 */
export function preselectDate(dates: readonly SeriesDate[], today: string): string {
  return recordableDates(dates, today).at(-1)?.date ?? today;
}
