/**
 * "Book and share": the dialogue, the follow-up series, the self-reminders, the contract in
 * OneDrive, the invitation and the chat message — in three sequential round trips on a first run:
 *
 *   R1  upload Lederaftale.docx (creating the folder)   ┐ at once: none depends on another
 *       default To Do list · the 1:1 chat · app folder  ┘ (+ look-ups that recover lost answers)
 *   R2  $batch: dialogue event, follow-up series, To Do tasks / reminder events, invite to the
 *       folder, the chat message (+ private notes upload beside it)
 *   R3  lederaftale.json with every id recorded
 *
 * Why the document goes first: the agenda and the chat card link to the .docx, whose webUrl only
 * exists once it is uploaded; uploading it in R1 means the events are created with the link in
 * R2 instead of being created without it and PATCHed afterwards. The JSON goes last because it
 * records the ids everything else produced.
 *
 * Every part is idempotent and resumable: the pure planner (src/domain/bookings.ts) computes what is
 * missing from the record, keys are recorded before requests (onProgress saves them), and a run
 * over a complete record sends nothing.
 */
import { getContent } from '../../../content';
import { moveOccurrence } from '../../../graph/seriesExceptions';
import { buildDialogueAgendaHtml, buildFollowUpAgendaHtml, dialogueSubject } from '../../../domain/agenda';
import { contentHash, pendingSteps, planBookings, sharedBookings, type BookingStep, type Bookings } from '../../../domain/bookings';
import { DOCX_MIME_TYPE, renderContractDocx } from '../../../domain/contractDocument';
import { newId as defaultNewId } from '../../../domain/ids';
import type { LocalizedText } from '../../../domain/localized';
import type { Contract } from '../../../domain/model';
import { DEFAULT_REMINDER_TIME } from '../../../domain/reminderTime';
import { parseContract } from '../../../domain/schema';
import { buildSharePreview } from '../../../domain/sharePreview';
import { unionBase } from '../../../domain/unionBase';
import type { BatchRequest } from '../../../graph/batch';
import { getOrCreateOneOnOneChat, findGuardedMessage } from '../../../graph/chat';
import type { GraphClient } from '../../../graph/client';
import { messageFor, toGraphAppError, type GraphAppError } from '../../../graph/errors';
import { updateEvent } from '../../../graph/events';
import { downloadFile, getAppFolder, getItem, uploadSmallFile } from '../../../graph/files';
import { getMe } from '../../../graph/me';
import {
  chatMessageRequest,
  createFileIfAbsent,
  deleteEventRequest,
  deleteTodoTaskRequest,
  dialogueEventRequest,
  eventFromBatch,
  findTaskByGuardKey,
  inviteRequest,
  isDeleted,
  messageFromBatch,
  permissionFromBatch,
  reminderEventRequest,
  seriesEventRequest,
  taskFromBatch,
  todoTaskRequest,
  updateSeriesRequest,
} from '../../../graph/shareFlowRequests';
import { listPermissions } from '../../../graph/sharing';
import { getDefaultTaskList } from '../../../graph/todo';
import type { DriveItemRef, UploadResult } from '../../../graph/types';
import { writeSharedContract } from '../../../store/sharedContract';
import { contractTroubleMessage } from '../../shared/contractAccessStrings';
import { pinDialogueTab, type MeetingTabOptions } from '../../meetingTab/pinMeetingTab';
import { buildShareCard } from './chatCard';
import { RoundExecutor, type RoundRecord } from './executor';
import { CONTRACT_DOCX, CONTRACT_JSON, PRIVATE_FALLBACK_FOLDER, PRIVATE_NOTES_FILE } from './folderName';
import { prepareRequest, recordKeys, type PreparedRequest } from './prepare';
import { findOwnDocx } from './ownDocument';
import { firstReminderDate, reminderTaskInput, reminderEventInput } from './reminders';
import type { BookAndShareRequest } from './request';
import type { BookAndShareResult, ProgressListener, StepOutcome, StepStatus, StorageConflict } from './result';
import { validateRequest } from './validateRequest';

export interface BookAndShareOptions {
  /** Called with the record after every part (and before the first request, with the keys). */
  onProgress?: ProgressListener;
  /** Sees each round as it starts (the benchmark counts them). */
  observeRound?: (round: RoundRecord) => void;
  newId?: () => string;
  /** Also pin Lederdialog in the booked meeting's chat (optional; after the main flow, counted apart). */
  meetingTab?: MeetingTabOptions;
}

