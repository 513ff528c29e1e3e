/**
 * The "Book and share" flow's writes as `$batch` items, so the dialogue, the follow-up series, the
 * reminders, the invitation and the chat message go to Graph in one round trip (src/graph/batch.ts
 * sends them and retries throttled items). The bodies come from the same builders the single-call
 * functions use (events.ts eventBody, todo.ts todoTaskBody, chat.ts chatMessageBody), so a batched
 * create is byte-for-byte the create a single call would send, transactionId and guard keys included.
 *
 * Idempotency in a batch:
 *  - events carry their transactionId, so they are marked safe to repeat;
 *  - a To Do task, an invite and a chat message are not: their guard keys are recorded by the
 *    caller before sending, and `findTaskByGuardKey`, listPermissions and findGuardedMessage find
 *    them again when an answer was lost.
 */
import type { ChatMessage, DriveItem, Event, LinkedResource, Permission, TodoTask } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { BatchItemResult, BatchRequest } from './batch';
import { chatMessageBody, type ChatMessageContent } from './chat';
import type { GraphClient } from './client';
import { encodePath, toDriveItemRef } from './driveItems';
import { addMinutes, eventBody, recurringSeriesBody, toCalendarEvent, type DialogueMeetingInput, type RecurringSeriesInput } from './events';
import { patternedRecurrence } from './recurrence';
import { toItemPermission } from './sharing';
import { trimGraphDateTime } from './timeZones';
import { todoTaskBody, type RecurringTaskInput } from './todo';
import type { CalendarEvent, DriveItemRef, ItemPermission, PostedChatMessage, ShareRole, TodoTaskRef } from './types';
import type { FollowUpCadence } from '../domain/model';

/** Every scope a batch of this flow may need. */
export const SHARE_FLOW_SCOPES: readonly string[] = [...new Set([...scopes.calendar, ...scopes.tasks, ...scopes.files, ...scopes.chat])];

/** `POST /me/events`: the dialogue (a Teams meeting), deduplicated by its transactionId. */
export function dialogueEventRequest(id: string, input: DialogueMeetingInput): BatchRequest {
  if (!input.transactionId) throw new Error('dialogueEventRequest needs a transactionId');
  return { id, method: 'POST', url: '/me/events', body: eventBody(input), safeToRetry: true };
}

/** `POST /me/events` with a recurrence: a follow-up series up to the period's end. */
export function seriesEventRequest(id: string, input: RecurringSeriesInput): BatchRequest {
  if (!input.transactionId) throw new Error('seriesEventRequest needs a transactionId');
  return { id, method: 'POST', url: '/me/events', body: recurringSeriesBody(input), safeToRetry: true };
}

export interface ReminderEventInput {
  subject: string;
  /** Plain text; shown as the event's body. */
  text: string;
  cadence: FollowUpCadence;
  /** A daily reminder on Monday to Friday only. */
  weekdaysOnly?: boolean;
  /** First occurrence, local `YYYY-MM-DDTHH:mm:ss`. */
  firstStart: string;
  durationMinutes: number;
  timeZone: string;
  endDate: string;
  transactionId: string;
  /** The app's extended property (see events.ts appEventProperty). */
  contractId?: string;
}

/**
 * A private recurring calendar reminder of an agreement with oneself: no attendees, not a Teams
 * meeting, shown as free (it must not block anyone's findMeetingTimes), private, with a reminder.
 */
export function reminderEventRequest(id: string, input: ReminderEventInput): BatchRequest {
  if (!input.transactionId) throw new Error('reminderEventRequest needs a transactionId');
  const start = { dateTime: trimGraphDateTime(input.firstStart), timeZone: input.timeZone };
  const end = { dateTime: addMinutes(start.dateTime, input.durationMinutes), timeZone: input.timeZone };
  const base = eventBody({
    subject: input.subject,
    start,
    end,
    attendees: [],
    agendaHtml: '',
    transactionId: input.transactionId,
    teams: false,
    reminderMinutesBeforeStart: 0,
    ...(input.contractId ? { contractId: input.contractId } : {}),
  });
  const body: Event = {
    ...base,
    body: { contentType: 'text', content: input.text },
    showAs: 'free',
    sensitivity: 'private',
    isReminderOn: true,
    allowNewTimeProposals: false,
    responseRequested: false,
    recurrence: patternedRecurrence(input.cadence, start.dateTime.slice(0, 10), input.endDate, input.timeZone, { weekdaysOnly: input.weekdaysOnly === true }),
  };
  return { id, method: 'POST', url: '/me/events', body, safeToRetry: true };
}

/** `POST /me/todo/lists/{id}/tasks`: a recurring task with a reminder, tagged with its guard key. */
export function todoTaskRequest(id: string, listId: string, input: RecurringTaskInput): BatchRequest {
  if (!input.guardKey) throw new Error('todoTaskRequest needs a guardKey');
  return { id, method: 'POST', url: `/me/todo/lists/${encodeURIComponent(listId)}/tasks`, body: todoTaskBody(input) };
}

/** `POST /me/drive/items/{id}/invite`: sign-in required, no Microsoft mail (the chat tells them). */
export function inviteRequest(id: string, itemId: string, recipientMail: string, role: ShareRole): BatchRequest {
  return {
    id,
    method: 'POST',
    url: `/me/drive/items/${encodeURIComponent(itemId)}/invite`,
    body: { recipients: [{ email: recipientMail }], roles: [role], requireSignIn: true, sendInvitation: false },
  };
}

