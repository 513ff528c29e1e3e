/**
 * R1 of "Book and share": everything the batch of creates needs and nothing in it depends on, sent
 * at once — Lederaftale.docx on a first run (creating the folder; its webUrl goes into the agendas),
 * the default To Do list, the 1:1 chat, the app folder for the private notes — and the look-ups that
 * recover answers an earlier run lost (the chat message, the invitation, To Do tasks).
 */
import type { BookingPlan } from '../../../domain/bookingPlan';
import { renderContractDocx } from '../../../domain/contractDocument';
import type { Bookings } from '../../../domain/model';
import { findGuardedMessage, getOrCreateOneOnOneChat } from '../../../graph/chat';
import type { GraphClient } from '../../../graph/client';
import { getAppFolder, getItem } from '../../../graph/files';
import { getMe } from '../../../graph/me';
import { findTaskByGuardKey } from '../../../graph/shareFlowRequests';
import { listPermissions } from '../../../graph/sharing';
import { getDefaultTaskList } from '../../../graph/todo';
import type { BookingRun } from './bookingRun';
import { PRIVATE_FALLBACK_FOLDER } from './folderName';
import { saveDocx } from './saveDocx';

/** What R1 found out, for the rounds after it. */
export interface Lookups {
  /** The To Do list new reminder tasks go into. */
  listId?: string;
  /**
   * A message may have gone out in an earlier run whose answer was lost: until the look-up for its
   * guard key has come back and found nothing, it is not posted again (the next run looks again).
   */
  chatLookupFailed: boolean;
  /** Where the private notes go when they have no file yet. */
  notesFolder?: { id: string; fallback: boolean };
  /**
   * Once lederaftale.json exists, the nearest leader may have written to it (and to the document):
   * the document is then rendered from the merged version by the one write path in R3, never from
   * this draft alone. Only a first run, before any JSON, uploads it in R1.
   */
  docxDeferred: boolean;
}