const SKIPPED_ORG_CONTACT: LocalizedText = {
  da: 'Din nærmeste leder er en ekstern kontakt og kan ikke få en Teams-chat. Mødet og aftalen er delt; fortæl selv din leder om den.',
  en: 'Your manager is an external contact and cannot be reached in a Teams chat. The meeting and the agreement are shared; tell your manager yourself.',
};
const SKIPPED_NO_USER: LocalizedText = {
  da: 'Din nærmeste leder findes ikke i organisationens bruger­katalog, så der sendes ingen Teams-besked.',
  en: 'Your manager is not a user in your organisation’s directory, so no Teams message is sent.',
};
const NEEDS_FOLDER: LocalizedText = {
  da: 'Aftalen kunne ikke deles, fordi mappen i OneDrive ikke blev oprettet. Prøv igen.',
  en: 'The agreement could not be shared because its OneDrive folder was not created. Try again.',
};
const CONFLICT: LocalizedText = messageFor('conflict');

/** The shared lederaftale.json: the share preview and the public part of the bookings. */
export function sharedContractDocument(contract: Contract, bookings: Bookings): Record<string, unknown> {
  return { ...buildSharePreview(contract), bookings: sharedBookings(bookings) };
}

function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}

class Run {
  readonly steps = new Map<BookingStep, StepOutcome>();
  readonly conflicts: StorageConflict[] = [];

  constructor(
    public b: Bookings,
    private readonly onProgress: ProgressListener | undefined,
  ) {}

  set(step: BookingStep, status: StepStatus, extra: { error?: GraphAppError; message?: LocalizedText } = {}): void {
    const previous = this.steps.get(step);
    // A failure or a conflict in one part of a step is not hidden by a later success in another.
    if (status === 'done' && previous && (previous.status === 'failed' || previous.status === 'conflict')) return;
    const outcome: StepOutcome = { step, status };
    const message = extra.message ?? extra.error?.message;
    if (message) outcome.message = message;
    if (extra.error) outcome.errorKind = extra.error.kind;
    this.steps.set(step, outcome);
    this.onProgress?.(this.b, step, status);
  }

  /** Hand the record to the UI again (new markers), the step's outcome unchanged. */
  save(step: BookingStep): void {
    this.onProgress?.(this.b, step, this.steps.get(step)?.status ?? 'running');
  }

  fail(step: BookingStep, error: GraphAppError): void {
    this.set(step, 'failed', { error });
  }
}

