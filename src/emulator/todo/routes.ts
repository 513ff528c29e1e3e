// Microsoft To Do: task lists (each user has the default list "Opgaver") and tasks with body,
// due date, reminder, recurrence and linked resources.
import type { Router } from '../http/router';
import type { GraphRequest } from '../http/context';
import { json, noContent } from '../http/context';
import { GraphError, notFound } from '../http/errors';
import { readJsonObject } from '../http/body';
import { applySelect, contextUrl, page } from '../http/odata';
import { validateEntityBody } from '../csdl/validator';
import type { JsonObject, StoredTodoList, StoredTodoTask } from '../types';
import { changeKey, guid, nowIso, outlookId } from '../state/ids';
import { checkRecurrence } from '../calendar/recurrence';
import { dateTimeTimeZoneToUtc } from '../time/timezones';

const listJson = (req: GraphRequest, l: StoredTodoList, ctx = false) => ({
  ...(ctx ? { '@odata.context': contextUrl(req, `users('${req.user.id}')/todo/lists/$entity`) } : {}),
  '@odata.etag': `W/"${l.etag}"`,
  displayName: l.displayName,
  isOwner: true,
  isShared: false,
  wellknownListName: l.wellknownListName,
  id: l.id,
});

function taskJson(req: GraphRequest, t: StoredTodoTask, ctx = false): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ...(ctx ? { '@odata.context': contextUrl(req, `users('${req.user.id}')/todo/lists('${t.listId}')/tasks/$entity`) } : {}),
    '@odata.etag': `W/"${t.etag}"`,
    ...t.data,
    id: t.id,
  };
  if ((req.query.get('$expand') ?? '').includes('linkedResources')) out.linkedResources = t.linkedResources;
  return applySelect(req, out);
}

function listOf(req: GraphRequest, id: string): StoredTodoList {
  const l = req.state.todoLists.find((x) => x.id === id && x.ownerId === req.user.id);
  if (!l) throw notFound('ErrorItemNotFound', 'The specified object was not found in the store.');
  return l;
}

function taskOf(req: GraphRequest, list: StoredTodoList, id: string): StoredTodoTask {
  const t = req.state.todoTasks.find((x) => x.id === id && x.listId === list.id);
  if (!t) throw notFound('ErrorItemNotFound', 'The specified object was not found in the store.');
  return t;
}

const READ_ONLY = new Set([
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'hasAttachments',
  'linkedResources',
  'checklistItems',
  'attachments',
  'extensions',
  'attachmentSessions',
  '@odata.etag',
  '@odata.type',
]);

/** Rules To Do applies beyond the metadata: a recurring task needs a due date. */
function checkTask(data: JsonObject) {
  if (data.recurrence) {
    checkRecurrence(data.recurrence as JsonObject);
    if (!data.dueDateTime) throw new GraphError(400, 'invalidRequest', 'A recurring task must have a dueDateTime.');
  }
  if (data.dueDateTime) dateTimeTimeZoneToUtc(data.dueDateTime as JsonObject, 'dueDateTime');
  if (data.reminderDateTime) dateTimeTimeZoneToUtc(data.reminderDateTime as JsonObject, 'reminderDateTime');
}

function createTask(req: GraphRequest, list: StoredTodoList) {
  const body = readJsonObject(req);
  validateEntityBody('todoTask', body);
  if (typeof body.title !== 'string' || !body.title.trim()) throw new GraphError(400, 'invalidRequest', 'The title of a task is required.');
  const now = nowIso();
  const data: JsonObject = {
    importance: 'normal',
    isReminderOn: false,
    status: 'notStarted',
    categories: [],
    hasAttachments: false,
    body: { content: '', contentType: 'text' },
  };
  for (const [k, v] of Object.entries(body)) if (!READ_ONLY.has(k) && !k.includes('@')) data[k] = v;
  if (body.reminderDateTime && body.isReminderOn === undefined) data.isReminderOn = true;
  data.createdDateTime = now;
  data.lastModifiedDateTime = now;
  checkTask(data);
  const linkedResources = ((body.linkedResources as JsonObject[] | undefined) ?? []).map((r) => ({ ...r, id: guid() }));
  const task: StoredTodoTask = { id: outlookId('AAMkADtask'), listId: list.id, ownerId: req.user.id, data, linkedResources, etag: changeKey() };
  req.state.todoTasks.push(task);
  return json(201, taskJson(req, task, true));
}

function updateTask(req: GraphRequest, task: StoredTodoTask) {
  const body = readJsonObject(req);
  validateEntityBody('todoTask', body);
  const next = { ...task.data };
  for (const [k, v] of Object.entries(body)) if (!READ_ONLY.has(k) && !k.includes('@')) next[k] = v;
  if (body.status === 'completed' && !next.completedDateTime)
    next.completedDateTime = { dateTime: new Date().toISOString().replace('Z', '0000'), timeZone: 'UTC' };
  next.lastModifiedDateTime = nowIso();
  checkTask(next);
  task.data = next;
  task.etag = changeKey();
  return json(200, taskJson(req, task, true));
}

export function registerTodo(router: Router): void {
  router
    .add('GET', '/me/todo/lists', (req) =>
      json(
        200,
        page(
          req,
          `users('${req.user.id}')/todo/lists`,
          req.state.todoLists.filter((l) => l.ownerId === req.user.id).map((l) => listJson(req, l)),
          100,
        ),
      ),
    )
    .add('POST', '/me/todo/lists', (req) => {
      const body = readJsonObject(req);
      validateEntityBody('todoTaskList', body);
      if (typeof body.displayName !== 'string' || !body.displayName) throw new GraphError(400, 'invalidRequest', 'displayName is required.');
      const list: StoredTodoList = {
        id: outlookId('AQMkAD'),
        ownerId: req.user.id,
        displayName: body.displayName,
        wellknownListName: 'none',
        etag: changeKey(),
      };
      req.state.todoLists.push(list);
      return json(201, listJson(req, list, true));
    })
    .add('GET', '/me/todo/lists/{id}', (req, p) => json(200, listJson(req, listOf(req, p.id!), true)))
    .add('GET', '/me/todo/lists/{id}/tasks', (req, p) => {
      const list = listOf(req, p.id!);
      const tasks = req.state.todoTasks.filter((t) => t.listId === list.id).map((t) => taskJson(req, t));
      return json(200, page(req, `users('${req.user.id}')/todo/lists('${list.id}')/tasks`, tasks, 100));
    })
    .add('POST', '/me/todo/lists/{id}/tasks', (req, p) => createTask(req, listOf(req, p.id!)))
    .add('GET', '/me/todo/lists/{id}/tasks/{taskId}', (req, p) => json(200, taskJson(req, taskOf(req, listOf(req, p.id!), p.taskId!), true)))
    .add('PATCH', '/me/todo/lists/{id}/tasks/{taskId}', (req, p) => updateTask(req, taskOf(req, listOf(req, p.id!), p.taskId!)))
    .add('DELETE', '/me/todo/lists/{id}/tasks/{taskId}', (req, p) => {
      const task = taskOf(req, listOf(req, p.id!), p.taskId!);
      req.state.todoTasks = req.state.todoTasks.filter((t) => t !== task);
      return noContent();
    })
    .add('GET', '/me/todo/lists/{id}/tasks/{taskId}/linkedResources', (req, p) => {
      const task = taskOf(req, listOf(req, p.id!), p.taskId!);
      return json(200, page(req, 'linkedResources', task.linkedResources, 100));
    });
}
