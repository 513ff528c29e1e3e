/**
 * Ending the follow-ups with a shortened or ended period: each series' recurrence gets the new
 * last day (PATCH on the series master; a series that has not begun by then is cancelled, which
 * tells the nearest leader), each To Do reminder's and private reminder event's recurrence ends
 * on it too (one not yet begun is deleted). Returns what was ended, for the record.
 */
import type { Bookings } from '../../domain/model';
import { bookingsPastEnd } from '../../domain/periodEnd';
import type { GraphClient } from '../../graph/client';
import { cancelEvent } from '../../graph/events';
import { patternedRecurrence } from '../../graph/recurrence';
import { deleteReminderEvent, deleteTodoTask } from '../../graph/todoUpdates';
import { scopes } from '../../auth/scopes';

export interface EndedBookings {
  followUps: string[];
  reminders: string[];
}

export async function endBookingsAt(graph: GraphClient, bookings: Bookings, lastDay: string, fallbackTimeZone: string): Promise<EndedBookings> {
  const past = bookingsPastEnd(bookings, lastDay);
  const ended: EndedBookings = { followUps: [], reminders: [] };
  for (const f of past.followUps) {
    const id = f.seriesMasterId as string;
    const firstDay = f.start.slice(0, 10);
    if (firstDay > lastDay) await cancelEvent(graph, id);
    else {
      await graph.send({
        method: 'PATCH',
        path: `/me/events/${encodeURIComponent(id)}`,
        scopes: scopes.calendar,
        body: { recurrence: patternedRecurrence(f.cadence, firstDay, lastDay, f.timeZone) },
      });
    }
    ended.followUps.push(f.id);
  }
  const zone = bookings.dialogue?.timeZone ?? fallbackTimeZone;
  for (const r of past.reminders) {
    const firstDay = r.firstDate;
    const options = { weekdaysOnly: r.weekdaysOnly === true };
    if (r.kind === 'todo' && r.taskId && r.taskListId) {
      if (firstDay && firstDay > lastDay) await deleteTodoTask(graph, r.taskListId, r.taskId);
      else if (firstDay) {
        const path = `/me/todo/lists/${encodeURIComponent(r.taskListId)}/tasks/${encodeURIComponent(r.taskId)}`;
        await graph.send({
          method: 'PATCH',
          path,
          scopes: scopes.tasks,
          body: { recurrence: patternedRecurrence(r.cadence, firstDay, lastDay, undefined, options) },
        });
      }
    } else if (r.kind === 'event' && r.eventId) {
      if (firstDay && firstDay > lastDay) await deleteReminderEvent(graph, r.eventId);
      else if (firstDay) {
        await graph.send({
          method: 'PATCH',
          path: `/me/events/${encodeURIComponent(r.eventId)}`,
          scopes: scopes.calendar,
          body: { recurrence: patternedRecurrence(r.cadence, firstDay, lastDay, zone, options) },
        });
      }
    }
    ended.reminders.push(r.agreementId);
  }
  return ended;
}
