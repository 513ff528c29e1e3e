/**
 * Keeping a self-agreement's reminder in step with the agreement (issue 8): when the agreement is
 * revised its To Do task — or its private recurring reminder event — gets the new title, body and
 * recurrence; when it is dropped the reminder is deleted.
 *
 * Both are safe to repeat: a PATCH sets the same values again, and a DELETE of something already
 * gone (404) counts as done, so a retry after a lost answer never fails or duplicates.
 */
import type { Event, TodoTask } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { FollowUpCadence } from '../domain/model';
import type { GraphClient } from './client';
import { isGraphAppError } from './errors';
import { addMinutes } from './events';
import { patternedRecurrence } from './recurrence';

export interface ReminderChange {
  /** The agreement itself (To Do shows at most 255 characters). */
  title: string;
  /** Plain text. */
  body: string;
  cadence: FollowUpCadence;
  /** A daily reminder on Monday to Friday only (kept from the booking). */
  weekdaysOnly?: boolean;
  /** New first date of the recurrence, YYYY-MM-DD (the day the revised wording takes effect). */
  firstDate: string;
  /** Last date (the contract period's end), YYYY-MM-DD. */
  endDate: string;
  /** Reminder time of day, `HH:mm`. */
  reminderTime: string;
  /** Windows time zone name. */
  timeZone: string;
}

/** The PATCH body of a task: title, body, due date, reminder and recurrence from the new wording. */
export function todoTaskPatch(change: ReminderChange): TodoTask {
  const endDate = change.endDate < change.firstDate ? change.firstDate : change.endDate;
  return {
    title: change.title,
    body: { contentType: 'text', content: change.body },
    dueDateTime: { dateTime: `${change.firstDate}T00:00:00`, timeZone: change.timeZone },
    isReminderOn: true,
    reminderDateTime: { dateTime: `${change.firstDate}T${change.reminderTime}:00`, timeZone: change.timeZone },
    recurrence: patternedRecurrence(change.cadence, change.firstDate, endDate, undefined, { weekdaysOnly: change.weekdaysOnly === true }),
  };
}

function taskPath(listId: string, taskId: string): string {
  return `/me/todo/lists/${encodeURIComponent(listId)}/tasks/${encodeURIComponent(taskId)}`;
}

/** `PATCH /me/todo/lists/{listId}/tasks/{taskId}` with the revised agreement. */
export async function updateTodoTask(graph: GraphClient, listId: string, taskId: string, change: ReminderChange): Promise<TodoTask> {
  const result = await graph.send<TodoTask>({ method: 'PATCH', path: taskPath(listId, taskId), scopes: scopes.tasks, body: todoTaskPatch(change) });
  return result.body;
}

/** `DELETE /me/todo/lists/{listId}/tasks/{taskId}`; a task already gone counts as deleted. */
export async function deleteTodoTask(graph: GraphClient, listId: string, taskId: string): Promise<void> {
  await deleteIgnoringGone(graph, taskPath(listId, taskId), scopes.tasks);
}

/** The PATCH body of a private reminder event: subject, body, first occurrence and recurrence. */
export function reminderEventPatch(change: ReminderChange, durationMinutes = 15): Event {
  const endDate = change.endDate < change.firstDate ? change.firstDate : change.endDate;
  const start = `${change.firstDate}T${change.reminderTime}:00`;
  return {
    subject: change.title,
    body: { contentType: 'text', content: change.body },
    start: { dateTime: start, timeZone: change.timeZone },
    end: { dateTime: addMinutes(start, durationMinutes), timeZone: change.timeZone },
    recurrence: patternedRecurrence(change.cadence, change.firstDate, endDate, change.timeZone, { weekdaysOnly: change.weekdaysOnly === true }),
  };
}

/** `PATCH /me/events/{id}` of the leader's own recurring reminder (a series master). */
export async function updateReminderEvent(graph: GraphClient, eventId: string, change: ReminderChange): Promise<void> {
  await graph.send({ method: 'PATCH', path: `/me/events/${encodeURIComponent(eventId)}`, scopes: scopes.calendar, body: reminderEventPatch(change) });
}

/** `DELETE /me/events/{id}` of a private reminder (no attendees, so nobody needs a cancellation). */
export async function deleteReminderEvent(graph: GraphClient, eventId: string): Promise<void> {
  await deleteIgnoringGone(graph, `/me/events/${encodeURIComponent(eventId)}`, scopes.calendar);
}

async function deleteIgnoringGone(graph: GraphClient, path: string, callScopes: readonly string[]): Promise<void> {
  try {
    await graph.send({ method: 'DELETE', path, scopes: callScopes });
  } catch (error) {
    if (isGraphAppError(error) && error.kind === 'notFound') return;
    throw error;
  }
}
