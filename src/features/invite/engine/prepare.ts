/**
 * From the leader's request to the planner's terms, and the keys recorded *before* any request:
 * the dialogue's and each series' transactionId, each reminder's guard, the chat message's guard
 * key, the share attempt. Pure (ids and "now" are passed in), so it is unit-tested.
 */
import { contentHash } from '../../../domain/contentHash';
import { type BookingIntent, type BookingPlan, emptyBookings, type FollowUpIntent } from '../../../domain/bookingPlan';
import { CADENCE_LABELS, findFollowUpPreset } from '../../../domain/cadence';
import { buildSharePreview } from '../../../domain/sharePreview';
import type { Locale } from '../../../content/types';
import type { Bookings, ChatBooking, Contract, DialogueBooking, OccurrenceMove, ReminderBooking, StorageBooking } from '../../../domain/model';
import { engineStrings } from './engineStrings';
import { folderPathForContract } from './folderName';
import type { BookAndShareRequest } from './request';
import { addMinutesLocal, DIALOGUE_MINUTES, normalizeLocal } from './times';
import { followUpKey } from './validateRequest';

export interface FollowUpSpec extends FollowUpIntent {
  subject: string;
  /** For the chat card and the summary: "Kort dialog hver 14. dag". */
  label: string;
  /** Occurrences to move once the series exists (not part of the recorded intent). */
  moves?: OccurrenceMove[];
}

export interface PreparedRequest {
  intent: BookingIntent;
  followUps: FollowUpSpec[];
  folderPath: string;
  /** Teams deep link to the contract, when the host can build one. */
  appLink?: string;
  locale: Locale;
}

const customLabel = (cadence: keyof typeof CADENCE_LABELS, locale: Locale): string => `${engineStrings[locale].followUp} ${CADENCE_LABELS[cadence][locale]}`;

/**
 * Hash of what the .docx is rendered from: the shared contract without its booking record (a new
 * event id does not change the document).
 */
export function documentHash(contract: Contract): string {
  const { bookings: _bookings, ...rest } = contract;
  return contentHash(buildSharePreview(rest));
}

export function prepareRequest(request: BookAndShareRequest): PreparedRequest {
  const { contract } = request;
  const locale = contract.locale;
  const zone = request.slot.timeZone;
  const start = normalizeLocal(request.slot.start);
  const followUps: FollowUpSpec[] = request.followUps.map((choice) => {
    const preset = choice.preset ? findFollowUpPreset(choice.preset) : undefined;
    const cadence = choice.cadence ?? preset?.cadence ?? 'weekly';
    return {
      id: followUpKey(choice),
      cadence,
      ...(preset ? { preset: preset.id } : {}),
      start: normalizeLocal(choice.firstStart),
      durationMinutes: choice.durationMinutes ?? preset?.durationMinutes ?? 30,
      timeZone: zone,
      endDate: choice.endDate ?? contract.period.end,
      subject: choice.subject?.trim() || preset?.subject[locale] || customLabel(cadence, locale),
      label: preset?.label[locale] ?? customLabel(cadence, locale),
      ...(choice.moves?.length ? { moves: choice.moves } : {}),
    };
  });
  const nearest = request.nearestLeader;
  const chat: BookingIntent['chat'] =
    nearest.kind === 'orgContact' ? { possible: false, reason: 'orgContact' } : nearest.id ? { possible: true } : { possible: false, reason: 'noUserId' };
  const place = request.place?.trim();
  const intent: BookingIntent = {
    slot: { start, end: addMinutesLocal(start, DIALOGUE_MINUTES), timeZone: zone },
    ...(request.room ? { room: { displayName: request.room.displayName, emailAddress: request.room.emailAddress } } : {}),
    ...(place ? { location: place } : {}),
    followUps: followUps.map(({ subject: _s, label: _l, moves: _m, ...f }) => f),
    reminderKind: request.reminderKind ?? 'todo',
    shareRole: request.shareRole ?? 'read',
    recipient: (nearest.mail ?? '').toLowerCase(),
    chat,
    documentHash: documentHash(contract),
    ...(request.notes ? { notesHash: contentHash(request.notes) } : {}),
  };
  const leaderName = contract.leader?.displayName ?? request.leader?.displayName;
  return {
    intent,
    followUps,
    folderPath: contract.bookings?.storage?.folderPath ?? folderPathForContract(contract, leaderName),
    ...(request.deepLink ? { appLink: request.deepLink(contract.id) } : {}),
    locale,
  };
}

