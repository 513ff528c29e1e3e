/**
 * The answers of R2 (roundCreates.ts), one reader per part: each writes what Graph made into the
 * record and marks its step; a failed answer fails the step.
 */
import type { BookingPlan } from '../../../domain/bookingPlan';
import type { ReminderBooking } from '../../../domain/model';
import { isRecord } from '../../../domain/isRecord';
import type { BatchItemResult } from '../../../graph/batch';
import { eventFromBatch, isDeleted, messageFromBatch, permissionFromBatch, taskFromBatch } from '../../../graph/shareFlowRequests';
import type { BookingRun } from './bookingRun';

/** The slot (and agenda link) the event now has, after a create or an update. */
function bookedSlot(run: BookingRun, agendaLink: string | undefined) {
  const { slot } = run.prepared.intent;
  return { start: slot.start, end: slot.end, timeZone: slot.timeZone, ...(agendaLink ? { agendaLink } : {}) };
}

export function takeDialogue(run: BookingRun, result: BatchItemResult | undefined, agendaLink: string | undefined): void {
  if (!result) return;
  run.take(
    'dialogue',
    () => eventFromBatch(result),
    (event) =>
      Object.assign(run.b.dialogue, {
        eventId: event.id,
        ...bookedSlot(run, agendaLink),
        ...(event.joinUrl ? { joinUrl: event.joinUrl } : {}),
        ...(event.webLink ? { webLink: event.webLink } : {}),
      }),
  );
}

export function takeDialogueUpdate(run: BookingRun, agendaLink: string | undefined): void {
  const d = run.b.dialogue;
  const { room, location } = run.prepared.intent;
  Object.assign(d, bookedSlot(run, agendaLink));
  if (room) d.room = room;
  else delete d.room;
  if (location) d.location = location;
  else delete d.location;
  run.set('dialogue', 'done');
}

export function takeFollowUps(run: BookingRun, answers: Map<string, BatchItemResult>): void {
  for (const spec of run.prepared.followUps) {
    const result = answers.get(`followUp:${spec.id}`);
    const record = run.b.followUps.find((f) => f.id === spec.id);
    if (!result || !record) continue;
    run.take(
      'followUps',
      () => eventFromBatch(result),
      (event) =>
        Object.assign(record, {
          seriesMasterId: record.seriesMasterId ?? event.id,
          ...(event.iCalUId ? { iCalUId: event.iCalUId } : {}),
          start: spec.start,
          durationMinutes: spec.durationMinutes,
          endDate: spec.endDate,
          timeZone: spec.timeZone,
          cadence: spec.cadence,
          ...(event.webLink ? { webLink: event.webLink } : {}),
        }),
    );
  }
}

export function takeReminders(run: BookingRun, plan: BookingPlan, answers: Map<string, BatchItemResult>): void {
  const { b } = run;
  for (const agreement of plan.reminders.create) {
    const result = answers.get(`reminder:${agreement.id}`);
    const r = b.reminders.find((x) => x.agreementId === agreement.id);
    if (!result || !r) continue;
    run.take(
      'reminders',
      () => (r.kind === 'todo' ? { taskId: taskFromBatch(result, r.taskListId ?? '').id } : { eventId: eventFromBatch(result).id }),
      (ids) => {
        Object.assign(r, ids);
        // Recorded so that a shortened period can end it (src/domain/periodEnd.ts).
        r.endDate = run.request.contract.period.end;
      },
    );
  }
  plan.reminders.remove.forEach((old, i) => {
    const result = answers.get(`remove:${i}`);
    if (!result) return;
    if (!isDeleted(result)) {
      if (result.error) run.fail('reminders', result.error);
      return;
    }
    const other = (x: ReminderBooking) => !(x.agreementId === old.agreementId && x.transactionId === old.transactionId);
    b.reminders = b.reminders.filter(other);
    const retired = (b.retired ?? []).filter(other);
    if (retired.length > 0) b.retired = retired;
    else delete b.retired;
    run.set('reminders', 'done');
  });
}

export function takeShare(run: BookingRun, result: BatchItemResult | undefined): void {
  const share = run.b.share;
  if (!result || !share) return;
  run.take(
    'share',
    () => permissionFromBatch(result),
    (permission) => Object.assign(share, { permissionId: permission.id, invitedAt: run.now.toISOString() }),
  );
}

export function takeChat(run: BookingRun, result: BatchItemResult | undefined): void {
  const { chat } = run.b;
  if (!result) return;
  run.take(
    'chat',
    () => messageFromBatch(result, chat.chatId ?? ''),
    (message) => {
      chat.messageId = message.id;
    },
  );
}

export function takeFolder(run: BookingRun, result: BatchItemResult | undefined): void {
  const body: unknown = result && !result.error ? result.body : undefined;
  if (isRecord(body) && typeof body.webUrl === 'string' && body.webUrl) run.b.storage.folderWebUrl = body.webUrl;
}
