/**
 * The requests of R2 (roundCreates.ts), one builder per part. A builder also records what must be
 * on the record before its request goes out: where a reminder starts, the To Do and share attempt
 * markers (saved by the round before the batch is sent).
 */
import { buildDialogueAgendaHtml, buildFollowUpAgendaHtml, dialogueSubject } from '../../../domain/agenda';
import type { BookingPlan } from '../../../domain/bookingPlan';
import type { ReminderBooking } from '../../../domain/model';
import { DEFAULT_REMINDER_TIME } from '../../../domain/reminderTime';
import type { BatchRequest } from '../../../graph/batch';
import type { DialogueMeetingInput } from '../../../graph/events';
import {
  chatMessageRequest,
  deleteEventRequest,
  deleteTodoTaskRequest,
  inviteRequest,
  reminderEventRequest,
  seriesEventRequest,
  todoTaskRequest,
  updateSeriesRequest,
} from '../../../graph/shareFlowRequests';
import type { BookingRun } from './bookingRun';
import { buildShareCard } from './chatCard';
import { PRIVATE_NOTES_FILE } from './folderName';
import type { Lookups } from './roundLookups';
import { firstReminderDate, reminderEventInput, reminderTaskInput } from './reminders';

/** The dialogue as it is booked now: the same input creates it or (its changeable part) updates it. */
export type Meeting = Omit<DialogueMeetingInput, 'place'> & { place: NonNullable<DialogueMeetingInput['place']> };

export interface NotesUpload {
  target: { itemId: string } | { parentId: string; name: string };
  ifMatch?: string;
  location: 'approot' | 'fallback';
}

export function dialogueMeeting(run: BookingRun, agendaLink: string | undefined): Meeting {
  const { request, prepared, content } = run;
  const { slot, location } = prepared.intent;
  return {
    subject: dialogueSubject(content),
    start: { dateTime: slot.start, timeZone: slot.timeZone },
    end: { dateTime: slot.end, timeZone: slot.timeZone },
    attendees: [{ displayName: request.nearestLeader.displayName, mail: request.nearestLeader.mail ?? '', type: 'required' }],
    agendaHtml: buildDialogueAgendaHtml(request.contract, content, agendaLink ? { contractLink: agendaLink } : {}),
    place: { ...(request.room ? { room: { id: '', ...request.room } } : {}), ...(location ? { text: location } : {}) },
    transactionId: run.b.dialogue.transactionId,
    contractId: request.contract.id,
  };
}

export function followUpRequests(run: BookingRun, plan: BookingPlan, meeting: Meeting, agendaLink: string | undefined): BatchRequest[] {
  const { request, content } = run;
  const agendaHtml = buildFollowUpAgendaHtml(request.contract, content, agendaLink ? { contractLink: agendaLink } : {});
  const out: BatchRequest[] = [];
  for (const spec of run.prepared.followUps) {
    const record = run.b.followUps.find((f) => f.id === spec.id);
    if (!record) continue;
    const series = {
      cadence: spec.cadence,
      firstStart: { dateTime: spec.start, timeZone: spec.timeZone },
      durationMinutes: spec.durationMinutes,
      endDate: spec.endDate,
    };
    const id = `followUp:${spec.id}`;
    if (plan.followUps.create.some((f) => f.id === spec.id)) {
      const { attendees, place, contractId } = meeting;
      out.push(seriesEventRequest(id, { ...series, subject: spec.subject, attendees, agendaHtml, place, transactionId: record.transactionId, contractId }));
    } else if (plan.followUps.update.some((f) => f.id === spec.id) && record.seriesMasterId) {
      out.push(updateSeriesRequest(id, record.seriesMasterId, series));
    }
  }
  return out;
}

