/**
 * The pure planner of "Book and share": from the booking record alone (src/domain/model.ts), what
 * is still missing. The engine (src/features/invite/engine) runs exactly this plan, and a record in
 * which everything is done plans nothing, so a second run creates nothing new.
 */
import type {
  Agreement,
  BookedRoom,
  Bookings,
  ChatBooking,
  Contract,
  DialogueBooking,
  FollowUpBooking,
  FollowUpCadence,
  ReminderBooking,
  ReminderKind,
  ShareRole,
} from './model';

export const BOOKING_STEPS = ['dialogue', 'followUps', 'reminders', 'storage', 'privateNotes', 'share', 'chat'] as const;
export type BookingStep = (typeof BOOKING_STEPS)[number];

/** A record with nothing booked yet. */
export function emptyBookings(): Bookings {
  return { followUps: [], reminders: [] };
}

/** A follow-up series the leader wants, in the planner's terms. */
export interface FollowUpIntent {
  id: string;
  cadence: FollowUpCadence;
  preset?: string;
  start: string;
  durationMinutes: number;
  timeZone: string;
  endDate: string;
}

/** What the leader asked for, reduced to what decides whether a part is done. */
export interface BookingIntent {
  slot: { start: string; end: string; timeZone: string };
  room?: BookedRoom;
  location?: string;
  followUps: FollowUpIntent[];
  reminderKind: ReminderKind;
  shareRole: ShareRole;
  /** The nearest leader's address (the invite's recipient). */
  recipient: string;
  /** Whether the nearest leader can be chatted with, and if not, why. */
  chat: { possible: true } | { possible: false; reason: NonNullable<ChatBooking['skippedReason']> };
  /** Hash of the contract's shared document (what the .docx is rendered from). */
  documentHash: string;
  /** Hash of the private notes, when there are notes to store. */
  notesHash?: string;
}

export type DialogueAction = 'create' | 'update' | 'none';

export interface BookingPlan {
  dialogue: DialogueAction;
  followUps: { create: FollowUpIntent[]; update: FollowUpIntent[] };
  reminders: {
    /** Self-agreements with a cadence that have no reminder yet. */
    create: Agreement[];
    /** Attempted before but the answer was lost: look for the tagged task before creating. */
    recover: Agreement[];
    /** Reminders whose agreement was dropped, lost its cadence or changed kind/cadence/text. */
    remove: ReminderBooking[];
  };
  storage: { docx: boolean; folder: boolean };
  privateNotes: boolean;
  share: 'invite' | 'recover' | 'none';
  chat: 'post' | 'none' | 'skip';
  /** True when nothing at all is left to do (the final JSON save is decided by its hash). */
  complete: boolean;
}

/** Self-agreements that get a reminder: those with text and a cadence, not dropped (issue 8). */
export function remindableAgreements(contract: Pick<Contract, 'selfAgreements'>): Agreement[] {
  return contract.selfAgreements.filter((a) => a.cadence !== undefined && a.text.trim() !== '' && !a.droppedAt);
}

function sameSlot(d: DialogueBooking, intent: BookingIntent): boolean {
  const trim = (s: string) => s.slice(0, 16);
  return trim(d.start) === trim(intent.slot.start) && trim(d.end) === trim(intent.slot.end) && d.timeZone === intent.slot.timeZone;
}

function sameRoomAndPlace(d: DialogueBooking, intent: BookingIntent): boolean {
  return (d.room?.emailAddress ?? '') === (intent.room?.emailAddress ?? '') && (d.location ?? '') === (intent.location ?? '');
}

function sameSeries(f: FollowUpBooking, i: FollowUpIntent): boolean {
  return (
    f.cadence === i.cadence &&
    f.start.slice(0, 16) === i.start.slice(0, 16) &&
    f.durationMinutes === i.durationMinutes &&
    f.endDate === i.endDate &&
    f.timeZone === i.timeZone
  );
}