/** Run "Book and share" for the request; never throws for Graph failures (they are in the result). */
export async function bookAndShare(graph: GraphClient, request: BookAndShareRequest, options: BookAndShareOptions = {}): Promise<BookAndShareResult> {
  const existing = request.contract.bookings;
  const issues = validateRequest(request);
  if (issues.length > 0) return { status: 'invalid', issues, bookings: existing ?? { followUps: [], reminders: [] }, roundTrips: 0 };

  const newId = options.newId ?? defaultNewId;
  const now = request.now ?? new Date();
  const content = getContent(request.contract.locale);
  const prepared = prepareRequest(request);
  const plan0 = planBookings(request.contract, existing ?? { followUps: [], reminders: [] }, prepared.intent, existing?.storage?.docx.webUrl);
  const run = new Run(recordKeys(existing, plan0, prepared, newId), options.onProgress);
  const exec = new RoundExecutor(graph, options.observeRound);
  let plan = planBookings(request.contract, run.b, prepared.intent, run.b.storage?.docx.webUrl);
  const pending = new Set(pendingSteps(plan));
  for (const step of ['dialogue', 'followUps', 'reminders', 'storage', 'privateNotes', 'share', 'chat'] as BookingStep[]) {
    if (step === 'chat' && plan.chat === 'skip')
      run.set('chat', 'skipped', {
        message: prepared.intent.chat.possible ? undefined : prepared.intent.chat.reason === 'orgContact' ? SKIPPED_ORG_CONTACT : SKIPPED_NO_USER,
      });
    else if (!pending.has(step)) run.set(step, 'unchanged');
    else run.set(step, 'running'); // the keys recorded above are saved before any request
  }

  const b = (): Bookings => run.b;
  const storage = () => b().storage as NonNullable<Bookings['storage']>;
  const chat = () => b().chat as NonNullable<Bookings['chat']>;

  // ------------------------------------------------------------ R1: document, lists, chat, look-ups
  const todoNeeded = b().reminders.some((r) => r.kind === 'todo' && !r.taskId);
  const knownListId = b().reminders.find((r) => r.taskListId)?.taskListId;
  let meId = request.leader?.id ?? request.contract.leader?.id;
  if (plan.chat === 'post' && !chat().chatId && !meId) {
    // The chat needs the leader's own id; the UI normally passes it (saves this round trip).
    const me = await exec.round('me', { calls: { me: () => getMe(graph) } });
    if (me.calls.me.ok) meId = me.calls.me.value?.id;
    else run.fail('chat', me.calls.me.error);
  }
  // Once lederaftale.json exists, the nearest leader may have written to it (and to the document): the
  // document is then rendered from the merged version by the one write path in R3, never from this
  // draft alone. Only a first run, before any JSON, uploads it here (its webUrl goes into the agendas).
  const storedBefore = Boolean(storage().json.itemId);
  const docxDeferred = plan.storage.docx && storedBefore;
  const docxBytes = plan.storage.docx && !storedBefore ? await renderContractDocx(request.contract, content, now) : undefined;
  const recoverChat = plan.chat === 'post' && chat().chatId ? (chat().chatId as string) : undefined;
  const folderId = storage().folderId;
  const r1 = await exec.round('R1', {
    calls: {
      docx: docxBytes ? () => saveDocx(graph, run, prepared, docxBytes, request.contract.id) : undefined,
      folder: !docxBytes && !folderId ? () => getItem(graph, { path: storage().folderPath }) : undefined,
      taskList: todoNeeded && !knownListId ? () => getDefaultTaskList(graph) : undefined,
      chat:
        plan.chat === 'post' && !chat().chatId && meId && request.nearestLeader.id
          ? () => getOrCreateOneOnOneChat(graph, meId, request.nearestLeader.id as string)
          : undefined,
      chatRecover: recoverChat ? () => findGuardedMessage(graph, recoverChat, chat().guardKey) : undefined,
      notesFolder: plan.privateNotes && !b().privateNotes?.itemId ? () => getAppFolder(graph, PRIVATE_FALLBACK_FOLDER) : undefined,
      shareRecover:
        plan.share === 'recover' && folderId
          ? async () =>
              (await listPermissions(graph, { itemId: folderId })).find(
                (p) => p.grantedTo?.mail?.toLowerCase() === prepared.intent.recipient && !p.inheritedFromId,
              )
          : undefined,
      taskRecover: plan.reminders.recover.length > 0 ? () => recoverTasks(graph, b(), plan.reminders.recover) : undefined,
    },
  });

  // Storage.
  if (r1.calls.docx.ok && r1.calls.docx.value) {
    const saved = r1.calls.docx.value;
    if (saved.conflict) run.conflicts.push({ file: 'docx', remoteETag: saved.remote.eTag });
  } else if (!r1.calls.docx.ok) run.fail('storage', r1.calls.docx.error);
  if (r1.calls.folder.ok && r1.calls.folder.value) {
    storage().folderId = r1.calls.folder.value.id;
    storage().driveId = r1.calls.folder.value.driveId;
  }
  // Lists, chat, recovered answers.
  const listId = knownListId ?? (r1.calls.taskList.ok ? r1.calls.taskList.value?.id : undefined);
  if (!r1.calls.taskList.ok) run.fail('reminders', r1.calls.taskList.error);
  if (r1.calls.chat.ok && r1.calls.chat.value) chat().chatId = r1.calls.chat.value.id;
  else if (!r1.calls.chat.ok) run.fail('chat', r1.calls.chat.error);
  if (r1.calls.chatRecover.ok && r1.calls.chatRecover.value) {
    chat().messageId = r1.calls.chatRecover.value.id;
    run.set('chat', 'done');
  }
  // A message may have gone out in an earlier run whose answer was lost: until the look-up for its
  // guard key has come back and found nothing, it is not posted again (the next run looks again).
  const chatLookupFailed = recoverChat !== undefined && !r1.calls.chatRecover.ok;
  if (!r1.calls.chatRecover.ok && recoverChat !== undefined) run.fail('chat', r1.calls.chatRecover.error);
  if (r1.calls.shareRecover.ok && r1.calls.shareRecover.value && b().share) {
    Object.assign(b().share as object, { permissionId: r1.calls.shareRecover.value.id, invitedAt: b().share?.attemptedAt ?? now.toISOString() });
  }
  if (r1.calls.taskRecover.ok) {
    const found = r1.calls.taskRecover.value ?? [];
    for (const agreement of plan.reminders.recover) {
      const r = b().reminders.find((x) => x.agreementId === agreement.id);
      const task = found.find((f) => f.agreementId === agreement.id);
      if (!r) continue;
      if (task) Object.assign(r, { taskId: task.taskId, taskListId: task.listId });
      // Looked and not there: the earlier attempt never landed, so it is created below.
      else delete r.attemptedAt;
    }
    if (found.length > 0) run.set('reminders', 'done');
  } else run.fail('reminders', r1.calls.taskRecover.error);
  if (r1.calls.notesFolder.ok === false) run.fail('privateNotes', r1.calls.notesFolder.error);
  if (!run.steps.get('storage') || run.steps.get('storage')?.status === 'running')
    run.set('storage', run.conflicts.length ? 'conflict' : 'running', run.conflicts.length ? { message: CONFLICT } : {});

  // ------------------------------------------------------------ R2: the batch of creates
  plan = planBookings(request.contract, b(), prepared.intent, storage().docx.webUrl);
  const agendaLink = storage().docx.webUrl ?? prepared.appLink;
  const batch: BatchRequest[] = [];
  const calls: Record<string, () => Promise<unknown>> = {};
  const attendee = { displayName: request.nearestLeader.displayName, mail: request.nearestLeader.mail ?? '', type: 'required' as const };
  const place = { ...(request.room ? { room: { id: '', ...request.room } } : {}), ...(prepared.intent.location ? { text: prepared.intent.location } : {}) };
  const dialogueInput = {
    subject: dialogueSubject(content),
    start: { dateTime: prepared.intent.slot.start, timeZone: prepared.intent.slot.timeZone },
    end: { dateTime: prepared.intent.slot.end, timeZone: prepared.intent.slot.timeZone },
    attendees: [attendee],
    agendaHtml: buildDialogueAgendaHtml(request.contract, content, agendaLink ? { contractLink: agendaLink } : {}),
    place,
    transactionId: b().dialogue?.transactionId ?? '',
    contractId: request.contract.id,
  };
  if (plan.dialogue === 'create') batch.push(dialogueEventRequest('dialogue', dialogueInput));
  else if (plan.dialogue === 'update' && b().dialogue?.eventId) {
    const eventId = b().dialogue?.eventId as string;
    calls.dialogueUpdate = () =>
      updateEvent(graph, eventId, {
        start: dialogueInput.start,
        end: dialogueInput.end,
        agendaHtml: dialogueInput.agendaHtml,
        attendees: [attendee],
        place: { ...place, text: place.text ?? '' },
      });
  }

  const followUpHtml = buildFollowUpAgendaHtml(request.contract, content, agendaLink ? { contractLink: agendaLink } : {});
  for (const spec of prepared.followUps) {
    const record = b().followUps.find((f) => f.id === spec.id);
    if (!record) continue;
    const series = {
      cadence: spec.cadence,
      firstStart: { dateTime: spec.start, timeZone: spec.timeZone },
      durationMinutes: spec.durationMinutes,
      endDate: spec.endDate,
    };
    if (plan.followUps.create.some((f) => f.id === spec.id)) {
      batch.push(
        seriesEventRequest(`followUp:${spec.id}`, {
          ...series,
          subject: spec.subject,
          attendees: [attendee],
          agendaHtml: followUpHtml,
          place,
          transactionId: record.transactionId,
          contractId: request.contract.id,
        }),
      );
    } else if (plan.followUps.update.some((f) => f.id === spec.id) && record.seriesMasterId) {
      batch.push(updateSeriesRequest(`followUp:${spec.id}`, record.seriesMasterId, series));
    }
  }

  const reminderTime = request.reminderTime ?? DEFAULT_REMINDER_TIME;
  for (const agreement of plan.reminders.create) {
    const r = b().reminders.find((x) => x.agreementId === agreement.id);
    if (!r?.transactionId) continue;
    // Where the reminder starts, so a revision (the follow-up view) keeps its weekday and time.
    r.firstDate = firstReminderDate(prepared.intent.slot.start);
    r.time = reminderTime;
    if (request.weekdaysOnly && agreement.cadence === 'daily') r.weekdaysOnly = true;
    else delete r.weekdaysOnly;
    if (r.kind === 'todo') {
      if (!listId) continue;
      r.taskListId = listId;
      r.attemptedAt = now.toISOString();
      batch.push(
        todoTaskRequest(
          `reminder:${agreement.id}`,
          listId,
          reminderTaskInput(agreement, prepared, request, reminderTime, r.transactionId, storage().docx.webUrl),
        ),
      );
    } else {
      batch.push(
        reminderEventRequest(`reminder:${agreement.id}`, {
          ...reminderEventInput(agreement, prepared, request, reminderTime, r.transactionId, storage().docx.webUrl),
          contractId: request.contract.id,
        }),
      );
    }
  }
  const removals = plan.reminders.remove;
  removals.forEach((old, i) => {
    if (old.kind === 'todo' && old.taskListId && old.taskId) batch.push(deleteTodoTaskRequest(`remove:${i}`, old.taskListId, old.taskId));
    else if (old.kind === 'event' && old.eventId) batch.push(deleteEventRequest(`remove:${i}`, old.eventId));
  });

  if (plan.share !== 'none') {
    if (storage().folderId && b().share) {
      (b().share as NonNullable<Bookings['share']>).attemptedAt = now.toISOString();
      batch.push(inviteRequest('share', storage().folderId as string, request.nearestLeader.mail ?? '', prepared.intent.shareRole));
    } else if (!run.steps.get('storage') || run.steps.get('storage')?.status !== 'failed') run.set('share', 'failed', { message: NEEDS_FOLDER });
    else run.set('share', 'failed', { message: NEEDS_FOLDER });
  }

  // The folder exists after R1: the card's link carries where it is (the nearest leader's way in).
  const folderLocation = storage().folderId
    ? { folderId: storage().folderId as string, ...(storage().driveId ? { driveId: storage().driveId as string } : {}) }
    : undefined;
  const appLink = request.deepLink && folderLocation ? request.deepLink(request.contract.id, folderLocation) : prepared.appLink;
  if (plan.chat === 'post' && chat().chatId && !chat().messageId && !chatLookupFailed) {
    const dialogue = b().dialogue;
    const card = buildShareCard({
      locale: prepared.locale,
      start: dialogue?.start ?? prepared.intent.slot.start,
      room: request.room?.displayName,
      place: prepared.intent.location,
      followUps: prepared.followUps.map((f) => f.label),
      appLink,
      wordLink: storage().docx.webUrl,
    });
    batch.push(chatMessageRequest('chat', chat().chatId as string, card, chat().guardKey));
  }

  if (storage().folderId && !storage().folderWebUrl)
    batch.push({ id: 'folder', method: 'GET', url: `/me/drive/items/${encodeURIComponent(storage().folderId as string)}?$select=id,webUrl` });

  const notesTarget = plan.privateNotes ? notesUploadTarget(b(), r1.calls.notesFolder.ok ? r1.calls.notesFolder.value : undefined) : undefined;
  if (notesTarget && request.notes) {
    const notes = request.notes;
    calls.notes = () =>
      uploadSmallFile(graph, notesTarget.target, encodeJson(notes), {
        contentType: 'application/json',
        ...(notesTarget.ifMatch ? { ifMatch: notesTarget.ifMatch } : {}),
      });
  }
  // Attempt markers (share, To Do) are saved before the batch goes out.
  run.save('reminders');
  run.save('share');
  const r2 = await exec.round('R2', { batch, calls });

  // Dialogue.
  const dialogueResult = r2.batch.get('dialogue');
  if (dialogueResult) {
    try {
      const event = eventFromBatch(dialogueResult);
      Object.assign(b().dialogue as object, {
        eventId: event.id,
        start: prepared.intent.slot.start,
        end: prepared.intent.slot.end,
        timeZone: prepared.intent.slot.timeZone,
        ...(event.joinUrl ? { joinUrl: event.joinUrl } : {}),
        ...(event.webLink ? { webLink: event.webLink } : {}),
        ...(agendaLink ? { agendaLink } : {}),
      });
      run.set('dialogue', 'done');
    } catch (error) {
      run.fail('dialogue', toGraphAppError(error));
    }
  }
  if (calls.dialogueUpdate) {
    const updated = r2.calls.dialogueUpdate;
    if (updated?.ok) {
      const d = b().dialogue as NonNullable<Bookings['dialogue']>;
      Object.assign(d, {
        start: prepared.intent.slot.start,
        end: prepared.intent.slot.end,
        timeZone: prepared.intent.slot.timeZone,
        ...(agendaLink ? { agendaLink } : {}),
      });
      if (prepared.intent.room) d.room = prepared.intent.room;
      else delete d.room;
      if (prepared.intent.location) d.location = prepared.intent.location;
      else delete d.location;
      run.set('dialogue', 'done');
    } else if (updated && !updated.ok) run.fail('dialogue', updated.error);
  }

  // Follow-ups.
  for (const spec of prepared.followUps) {
    const result = r2.batch.get(`followUp:${spec.id}`);
    const record = b().followUps.find((f) => f.id === spec.id);
    if (!result || !record) continue;
    try {
      const event = eventFromBatch(result);
      Object.assign(record, {
        seriesMasterId: record.seriesMasterId ?? event.id,
        ...(event.iCalUId ? { iCalUId: event.iCalUId } : {}),
        start: spec.start,
        durationMinutes: spec.durationMinutes,
        endDate: spec.endDate,
        timeZone: spec.timeZone,
        cadence: spec.cadence,
        ...(event.webLink ? { webLink: event.webLink } : {}),
      });
      run.set('followUps', 'done');
    } catch (error) {
      run.fail('followUps', toGraphAppError(error));
    }
  }

  // Occurrences moved off a clash become exceptions of their series, once it exists. Repeated on a
  // rerun (an occurrence already moved is left alone), so a failed move is finished by "Prøv igen".
  const moveCalls: Record<string, () => Promise<unknown>> = {};
  for (const spec of prepared.followUps) {
    const seriesMasterId = b().followUps.find((f) => f.id === spec.id)?.seriesMasterId;
    if (!seriesMasterId) continue;
    for (const move of spec.moves ?? []) {
      moveCalls[`move:${spec.id}:${move.from}`] = () =>
        moveOccurrence(graph, { seriesMasterId, fromDate: move.from, to: move.to, durationMinutes: spec.durationMinutes, timeZone: spec.timeZone });
    }
  }
  if (Object.keys(moveCalls).length > 0) {
    const moved = await exec.round('R2-moves', { calls: moveCalls });
    for (const result of Object.values(moved.calls)) if (!result.ok) run.fail('followUps', result.error);
  }

  // Reminders.
  for (const agreement of plan.reminders.create) {
    const result = r2.batch.get(`reminder:${agreement.id}`);
    const r = b().reminders.find((x) => x.agreementId === agreement.id);
    if (!result || !r) continue;
    try {
      if (r.kind === 'todo') {
        r.taskId = taskFromBatch(result, r.taskListId ?? '').id;
      } else {
        r.eventId = eventFromBatch(result).id;
      }
      // Recorded so that a shortened period can end it (src/domain/periodEnd.ts).
      r.endDate = request.contract.period.end;
      run.set('reminders', 'done');
    } catch (error) {
      run.fail('reminders', toGraphAppError(error));
    }
  }
  removals.forEach((old, i) => {
    const result = r2.batch.get(`remove:${i}`);
    if (!result) return;
    if (isDeleted(result)) {
      b().retired = (b().retired ?? []).filter((x) => !(x.agreementId === old.agreementId && x.transactionId === old.transactionId));
      b().reminders = b().reminders.filter((x) => !(x.agreementId === old.agreementId && x.transactionId === old.transactionId));
      if (b().retired?.length === 0) delete b().retired;
      run.set('reminders', 'done');
    } else if (result.error) run.fail('reminders', result.error);
  });

  // Share.
  const shareResult = r2.batch.get('share');
  if (shareResult && b().share) {
    try {
      const permission = permissionFromBatch(shareResult);
      Object.assign(b().share as object, { permissionId: permission.id, invitedAt: now.toISOString() });
      run.set('share', 'done');
    } catch (error) {
      run.fail('share', toGraphAppError(error));
    }
  } else if (plan.share === 'recover' && b().share?.permissionId) run.set('share', 'done');

  // Chat.
  const chatResult = r2.batch.get('chat');
  if (chatResult) {
    try {
      chat().messageId = messageFromBatch(chatResult, chat().chatId ?? '').id;
      run.set('chat', 'done');
    } catch (error) {
      run.fail('chat', toGraphAppError(error));
    }
  }

  const folderResult = r2.batch.get('folder');
  if (folderResult && !folderResult.error) {
    const webUrl = (folderResult.body as { webUrl?: string } | undefined)?.webUrl;
    if (webUrl) storage().folderWebUrl = webUrl;
  }

  // Private notes.
  if (calls.notes) {
    const saved = r2.calls.notes as { ok: true; value: UploadResult } | { ok: false; error: GraphAppError };
    if (saved.ok && !saved.value.conflict) {
      b().privateNotes = { itemId: saved.value.item.id, eTag: saved.value.eTag, location: notesTarget?.location ?? 'approot', hash: prepared.intent.notesHash };
      run.set('privateNotes', 'done');
    } else if (saved.ok) {
      // Private notes are the leader's own: a newer copy there came from the leader's other device.
      run.set('privateNotes', 'conflict', { message: CONFLICT });
    } else run.fail('privateNotes', saved.error);
  }

  // ------------------------------------------------------------ R3: lederaftale.json with every id
  const document = sharedContractDocument(request.contract, b());
  const jsonHash = contentHash(document);
  let shared: Contract | undefined;
  if (!run.conflicts.length && (storage().json.hash !== jsonHash || docxDeferred) && (storage().docx.itemId || storage().folderId)) {
    const r3 = await exec.round('R3', { calls: { json: () => saveJson(graph, run, document, jsonHash, { request, prepared, now, forceDocx: docxDeferred }) } });
    if (!r3.calls.json.ok) run.fail('storage', r3.calls.json.error);
    else shared = r3.calls.json.value;
  }
  const storageStatus = run.steps.get('storage')?.status;
  if (run.conflicts.length) run.set('storage', 'conflict', { message: CONFLICT });
  else if (storageStatus === 'running')
    run.set(
      'storage',
      storage().docx.itemId && storage().json.itemId ? 'done' : 'failed',
      storage().docx.itemId && storage().json.itemId ? {} : { message: messageFor('unknown') },
    );

  // Anything still "running" did not get its turn (a dependency failed).
  for (const [step, outcome] of run.steps) if (outcome.status === 'running') run.set(step, 'failed', { message: messageFor('unknown') });

  const steps = [...run.steps.values()];
  const complete = steps.every((s) => s.status === 'done' || s.status === 'unchanged' || s.status === 'skipped');
  // The meeting tab never decides the status: a refusal only adds a line on adding it by hand.
  const meetingTab = options.meetingTab && b().dialogue?.eventId ? await pinDialogueTab(graph, options.meetingTab, request.contract.id, b()) : undefined;
  return {
    status: complete ? 'complete' : 'partial',
    bookings: b(),
    steps,
    conflicts: run.conflicts,
    links: {
      ...(b().dialogue?.webLink ? { eventWebLink: b().dialogue?.webLink } : {}),
      ...(b().dialogue?.joinUrl ? { joinUrl: b().dialogue?.joinUrl } : {}),
      ...(storage().folderWebUrl ? { folderWebUrl: storage().folderWebUrl } : {}),
      ...(storage().docx.webUrl ? { docxWebUrl: storage().docx.webUrl } : {}),
      ...(appLink ? { appLink } : {}),
    },
    roundTrips: exec.roundTrips,
    ...(shared ? { shared } : {}),
    ...(meetingTab ? { meetingTab } : {}),
  };
}

