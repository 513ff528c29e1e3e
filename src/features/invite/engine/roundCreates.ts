/**
 * R2 of "Book and share": one $batch with every create — the dialogue, the follow-up series, the
 * To Do tasks or reminder events (and the deletion of replaced ones), the invitation to the folder,
 * the chat message — sent together with the two calls that cannot be batched (the dialogue's update,
 * the private notes' upload). Each part's request is built in createRequests.ts and its answer read
 * into the record in createAnswers.ts; this is the round itself.
 */
import type { BookingPlan } from '../../../domain/bookingPlan';
import type { BatchRequest } from '../../../graph/batch';
import { updateEvent } from '../../../graph/events';
import { uploadSmallFile } from '../../../graph/files';
import { dialogueEventRequest } from '../../../graph/shareFlowRequests';
import type { BookingRun } from './bookingRun';
import { takeChat, takeDialogue, takeDialogueUpdate, takeFolder, takeFollowUps, takeReminders, takeShare } from './createAnswers';
import {
  chatAppLink,
  chatRequests,
  dialogueMeeting,
  folderRequests,
  followUpRequests,
  notesUploadTarget,
  reminderRequests,
  removalRequests,
  shareRequests,
} from './createRequests';
import { encodeJson } from './roundJson';
import type { Lookups } from './roundLookups';

/** Sends R2 and records its answers; returns the app link the chat card carried (for the result). */
export async function createRound(run: BookingRun, plan: BookingPlan, lookups: Lookups): Promise<{ appLink?: string }> {
  const { graph, request, b } = run;
  const agendaLink = b.storage.docx.webUrl ?? run.prepared.appLink;
  const meeting = dialogueMeeting(run, agendaLink);
  const appLink = chatAppLink(run);
  const batch: BatchRequest[] = [
    ...(plan.dialogue === 'create' ? [dialogueEventRequest('dialogue', meeting)] : []),
    ...followUpRequests(run, plan, meeting, agendaLink),
    ...reminderRequests(run, plan, lookups.listId),
    ...removalRequests(plan.reminders.remove),
    ...shareRequests(run, plan),
    ...chatRequests(run, plan, lookups, appLink),
    ...folderRequests(run),
  ];
  const eventId = plan.dialogue === 'update' ? b.dialogue.eventId : undefined;
  const privateNotes = request.notes;
  const notes = plan.privateNotes && privateNotes ? notesUploadTarget(run, lookups.notesFolder) : undefined;
  const calls = {
    dialogueUpdate: eventId
      ? () =>
          updateEvent(graph, eventId, {
            start: meeting.start,
            end: meeting.end,
            agendaHtml: meeting.agendaHtml,
            attendees: meeting.attendees,
            place: { ...meeting.place, text: meeting.place.text ?? '' },
          })
      : undefined,
    notes:
      notes && privateNotes
        ? () =>
            uploadSmallFile(graph, notes.target, encodeJson(privateNotes), {
              contentType: 'application/json',
              ...(notes.ifMatch ? { ifMatch: notes.ifMatch } : {}),
            })
        : undefined,
  };
  // Attempt markers (share, To Do) are saved before the batch goes out.
  run.save('reminders');
  run.save('share');
  const r2 = await run.exec.round('R2', { batch, calls });

  takeDialogue(run, r2.batch.get('dialogue'), agendaLink);
  if (calls.dialogueUpdate) {
    const updated = r2.calls.dialogueUpdate;
    if (updated.ok) takeDialogueUpdate(run, agendaLink);
    else run.fail('dialogue', updated.error);
  }
  takeFollowUps(run, r2.batch);
  takeReminders(run, plan, r2.batch);
  takeShare(run, r2.batch.get('share'));
  takeChat(run, r2.batch.get('chat'));
  takeFolder(run, r2.batch.get('folder'));
  if (notes && calls.notes) {
    const saved = r2.calls.notes;
    if (!saved.ok) run.fail('privateNotes', saved.error);
    else if (saved.value && !saved.value.conflict) {
      b.privateNotes = { itemId: saved.value.item.id, eTag: saved.value.eTag, location: notes.location, hash: run.prepared.intent.notesHash };
      run.set('privateNotes', 'done');
    }
    // Private notes are the leader's own: a newer copy there came from the leader's other device.
    else run.set('privateNotes', 'conflict', { errorKind: 'conflict' });
  }
  return appLink ? { appLink } : {};
}