/**
 * What is still missing, from the record alone. Pure: the engine runs exactly this, and a record in
 * which everything is done plans nothing (a second "Book and share" creates nothing new).
 *
 * `agendaLink` is the link the dialogue's agenda should carry now (the shared document, once it
 * is known); an event booked before the link existed is updated to carry it.
 */
export function planBookings(contract: Pick<Contract, 'selfAgreements'>, bookings: Bookings, intent: BookingIntent, agendaLink?: string): BookingPlan {
  const d = bookings.dialogue;
  let dialogue: DialogueAction = 'create';
  if (d?.eventId) {
    const linkChanged = agendaLink !== undefined && d.agendaLink !== agendaLink;
    dialogue = sameSlot(d, intent) && sameRoomAndPlace(d, intent) && !linkChanged ? 'none' : 'update';
  }

  const followUps: BookingPlan['followUps'] = { create: [], update: [] };
  for (const want of intent.followUps) {
    const have = bookings.followUps.find((f) => f.id === want.id);
    if (!have?.seriesMasterId) followUps.create.push(want);
    else if (!sameSeries(have, want)) followUps.update.push(want);
  }

  const wanted = remindableAgreements(contract);
  const reminders: BookingPlan['reminders'] = { create: [], recover: [], remove: [] };
  for (const agreement of wanted) {
    const have = bookings.reminders.find((r) => r.agreementId === agreement.id);
    const current = have && have.kind === intent.reminderKind && have.cadence === agreement.cadence && have.text === agreement.text;
    if (have && !current) {
      if (have.taskId || have.eventId || have.attemptedAt || have.transactionId) reminders.remove.push(have);
      reminders.create.push(agreement);
    } else if (!have) reminders.create.push(agreement);
    else if (have.kind === 'todo' && !have.taskId) (have.attemptedAt ? reminders.recover : reminders.create).push(agreement);
    else if (have.kind === 'event' && !have.eventId) reminders.create.push(agreement); // transactionId makes the retry safe
  }
  for (const have of bookings.reminders) {
    if (!wanted.some((a) => a.id === have.agreementId) && (have.taskId || have.eventId)) reminders.remove.push(have);
  }
  for (const old of bookings.retired ?? []) if (old.taskId || old.eventId) reminders.remove.push(old);

  const s = bookings.storage;
  const storage = { folder: !s?.folderId, docx: !s?.docx.itemId || s.docx.hash !== intent.documentHash };

  const n = bookings.privateNotes;
  const privateNotes = intent.notesHash !== undefined && (!n?.itemId || n.hash !== intent.notesHash);

  const sh = bookings.share;
  let share: BookingPlan['share'] = 'invite';
  if (sh?.permissionId && sh.role === intent.shareRole && sh.recipient === intent.recipient) share = 'none';
  else if (sh?.attemptedAt && !sh.permissionId && sh.recipient === intent.recipient) share = 'recover';

  const chat: BookingPlan['chat'] = !intent.chat.possible ? 'skip' : bookings.chat?.messageId ? 'none' : 'post';

  const complete =
    dialogue === 'none' &&
    followUps.create.length + followUps.update.length === 0 &&
    reminders.create.length + reminders.recover.length + reminders.remove.length === 0 &&
    !storage.folder &&
    !storage.docx &&
    !privateNotes &&
    share === 'none' &&
    chat !== 'post';
  return { dialogue, followUps, reminders, storage, privateNotes, share, chat, complete };
}

/** The checklist's view of a plan: which steps have work left. */
export function pendingSteps(plan: BookingPlan): BookingStep[] {
  const out: BookingStep[] = [];
  if (plan.dialogue !== 'none') out.push('dialogue');
  if (plan.followUps.create.length + plan.followUps.update.length > 0) out.push('followUps');
  if (plan.reminders.create.length + plan.reminders.recover.length + plan.reminders.remove.length > 0) out.push('reminders');
  if (plan.storage.docx || plan.storage.folder) out.push('storage');
  if (plan.privateNotes) out.push('privateNotes');
  if (plan.share !== 'none') out.push('share');
  if (plan.chat === 'post') out.push('chat');
  return out;
}