/** Tasks an earlier run created but could not record (its answer was lost), found by their guard key. */
async function recoverTasks(
  graph: GraphClient,
  b: Bookings,
  agreements: readonly { id: string }[],
): Promise<{ agreementId: string; taskId: string; listId: string }[]> {
  const found: { agreementId: string; taskId: string; listId: string }[] = [];
  for (const agreement of agreements) {
    const r = b.reminders.find((x) => x.agreementId === agreement.id);
    if (!r?.taskListId || !r.transactionId) continue;
    const task = await findTaskByGuardKey(graph, r.taskListId, r.transactionId);
    if (task) found.push({ agreementId: agreement.id, taskId: task.id, listId: task.listId });
  }
  return found;
}

/**
 * Lederaftale.docx: created only where nothing is (a folder holding another contract's files gets a
 * numbered sibling), updated in place with If-Match afterwards. A file already there that is this
 * contract's own (an earlier upload whose answer was lost, see ownDocument.ts) is taken over and
 * updated in place instead of opening a sibling.
 */
async function saveDocx(graph: GraphClient, run: Run, prepared: PreparedRequest, bytes: Uint8Array, contractId: string): Promise<UploadResult | undefined> {
  const s = run.b.storage as NonNullable<Bookings['storage']>;
  if (s.docx.itemId && s.docx.eTag) {
    const saved = await uploadSmallFile(graph, { itemId: s.docx.itemId }, bytes, { ifMatch: s.docx.eTag, contentType: DOCX_MIME_TYPE });
    if (!saved.conflict)
      Object.assign(s.docx, { itemId: saved.item.id, eTag: saved.eTag, webUrl: saved.item.webUrl || s.docx.webUrl, hash: prepared.intent.documentHash });
    return saved;
  }
  const base = s.folderPath;
  for (let n = 1; n <= 5; n += 1) {
    const folderPath = n === 1 ? base : `${base} (${n})`;
    const created = await createFileIfAbsent(graph, `${folderPath}/${CONTRACT_DOCX}`, bytes, DOCX_MIME_TYPE);
    const place = (item: DriveItemRef): void => {
      s.folderPath = folderPath;
      s.folderId = item.parentId ?? s.folderId;
      s.driveId = item.driveId || s.driveId;
    };
    if (created.created) {
      place(created.item);
      s.docx = { itemId: created.item.id, eTag: created.item.eTag, webUrl: created.item.webUrl, hash: prepared.intent.documentHash };
      return { conflict: false, item: created.item, eTag: created.item.eTag };
    }
    const own = await findOwnDocx(graph, folderPath, bytes, contractId);
    if (!own) continue;
    place(own.item);
    const saved = await uploadSmallFile(graph, { itemId: own.item.id }, bytes, { ifMatch: own.eTag, contentType: DOCX_MIME_TYPE });
    // Changed by someone in the moment between reading and writing: theirs stays until the leader chooses.
    s.docx = saved.conflict
      ? { itemId: own.item.id, webUrl: own.item.webUrl }
      : { itemId: saved.item.id, eTag: saved.eTag, webUrl: saved.item.webUrl || own.item.webUrl, hash: prepared.intent.documentHash };
    return saved;
  }
  throw new Error(`No free folder name next to ${base}`);
}

