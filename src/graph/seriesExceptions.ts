/**
 * One occurrence of a booked series moved to another day: Graph's way is to PATCH the occurrence
 * (found through the series' instances) with a new start and end, which makes it an exception of
 * the series in every attendee's calendar. Safe to repeat: an occurrence already at its new time
 * is left alone, so a rerun of "Book og del" does not move anything twice.
 */
import { addMinutes, listSeriesInstances, updateEvent } from './events';
import type { GraphClient } from './client';

export interface OccurrenceMoveInput {
  seriesMasterId: string;
  /** The occurrence's own date as the series places it, YYYY-MM-DD. */
  fromDate: string;
  /** Where it goes: local wall-clock `YYYY-MM-DDTHH:mm` in `timeZone`. */
  to: string;
  durationMinutes: number;
  /** The series' zone (Windows name). */
  timeZone: string;
}

export type OccurrenceMoveResult = 'moved' | 'alreadyMoved' | 'notFound';

const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function moveOccurrence(graph: GraphClient, input: OccurrenceMoveInput): Promise<OccurrenceMoveResult> {
  const to = `${input.to.slice(0, 16)}:00`;
  const last = [input.fromDate, to.slice(0, 10)].sort()[1]!;
  // A day's margin on each side: the instants are UTC, the dates are the series' zone.
  const instances = await listSeriesInstances(graph, input.seriesMasterId, {
    from: `${dayAfter(input.fromDate, -1)}T00:00:00Z`,
    to: `${dayAfter(last, 2)}T00:00:00Z`,
    timeZone: input.timeZone,
  });
  if (instances.some((i) => i.start.dateTime.slice(0, 16) === to.slice(0, 16))) return 'alreadyMoved';
  const occurrence = instances.find((i) => i.start.dateTime.slice(0, 10) === input.fromDate && i.type !== 'exception');
  if (!occurrence) return 'notFound';
  await updateEvent(graph, occurrence.id, {
    start: { dateTime: to, timeZone: input.timeZone },
    end: { dateTime: addMinutes(to, input.durationMinutes), timeZone: input.timeZone },
  });
  return 'moved';
}