export async function lookupRound(run: BookingRun, plan: BookingPlan): Promise<Lookups> {
  const { graph, request, prepared, b } = run;
  const { storage, chat } = b;
  const knownListId = b.reminders.find((r) => r.taskListId)?.taskListId;
  const todoNeeded = b.reminders.some((r) => r.kind === 'todo' && !r.taskId);
  const meId = plan.chat === 'post' && !chat.chatId ? await leaderId(run) : undefined;
  const nearestId = request.nearestLeader.id;
  const storedBefore = Boolean(storage.json.itemId);
  const docxBytes = plan.storage.docx && !storedBefore ? await renderContractDocx(request.contract, run.content, run.now) : undefined;
  const recoverChatId = plan.chat === 'post' ? chat.chatId : undefined;
  const folderId = storage.folderId;
  const r1 = await run.exec.round('R1', {
    calls: {
      docx: docxBytes ? () => saveDocx(graph, storage, docxBytes, request.contract.id, prepared.intent.documentHash) : undefined,
      folder: !docxBytes && !folderId ? () => getItem(graph, { path: storage.folderPath }) : undefined,
      taskList: todoNeeded && !knownListId ? () => getDefaultTaskList(graph) : undefined,
      chat: meId && nearestId ? () => getOrCreateOneOnOneChat(graph, meId, nearestId) : undefined,
      chatRecover: recoverChatId ? () => findGuardedMessage(graph, recoverChatId, chat.guardKey) : undefined,
      notesFolder: plan.privateNotes && !b.privateNotes?.itemId ? () => getAppFolder(graph, PRIVATE_FALLBACK_FOLDER) : undefined,
      shareRecover:
        plan.share === 'recover' && folderId
          ? async () =>
              (await listPermissions(graph, { itemId: folderId })).find(
                (p) => p.grantedTo?.mail?.toLowerCase() === prepared.intent.recipient && !p.inheritedFromId,
              )
          : undefined,
      taskRecover: plan.reminders.recover.length > 0 ? () => recoverTasks(graph, b, plan.reminders.recover) : undefined,
    },
  });
  const { calls } = r1;

  // Storage.
  if (!calls.docx.ok) run.fail('storage', calls.docx.error);
  else if (calls.docx.value?.conflict) run.conflicts.push({ file: 'docx', remoteETag: calls.docx.value.remote.eTag });
  if (calls.folder.ok && calls.folder.value) {
    storage.folderId = calls.folder.value.id;
    storage.driveId = calls.folder.value.driveId;
  }
  // Lists, chat, recovered answers.
  if (!calls.taskList.ok) run.fail('reminders', calls.taskList.error);
  if (!calls.chat.ok) run.fail('chat', calls.chat.error);
  else if (calls.chat.value) chat.chatId = calls.chat.value.id;
  if (!calls.chatRecover.ok) run.fail('chat', calls.chatRecover.error);
  else if (calls.chatRecover.value) {
    chat.messageId = calls.chatRecover.value.id;
    run.set('chat', 'done');
  }
  if (calls.shareRecover.ok && calls.shareRecover.value && b.share) {
    Object.assign(b.share, { permissionId: calls.shareRecover.value.id, invitedAt: b.share.attemptedAt ?? run.now.toISOString() });
    // Found: nothing is sent in R2, so the step is done here (it used to be left "running" and failed).
    run.set('share', 'done');
  }
  if (!calls.taskRecover.ok) run.fail('reminders', calls.taskRecover.error);
  else takeRecoveredTasks(run, plan, calls.taskRecover.value ?? []);
  if (!calls.notesFolder.ok) run.fail('privateNotes', calls.notesFolder.error);
  if (run.status('storage') === undefined || run.status('storage') === 'running')
    run.set('storage', run.conflicts.length ? 'conflict' : 'running', run.conflicts.length ? { errorKind: 'conflict' as const } : {});

  return {
    listId: knownListId ?? (calls.taskList.ok ? calls.taskList.value?.id : undefined),
    chatLookupFailed: recoverChatId !== undefined && !calls.chatRecover.ok,
    notesFolder: calls.notesFolder.ok ? calls.notesFolder.value : undefined,
    docxDeferred: plan.storage.docx && storedBefore,
  };
}

/** The chat needs the leader's own id; the UI normally passes it (which saves this round trip). */
async function leaderId(run: BookingRun): Promise<string | undefined> {
  const known = run.request.leader?.id ?? run.request.contract.leader?.id;
  if (known) return known;
  const me = await run.exec.round('me', { calls: { me: () => getMe(run.graph) } });
  if (me.calls.me.ok) return me.calls.me.value?.id;
  run.fail('chat', me.calls.me.error);
  return undefined;
}

interface RecoveredTask {
  agreementId: string;
  taskId: string;
  listId: string;
}

/** Tasks an earlier run created but could not record (its answer was lost), found by their guard key. */
async function recoverTasks(graph: GraphClient, b: Bookings, agreements: readonly { id: string }[]): Promise<RecoveredTask[]> {
  const found: RecoveredTask[] = [];
  for (const agreement of agreements) {
    const r = b.reminders.find((x) => x.agreementId === agreement.id);
    if (!r?.taskListId || !r.transactionId) continue;
    const task = await findTaskByGuardKey(graph, r.taskListId, r.transactionId);
    if (task) found.push({ agreementId: agreement.id, taskId: task.id, listId: task.listId });
  }
  return found;
}

function takeRecoveredTasks(run: BookingRun, plan: BookingPlan, found: RecoveredTask[]): void {
  for (const agreement of plan.reminders.recover) {
    const r = run.b.reminders.find((x) => x.agreementId === agreement.id);
    const task = found.find((f) => f.agreementId === agreement.id);
    if (!r) continue;
    if (task) Object.assign(r, { taskId: task.taskId, taskListId: task.listId });
    // Looked and not there: the earlier attempt never landed, so it is created in R2.
    else delete r.attemptedAt;
  }
  if (found.length > 0) run.set('reminders', 'done');
}