/**
 * lederaftale.json. The first save creates it (adopting only a file that holds this very contract:
 * ours from an attempt whose answer was lost). Every save of a file that exists goes through the one
 * write path (writeSharedContract): read the latest, merge three-way as the leader against the
 * version this device last saw (request.sharedBase, else a union base), write with If-Match, and
 * render Lederaftale.docx from what was written. The nearest leader's agreements, comments and
 * acceptance in the file are never dropped because this draft has not seen them.
 */
async function saveJson(
  graph: GraphClient,
  run: Run,
  document: Record<string, unknown>,
  hash: string,
  options: { request: BookAndShareRequest; prepared: PreparedRequest; now: Date; forceDocx: boolean },
): Promise<Contract | undefined> {
  const s = run.b.storage as NonNullable<Bookings['storage']>;
  const contractId = options.request.contract.id;
  const mine = document as unknown as Contract;
  const merge = async (itemId: string, latest: { contract: Contract; eTag: string }, base: Contract, renderDocx: boolean): Promise<Contract | undefined> => {
    const target = { itemId, ...(s.folderId ? { folderId: s.folderId } : {}) };
    const saved = await writeSharedContract(graph, target, mine, {
      writer: 'leader',
      base,
      latest,
      now: options.now,
      force: options.forceDocx,
      renderDocx,
      content: getContent,
    });
    if (saved.status !== 'saved') {
      run.set('storage', 'failed', { message: contractTroubleMessage(saved), ...(saved.status === 'failed' ? { error: saved.error } : {}) });
      return undefined;
    }
    s.json = { ...s.json, itemId, eTag: saved.eTag, hash };
    if (saved.docx.status === 'saved')
      s.docx = { ...s.docx, eTag: saved.docx.eTag, webUrl: saved.docx.webUrl || s.docx.webUrl, hash: options.prepared.intent.documentHash };
    else if (saved.docx.status === 'failed') run.fail('storage', saved.docx.error);
    return saved.contract;
  };
  if (s.json.itemId) {
    const remote = await downloadFile(graph, { itemId: s.json.itemId });
    const latest = parseJsonContract(remote.content);
    if (!latest) {
      run.conflicts.push(conflictOf('json', remote.eTag, remote.content));
      return undefined;
    }
    const base = options.request.sharedBase?.id === contractId ? options.request.sharedBase : unionBase(latest, mine);
    return merge(s.json.itemId, { contract: latest, eTag: remote.eTag }, base, true);
  }
  const path = `${s.folderPath}/${CONTRACT_JSON}`;
  const created = await createFileIfAbsent(graph, path, encodeJson(document), 'application/json');
  if (created.created) {
    s.json = { itemId: created.item.id, eTag: created.item.eTag, ...(created.item.webUrl ? { webUrl: created.item.webUrl } : {}), hash };
    return mine;
  }
  // A file is already there: ours from an attempt whose answer was lost, or someone else's.
  const remote = await downloadFile(graph, { path });
  const parsed = parseJsonContract(remote.content);
  if (parsed?.id !== contractId) {
    run.conflicts.push(conflictOf('json', remote.eTag, remote.content));
    return undefined;
  }
  // The document was uploaded in R1 of this run: only a deferred one is rendered again.
  return merge(remote.item.id, { contract: parsed, eTag: remote.eTag }, parsed, options.forceDocx);
}

function parseJsonContract(bytes: Uint8Array | undefined): Contract | undefined {
  if (!bytes) return undefined;
  try {
    const parsed = parseContract(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.ok ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}

function conflictOf(file: 'json' | 'docx', eTag: string, content?: Uint8Array): StorageConflict {
  const remoteContract = file === 'json' ? parseJsonContract(content) : undefined;
  return { file, remoteETag: eTag, ...(remoteContract ? { remoteContract } : {}) };
}

function notesUploadTarget(
  b: Bookings,
  folder: { id: string; fallback: boolean } | undefined,
): { target: { itemId: string } | { parentId: string; name: string }; ifMatch?: string; location: 'approot' | 'fallback' } | undefined {
  const n = b.privateNotes;
  if (n?.itemId) return { target: { itemId: n.itemId }, ...(n.eTag ? { ifMatch: n.eTag } : {}), location: n.location };
  if (!folder) return undefined;
  return { target: { parentId: folder.id, name: PRIVATE_NOTES_FILE }, location: folder.fallback ? 'fallback' : 'approot' };
}