/** `POST /chats/{id}/messages`, carrying its guard key. */
export function chatMessageRequest(id: string, chatId: string, content: ChatMessageContent, guardKey: string): BatchRequest {
  if (!guardKey) throw new Error('chatMessageRequest needs a guardKey');
  return { id, method: 'POST', url: `/chats/${encodeURIComponent(chatId)}/messages`, body: chatMessageBody(content, guardKey) };
}

/** `DELETE` of a To Do task (a reminder whose agreement was dropped or revised). */
export function deleteTodoTaskRequest(id: string, listId: string, taskId: string): BatchRequest {
  return { id, method: 'DELETE', url: `/me/todo/lists/${encodeURIComponent(listId)}/tasks/${encodeURIComponent(taskId)}` };
}

/** `DELETE /me/events/{id}`: only for the leader's own private reminders (meetings are cancelled). */
export function deleteEventRequest(id: string, eventId: string): BatchRequest {
  return { id, method: 'DELETE', url: `/me/events/${encodeURIComponent(eventId)}` };
}

/** A deleted item that is already gone counts as deleted. */
export function isDeleted(result: BatchItemResult): boolean {
  return (result.status >= 200 && result.status < 300) || result.status === 404;
}

// ---------------------------------------------------------------- reading answers

function ok(result: BatchItemResult | undefined): result is BatchItemResult & { error: undefined } {
  return result !== undefined && result.error === undefined && result.status >= 200 && result.status < 300;
}

function required(result: BatchItemResult | undefined): BatchItemResult {
  if (!result) throw new Error('no answer in the batch');
  if (!ok(result) && result.error) throw result.error;
  if (!ok(result)) throw new Error(`status ${result.status}`);
  return result;
}

export function eventFromBatch(result: BatchItemResult | undefined): CalendarEvent {
  return toCalendarEvent(required(result).body as Event);
}

export function taskFromBatch(result: BatchItemResult | undefined, listId: string): TodoTaskRef {
  const task = required(result).body as TodoTask;
  return { id: task.id ?? '', listId, title: task.title ?? '', alreadyCreated: false };
}

export function permissionFromBatch(result: BatchItemResult | undefined): ItemPermission {
  const first = (required(result).body as { value?: Permission[] }).value?.[0];
  if (!first) throw new Error('Graph answered an invite without a permission');
  return toItemPermission(first);
}

export function messageFromBatch(result: BatchItemResult | undefined, chatId: string): PostedChatMessage {
  const message = required(result).body as ChatMessage;
  return { id: message.id ?? '', chatId, createdDateTime: message.createdDateTime ?? undefined, webUrl: message.webUrl ?? undefined, alreadyPosted: false };
}

/**
 * The task an earlier attempt created, found by the guard key in its linked resource. One request:
 * the list's tasks with their linked resources expanded.
 */
export async function findTaskByGuardKey(graph: GraphClient, listId: string, guardKey: string): Promise<TodoTaskRef | undefined> {
  const tasks = await graph.getAll<TodoTask & { linkedResources?: LinkedResource[] }>(
    `/me/todo/lists/${encodeURIComponent(listId)}/tasks?$expand=linkedResources&$top=100`,
    scopes.tasks,
    1000,
  );
  const found = tasks.find((t) => (t.linkedResources ?? []).some((l) => l.externalId === guardKey));
  return found?.id ? { id: found.id, listId, title: found.title ?? '', alreadyCreated: true } : undefined;
}

/** `PATCH /me/events/{id}` of a series master: a changed first date, length or end moves the whole series. */
export function updateSeriesRequest(
  id: string,
  seriesMasterId: string,
  input: Pick<RecurringSeriesInput, 'cadence' | 'firstStart' | 'durationMinutes' | 'endDate'>,
): BatchRequest {
  const start = { dateTime: trimGraphDateTime(input.firstStart.dateTime), timeZone: input.firstStart.timeZone };
  const end = { dateTime: addMinutes(start.dateTime, input.durationMinutes), timeZone: start.timeZone };
  const body: Event = { start, end, recurrence: patternedRecurrence(input.cadence, start.dateTime.slice(0, 10), input.endDate, start.timeZone) };
  return { id, method: 'PATCH', url: `/me/events/${encodeURIComponent(seriesMasterId)}`, body };
}

export type CreateIfAbsentResult = { created: true; item: DriveItemRef } | { created: false };

/**
 * `PUT /me/drive/root:/{path}:/content?@microsoft.graph.conflictBehavior=fail`: create a file (and
 * its missing parent folders) only if nothing is there yet; 409 → `{ created: false }`. The first
 * save of a contract uses it, so a folder that already holds another contract's files (two
 * contracts in one year) is never overwritten.
 */
export async function createFileIfAbsent(graph: GraphClient, path: string, content: Uint8Array, contentType: string): Promise<CreateIfAbsentResult> {
  const response = await graph.send<DriveItem>(
    {
      method: 'PUT',
      path: `/me/drive/root:/${encodePath(path)}:/content?@microsoft.graph.conflictBehavior=fail`,
      scopes: scopes.files,
      // A Blob, because the SDK would turn a Uint8Array into a Node Buffer (absent in browsers).
      body: new Blob([content as BlobPart]),
      headers: { 'Content-Type': contentType },
    },
    [409],
  );
  return response.status === 409 ? { created: false } : { created: true, item: toDriveItemRef(response.body) };
}
