/**
 * Reminders of the agreements with oneself as Microsoft To Do tasks with a recurrence and a reminder.
 * A task create is not idempotent, so it carries a guard key as a linked resource's `externalId`
 * (with the link back to the contract); after an ambiguous failure the list is searched for it.
 */
import type { LinkedResource, TodoTask, TodoTaskList } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { FollowUpCadence } from '../domain/model';
import { DEFAULT_REMINDER_TIME } from '../domain/reminderTime';
import type { GraphClient } from './client';
import { isGraphAppError } from './errors';
import { guardedCreate } from './guarded';
import { patternedRecurrence, recurrencePattern } from './recurrence';
import type { TaskList, TodoTaskRef } from './types';

export const LINKED_APPLICATION_NAME = 'Lederdialog';

/** The user's default list ("Opgaver"/"Tasks"), i.e. `wellknownListName: defaultList`. */
export async function getDefaultTaskList(graph: GraphClient): Promise<TaskList> {
  const lists = await graph.getAll<TodoTaskList>('/me/todo/lists', scopes.tasks);
  const list = lists.find((l) => l.wellknownListName === 'defaultList') ?? lists[0];
  if (!list?.id) throw new Error('The user has no To Do list');
  return { id: list.id, displayName: list.displayName ?? '' };
}

export interface RecurringTaskInput {
  /** Default: the default list. */
  listId?: string;
  /** The agreement itself. */
  title: string;
  /** Plain text (To Do shows it as is; no HTML to escape). */
  body?: string;
  cadence: FollowUpCadence;
  /** A daily reminder on Monday to Friday only. */
  weekdaysOnly?: boolean;
  /** First due date, YYYY-MM-DD. */
  firstDate: string;
  /** Last date (the contract period's end); without it the task recurs until completed. */
  endDate?: string;
  /** Reminder time of day, `HH:mm`; default 09:00. */
  reminderTime?: string;
  /** Windows time zone name of the user. */
  timeZone: string;
  /** The link back to the contract. */
  link?: { webUrl: string; displayName: string };
  /** Stable key of this reminder (recorded in the contract JSON). */
  guardKey: string;
  /** Look for the key before creating (re-running after an earlier failure). */
  resume?: boolean;
}

export function todoTaskBody(input: RecurringTaskInput): TodoTask {
  const reminderTime = input.reminderTime ?? DEFAULT_REMINDER_TIME;
  const linked: LinkedResource = {
    applicationName: LINKED_APPLICATION_NAME,
    displayName: input.link?.displayName ?? input.title,
    externalId: input.guardKey,
    ...(input.link ? { webUrl: input.link.webUrl } : {}),
  };
  return {
    title: input.title,
    ...(input.body ? { body: { contentType: 'text', content: input.body } } : {}),
    importance: 'normal',
    dueDateTime: { dateTime: `${input.firstDate}T00:00:00`, timeZone: input.timeZone },
    isReminderOn: true,
    reminderDateTime: { dateTime: `${input.firstDate}T${reminderTime}:00`, timeZone: input.timeZone },
    recurrence: input.endDate
      ? patternedRecurrence(input.cadence, input.firstDate, input.endDate, undefined, { weekdaysOnly: input.weekdaysOnly === true })
      : {
          pattern: recurrencePattern(input.cadence, input.firstDate, { weekdaysOnly: input.weekdaysOnly === true }),
          range: { type: 'noEnd', startDate: input.firstDate },
        },
    linkedResources: [linked],
  };
}

async function findTaskByGuard(graph: GraphClient, listId: string, title: string, guardKey: string): Promise<TodoTaskRef | undefined> {
  const base = `/me/todo/lists/${encodeURIComponent(listId)}/tasks`;
  const tasks = await graph.getAll<TodoTask>(`${base}?$top=100`, scopes.tasks, 1000);
  for (const task of tasks.filter((t) => t.title === title && t.id)) {
    const links = await graph.get<{ value?: LinkedResource[] }>(`${base}/${encodeURIComponent(task.id as string)}/linkedResources`, scopes.tasks);
    if ((links.value ?? []).some((l) => l.externalId === guardKey)) return { id: task.id as string, listId, title, alreadyCreated: true };
  }
  return undefined;
}

/** `POST /me/todo/lists/{id}/tasks` with recurrence and reminder, at most once per guard key. */
export async function createRecurringTask(graph: GraphClient, input: RecurringTaskInput): Promise<TodoTaskRef> {
  if (!input.guardKey) throw new Error('createRecurringTask needs a guardKey');
  const listId = input.listId ?? (await getDefaultTaskList(graph)).id;
  if (input.resume) {
    const earlier = await findTaskByGuard(graph, listId, input.title, input.guardKey);
    if (earlier) return earlier;
  }
  const { resume: _resume, ...taskInput } = input;
  const body = todoTaskBody(taskInput);
  const { value } = await guardedCreate({
    create: async () => {
      const task = await graph.post<TodoTask>(`/me/todo/lists/${encodeURIComponent(listId)}/tasks`, scopes.tasks, body, { retry: 'throttleOnly' });
      return { id: task.id ?? '', listId, title: task.title ?? input.title, alreadyCreated: false };
    },
    findExisting: () => findTaskByGuard(graph, listId, input.title, input.guardKey),
  });
  return value;
}

export interface AppTask {
  id: string;
  listId: string;
  listName: string;
  title: string;
  /** The guard key of the linked resource (`<agreement id>:<random>`). */
  externalId?: string;
  /** The link back to the contract, when the task has one. */
  linkWebUrl?: string;
  createdDateTime?: string;
  status?: string;
}

/**
 * Every To Do task the app made, in every list: the tasks whose linked resource names Lederdialog
 * as its application. One request per list (tasks with their linked resources expanded).
 */
export async function listAppTasks(graph: GraphClient): Promise<AppTask[]> {
  const lists = await graph.getAll<TodoTaskList>('/me/todo/lists', scopes.tasks);
  const found: AppTask[] = [];
  for (const list of lists) {
    if (!list.id) continue;
    const tasks = await graph.getAll<TodoTask & { linkedResources?: LinkedResource[] }>(
      `/me/todo/lists/${encodeURIComponent(list.id)}/tasks?$expand=linkedResources&$top=100`,
      scopes.tasks,
      2000,
    );
    for (const task of tasks) {
      const link = (task.linkedResources ?? []).find((l) => l.applicationName === LINKED_APPLICATION_NAME);
      if (!task.id || !link) continue;
      found.push({
        id: task.id,
        listId: list.id,
        listName: list.displayName ?? '',
        title: task.title ?? '',
        ...(link.externalId ? { externalId: link.externalId } : {}),
        ...(link.webUrl ? { linkWebUrl: link.webUrl } : {}),
        ...(task.createdDateTime ? { createdDateTime: task.createdDateTime } : {}),
        ...(task.status ? { status: task.status } : {}),
      });
    }
  }
  return found;
}

/** `DELETE /me/todo/lists/{id}/tasks/{id}`; a task already gone counts as deleted. */
export async function deleteTask(graph: GraphClient, listId: string, taskId: string): Promise<void> {
  try {
    await graph.send({ method: 'DELETE', path: `/me/todo/lists/${encodeURIComponent(listId)}/tasks/${encodeURIComponent(taskId)}`, scopes: scopes.tasks });
  } catch (error) {
    if (isGraphAppError(error) && error.kind === 'notFound') return;
    throw error;
  }
}