function cloneBookings(b: Bookings): Bookings {
  return JSON.parse(JSON.stringify(b)) as Bookings;
}

/** A record with its keys recorded: the dialogue's transactionId, the folder's path, the chat's guard key. */
export type KeyedBookings = Bookings & { dialogue: DialogueBooking; storage: StorageBooking; chat: ChatBooking };

/**
 * The record with every key the planned requests need, recorded before they are sent. Keys from
 * earlier runs are kept: a retried create reuses its transactionId, so Graph answers with what the
 * first attempt made.
 */
export function recordKeys(existing: Bookings | undefined, plan: BookingPlan, prepared: PreparedRequest, newId: () => string): KeyedBookings {
  const b = cloneBookings(existing ?? emptyBookings());
  const { intent } = prepared;

  if (!b.dialogue) {
    b.dialogue = { transactionId: newId(), start: intent.slot.start, end: intent.slot.end, timeZone: intent.slot.timeZone };
    if (intent.room) b.dialogue.room = intent.room;
    if (intent.location) b.dialogue.location = intent.location;
  }

  for (const want of plan.followUps.create) {
    const have = b.followUps.find((f) => f.id === want.id);
    if (!have) b.followUps.push({ ...want, transactionId: newId() });
  }

  // Reminders being replaced or dropped move to `retired` until their task/event is deleted.
  const retire = (r: ReminderBooking) => {
    b.reminders = b.reminders.filter((x) => x !== r && !(x.agreementId === r.agreementId && x.transactionId === r.transactionId));
    if (r.taskId || r.eventId) {
      const retired = b.retired ?? (b.retired = []);
      if (!retired.some((x) => x.transactionId === r.transactionId && x.agreementId === r.agreementId)) retired.push({ ...r });
    }
  };
  for (const old of plan.reminders.remove) {
    const current = b.reminders.find((r) => r.agreementId === old.agreementId && r.transactionId === old.transactionId);
    if (current) retire(current);
  }
  for (const agreement of plan.reminders.create) {
    const have = b.reminders.find((r) => r.agreementId === agreement.id);
    if (have && have.kind === intent.reminderKind && have.cadence === agreement.cadence && have.text === agreement.text) continue;
    if (have) retire(have);
    b.reminders.push({
      agreementId: agreement.id,
      kind: intent.reminderKind,
      cadence: agreement.cadence ?? 'weekly',
      text: agreement.text,
      // Events: Graph's transactionId. To Do: the guard key carried as the task's linked resource.
      transactionId: intent.reminderKind === 'event' ? newId() : `${agreement.id}:${newId().slice(0, 8)}`,
    });
  }

  const storage = b.storage ?? { folderPath: prepared.folderPath, json: {}, docx: {} };

  if (plan.share !== 'none') {
    const sameRecipient = b.share?.recipient === intent.recipient;
    b.share = { role: intent.shareRole, recipient: intent.recipient, ...(sameRecipient && b.share?.attemptedAt ? { attemptedAt: b.share.attemptedAt } : {}) };
  }

  const chat = b.chat ?? { guardKey: newId() };
  if (!intent.chat.possible) chat.skippedReason = intent.chat.reason;
  else delete chat.skippedReason;

  return { ...b, dialogue: b.dialogue, storage, chat };
}