/** New reminders; each record gets where it starts (a revision keeps its weekday and time) and its attempt marker. */
export function reminderRequests(run: BookingRun, plan: BookingPlan, listId: string | undefined): BatchRequest[] {
  const { request, prepared } = run;
  const time = request.reminderTime ?? DEFAULT_REMINDER_TIME;
  const docxLink = run.b.storage.docx.webUrl;
  const out: BatchRequest[] = [];
  for (const agreement of plan.reminders.create) {
    const r = run.b.reminders.find((x) => x.agreementId === agreement.id);
    if (!r?.transactionId) continue;
    r.firstDate = firstReminderDate(prepared.intent.slot.start);
    r.time = time;
    if (request.weekdaysOnly && agreement.cadence === 'daily') r.weekdaysOnly = true;
    else delete r.weekdaysOnly;
    const id = `reminder:${agreement.id}`;
    if (r.kind === 'event') {
      const input = reminderEventInput(agreement, prepared, request, time, r.transactionId, docxLink);
      out.push(reminderEventRequest(id, { ...input, contractId: request.contract.id }));
    } else if (listId) {
      r.taskListId = listId;
      r.attemptedAt = run.now.toISOString();
      out.push(todoTaskRequest(id, listId, reminderTaskInput(agreement, prepared, request, time, r.transactionId, docxLink)));
    }
  }
  return out;
}

export function removalRequests(removals: readonly ReminderBooking[]): BatchRequest[] {
  return removals.flatMap((old, i) => {
    if (old.kind === 'todo' && old.taskListId && old.taskId) return [deleteTodoTaskRequest(`remove:${i}`, old.taskListId, old.taskId)];
    if (old.kind === 'event' && old.eventId) return [deleteEventRequest(`remove:${i}`, old.eventId)];
    return [];
  });
}

export function shareRequests(run: BookingRun, plan: BookingPlan): BatchRequest[] {
  if (plan.share === 'none') return [];
  const { folderId } = run.b.storage;
  const share = run.b.share;
  if (!folderId || !share) {
    run.set('share', 'failed', { reason: { kind: 'needsFolder' } });
    return [];
  }
  share.attemptedAt = run.now.toISOString();
  return [inviteRequest('share', folderId, run.request.nearestLeader.mail ?? '', run.prepared.intent.shareRole)];
}

/** The folder exists after R1: the card's link carries where it is (the nearest leader's way in). */
export function chatAppLink(run: BookingRun): string | undefined {
  const { request } = run;
  const { folderId, driveId } = run.b.storage;
  return request.deepLink && folderId ? request.deepLink(request.contract.id, { folderId, ...(driveId ? { driveId } : {}) }) : run.prepared.appLink;
}

export function chatRequests(run: BookingRun, plan: BookingPlan, lookups: Lookups, appLink: string | undefined): BatchRequest[] {
  const { chat, dialogue, storage } = run.b;
  if (plan.chat !== 'post' || !chat.chatId || chat.messageId || lookups.chatLookupFailed) return [];
  const { prepared, request } = run;
  const card = buildShareCard({
    locale: prepared.locale,
    start: dialogue.start,
    room: request.room?.displayName,
    place: prepared.intent.location,
    followUps: prepared.followUps.map((f) => f.label),
    appLink,
    wordLink: storage.docx.webUrl,
  });
  return [chatMessageRequest('chat', chat.chatId, card, chat.guardKey)];
}

export function folderRequests(run: BookingRun): BatchRequest[] {
  const { folderId, folderWebUrl } = run.b.storage;
  return folderId && !folderWebUrl ? [{ id: 'folder', method: 'GET', url: `/me/drive/items/${encodeURIComponent(folderId)}?$select=id,webUrl` }] : [];
}

export function notesUploadTarget(run: BookingRun, folder: Lookups['notesFolder']): NotesUpload | undefined {
  const n = run.b.privateNotes;
  if (n?.itemId) return { target: { itemId: n.itemId }, ...(n.eTag ? { ifMatch: n.eTag } : {}), location: n.location };
  if (!folder) return undefined;
  return { target: { parentId: folder.id, name: PRIVATE_NOTES_FILE }, location: folder.fallback ? 'fallback' : 'approot' };
}
