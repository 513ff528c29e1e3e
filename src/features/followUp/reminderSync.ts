/**
 * Reminders in step with the agreements (issue 8, part 6). What needs doing is read from the
 * contract alone — a reminder whose recorded text or cadence differs from its agreement is
 * updated, a reminder whose agreement was dropped (or lost its cadence) is deleted — so running it
 * again after a failure does exactly what is left, and running it over a record in step does
 * nothing. Reminders are found through `bookings.reminders` (the ids "Book and share" recorded).
 *
 * The bookings record is updated only for the parts that succeeded; a failure keeps the old record,
 * so the work is still planned next time and nothing is lost.
 *
 * A revised reminder stays in step with the one booked: the record keeps the first date and time
 * "Book and share" chose, and the new recurrence starts at the pattern's next occurrence from
 * today (same weekday, same time of day) — not on the day of the revision. Several changes go
 * in one `$batch` round trip.
 */
import { scopes } from '../../auth/scopes';
import { clipText } from '../../domain/agenda';
import { firstOccurrences } from '../../domain/cadence';
import { isoDate, parseIsoDate } from '../../domain/dates';
import type { Agreement, Bookings, Contract, ReminderBooking } from '../../domain/model';
import { DEFAULT_REMINDER_TIME } from '../../domain/reminderTime';
import type { GraphClient } from '../../graph/client';
import { runBatch, type BatchRequest } from '../../graph/batch';
import { firstReminderDate, reminderBody } from '../invite/engine/reminders';
import { toGraphAppError, type GraphErrorKind } from '../../graph/errors';
import {
  deleteReminderEvent,
  deleteTodoTask,
  reminderEventPatch,
  todoTaskPatch,
  updateReminderEvent,
  updateTodoTask,
  type ReminderChange,
} from '../../graph/todoUpdates';

/** To Do shows at most 255 characters of a title (as in the invite engine). */
const TASK_TITLE_MAX = 255;
/** Copenhagen, as Graph names it. */
export const DEFAULT_REMINDER_TIME_ZONE = 'Romance Standard Time';
/** More than a year of daily occurrences: enough to reach any day of a 6–12 month period. */
const MAX_OCCURRENCES = 400;

export interface ReminderSyncPlan {
  update: { reminder: ReminderBooking; agreement: Agreement }[];
  remove: ReminderBooking[];
}

function hasTarget(r: ReminderBooking): boolean {
  return Boolean(r.taskId || r.eventId);
}

/** What is out of step, from the contract alone. */
export function planReminderSync(contract: Pick<Contract, 'selfAgreements' | 'bookings'>): ReminderSyncPlan {
  const plan: ReminderSyncPlan = { update: [], remove: [] };
  const bookings = contract.bookings;
  if (!bookings) return plan;
  for (const reminder of bookings.reminders) {
    if (!hasTarget(reminder)) continue; // never created (or still being recovered by "Book and share")
    const agreement = contract.selfAgreements.find((a) => a.id === reminder.agreementId);
    if (!agreement || agreement.droppedAt || !agreement.cadence || agreement.text.trim() === '') plan.remove.push(reminder);
    else if (reminder.text !== agreement.text || reminder.cadence !== agreement.cadence) plan.update.push({ reminder, agreement });
  }
  for (const retired of bookings.retired ?? []) if (hasTarget(retired)) plan.remove.push(retired);
  return plan;
}

export interface SyncOptions {
  /** The day the new wording takes effect (the recurrence's new start), YYYY-MM-DD. */
  today: string;
  timeZone?: string;
  reminderTime?: string;
}

export interface SyncFailure {
  agreementId: string;
  action: 'update' | 'remove';
  /** What Graph answered, as a kind: the follow-up view words it (ui/graphErrorWords). */
  errorKind: GraphErrorKind;
}

export interface SyncResult {
  /** The bookings record after the parts that succeeded. */
  bookings: Bookings;
  updated: number;
  removed: number;
  failures: SyncFailure[];
}

/**
 * Where the revised reminder's recurrence starts: the first occurrence on or after `today` of the
 * pattern that began on the booked first date (so a weekly reminder keeps its weekday, a
 * fortnightly one its weeks). Before the booked start, the booked start; without one, today.
 */
export function revisedFirstDate(cadence: Agreement['cadence'], bookedFirstDate: string | undefined, today: string, endDate: string): string {
  if (!bookedFirstDate) return today;
  if (bookedFirstDate >= today) return bookedFirstDate;
  const anchor = parseIsoDate(bookedFirstDate);
  if (!anchor) return today;
  const next = firstOccurrences(cadence ?? 'weekly', anchor, MAX_OCCURRENCES, endDate)
    .map(isoDate)
    .find((d) => d >= today);
  return next ?? today;
}

export function reminderChange(
  agreement: Agreement,
  contract: Pick<Contract, 'locale' | 'period' | 'bookings'>,
  options: SyncOptions,
  booked?: Pick<ReminderBooking, 'firstDate' | 'time' | 'weekdaysOnly'>,
): ReminderChange {
  return {
    // "Weekdays only" stays with a daily reminder through a revision.
    ...(booked?.weekdaysOnly && agreement.cadence === 'daily' ? { weekdaysOnly: true } : {}),
    title: clipText(agreement.text, TASK_TITLE_MAX),
    body: reminderBody(agreement, contract.locale, contract.bookings?.storage?.docx.webUrl),
    cadence: agreement.cadence ?? 'weekly',
    // A record from before the first date was kept: the engine's rule (the first working day after the dialogue).
    firstDate: revisedFirstDate(
      agreement.cadence,
      booked?.firstDate ?? (contract.bookings?.dialogue ? firstReminderDate(contract.bookings.dialogue.start) : undefined),
      options.today,
      contract.period.end,
    ),
    endDate: contract.period.end,
    reminderTime: booked?.time ?? options.reminderTime ?? DEFAULT_REMINDER_TIME,
    timeZone: options.timeZone ?? contract.bookings?.dialogue?.timeZone ?? DEFAULT_REMINDER_TIME_ZONE,
  };
}

type Operation =
  { action: 'update'; reminder: ReminderBooking; agreement: Agreement; change: ReminderChange } | { action: 'remove'; reminder: ReminderBooking };

function taskPath(listId: string, taskId: string): string {
  return `/me/todo/lists/${encodeURIComponent(listId)}/tasks/${encodeURIComponent(taskId)}`;
}

/** The operation as a $batch request, or undefined when the record names nothing to change. */
function batchRequest(op: Operation, id: string): BatchRequest | undefined {
  const r = op.reminder;
  if (op.action === 'update') {
    if (r.kind === 'todo' && r.taskId && r.taskListId) return { id, method: 'PATCH', url: taskPath(r.taskListId, r.taskId), body: todoTaskPatch(op.change) };
    if (r.kind === 'event' && r.eventId)
      return { id, method: 'PATCH', url: `/me/events/${encodeURIComponent(r.eventId)}`, body: reminderEventPatch(op.change) };
    return undefined;
  }
  if (r.taskId && r.taskListId) return { id, method: 'DELETE', url: taskPath(r.taskListId, r.taskId) };
  if (r.eventId) return { id, method: 'DELETE', url: `/me/events/${encodeURIComponent(r.eventId)}` };
  return undefined;
}

/** One operation as its own call (a single change needs no batch envelope). */
async function runSingle(graph: GraphClient, op: Operation): Promise<boolean> {
  const r = op.reminder;
  if (op.action === 'update') {
    if (r.kind === 'todo' && r.taskId && r.taskListId) await updateTodoTask(graph, r.taskListId, r.taskId, op.change);
    else if (r.kind === 'event' && r.eventId) await updateReminderEvent(graph, r.eventId, op.change);
    else return false;
    return true;
  }
  if (r.taskId && r.taskListId) await deleteTodoTask(graph, r.taskListId, r.taskId);
  else if (r.eventId) await deleteReminderEvent(graph, r.eventId);
  return true;
}

/**
 * Carry out the plan: one call for a single change, one `$batch` for several. Never throws for
 * Graph failures: each failed part is reported and stays planned.
 */
export async function syncReminders(
  graph: GraphClient,
  contract: Pick<Contract, 'selfAgreements' | 'bookings' | 'locale' | 'period'>,
  options: SyncOptions,
): Promise<SyncResult> {
  const bookings: Bookings = JSON.parse(JSON.stringify(contract.bookings ?? { followUps: [], reminders: [] })) as Bookings;
  const plan = planReminderSync(contract);
  const failures: SyncFailure[] = [];
  let updated = 0;
  let removed = 0;
  const operations: Operation[] = [
    ...plan.update.map(({ reminder, agreement }): Operation => ({
      action: 'update',
      reminder,
      agreement,
      change: reminderChange(agreement, contract, options, reminder),
    })),
    ...plan.remove.map((reminder): Operation => ({ action: 'remove', reminder })),
  ];

  const succeeded = (op: Operation): void => {
    const r = op.reminder;
    if (op.action === 'update') {
      const record = bookings.reminders.find((x) => x.agreementId === r.agreementId);
      if (record) Object.assign(record, { text: op.agreement.text, cadence: op.agreement.cadence ?? record.cadence });
      updated += 1;
      return;
    }
    const same = (x: ReminderBooking) => x.agreementId === r.agreementId && x.taskId === r.taskId && x.eventId === r.eventId;
    bookings.reminders = bookings.reminders.filter((x) => !same(x));
    if (bookings.retired) bookings.retired = bookings.retired.filter((x) => !same(x));
    removed += 1;
  };
  const failed = (op: Operation, errorKind: GraphErrorKind): void => {
    failures.push({ agreementId: op.reminder.agreementId, action: op.action, errorKind });
  };

  if (operations.length === 1) {
    const op = operations[0] as Operation;
    try {
      if (await runSingle(graph, op)) succeeded(op);
    } catch (thrown) {
      failed(op, toGraphAppError(thrown).kind);
    }
    return { bookings, updated, removed, failures };
  }

  const requests = operations.flatMap((op, i) => {
    const request = batchRequest(op, String(i));
    return request ? [{ op, request }] : [];
  });
  if (requests.length === 0) return { bookings, updated, removed, failures };
  const needs = new Set(requests.map(({ request }) => (request.url.startsWith('/me/todo/') ? 'tasks' : 'calendar')));
  let results: Awaited<ReturnType<typeof runBatch>>;
  try {
    results = await runBatch(
      graph,
      requests.map((x) => x.request),
      { scopes: [...(needs.has('tasks') ? scopes.tasks : []), ...(needs.has('calendar') ? scopes.calendar : [])] },
    );
  } catch (thrown) {
    const errorKind = toGraphAppError(thrown).kind;
    for (const { op } of requests) failed(op, errorKind);
    return { bookings, updated, removed, failures };
  }
  for (const { op, request } of requests) {
    const result = results.get(request.id);
    const ok = result && (result.status < 300 || (op.action === 'remove' && result.status === 404));
    if (ok) succeeded(op);
    else failed(op, (result?.error ?? toGraphAppError(new Error('no answer'))).kind);
  }
  return { bookings, updated, removed, failures };
}
