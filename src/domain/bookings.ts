/**
 * What "Book and share" has done in Microsoft 365 for one contract, and the pure planner that says
 * what is still missing.
 *
 * The record is kept twice: in the local draft (complete, with eTags, so a retry after a closed tab
 * resumes) and in the shared lederaftale.json (a public projection: no eTags, nothing about the
 * private notes; see `sharedBookings`). Every part stores the key that makes a retry safe *before*
 * its request is sent — the event's `transactionId`, the reminder's guard, the chat message's guard
 * key — so a request whose answer was lost is found again instead of repeated.
 */
import type { Agreement, Contract, FollowUpCadence } from './model';
import { FOLLOW_UP_CADENCES } from './catalog';
import { Reader, isRecord, joinPath } from './validate';

export const BOOKING_STEPS = ['dialogue', 'followUps', 'reminders', 'storage', 'privateNotes', 'share', 'chat'] as const;
export type BookingStep = (typeof BOOKING_STEPS)[number];

/** A room booked as a resource attendee. */
export interface BookedRoom {
  displayName: string;
  emailAddress: string;
}

export interface DialogueBooking {
  /** Generated once, saved before the first POST; Graph returns the same event for a repeated id. */
  transactionId: string;
  eventId?: string;
  /** Local wall-clock `YYYY-MM-DDTHH:mm:ss` in `timeZone` (a Windows name, as Graph uses). */
  start: string;
  end: string;
  timeZone: string;
  joinUrl?: string;
  webLink?: string;
  room?: BookedRoom;
  /** Free-text place ("or another quiet place"). */
  location?: string;
  /** The contract link the agenda carries; when the document's link changes the body is updated. */
  agendaLink?: string;
}

export interface FollowUpBooking {
  /** Stable key of the choice: a preset id, or `custom-<cadence>`. */
  id: string;
  cadence: FollowUpCadence;
  preset?: string;
  transactionId: string;
  seriesMasterId?: string;
  /**
   * The series' iCalUId: the same on the nearest leader's copy, so their app finds its own copy
   * (findEventByICalUId) for the next follow-up date without reading the leader's calendar.
   */
  iCalUId?: string;
  /** First occurrence, local wall-clock in `timeZone`. */
  start: string;
  durationMinutes: number;
  timeZone: string;
  /** Last day of the series (the contract period's end), YYYY-MM-DD. */
  endDate: string;
  webLink?: string;
}

export type ReminderKind = 'todo' | 'event';

export interface ReminderBooking {
  agreementId: string;
  kind: ReminderKind;
  cadence: FollowUpCadence;
  /** Events: Graph's idempotency key. */
  transactionId?: string;
  /** To Do: set before the task is created; with no taskId it means "look before creating again". */
  attemptedAt?: string;
  taskListId?: string;
  taskId?: string;
  eventId?: string;
  /** The agreement text the reminder was made from (to notice a revision). */
  text: string;
  /**
   * The first reminder's date (YYYY-MM-DD) and time of day (HH:mm) as booked: a revision keeps
   * the reminder on its weekday and time instead of restarting it on the day of the revision.
   */
  firstDate?: string;
  time?: string;
  /** A daily reminder on Monday to Friday only, as the leader chose when booking. */
  weekdaysOnly?: boolean;
  /** The recurrence's last day (YYYY-MM-DD) as booked, or as ended with a shortened period. */
  endDate?: string;
}

export interface StoredFile {
  itemId?: string;
  eTag?: string;
  webUrl?: string;
  /** Hash of what was uploaded: an unchanged contract is not uploaded again. */
  hash?: string;
}

export interface StorageBooking {
  driveId?: string;
  folderId?: string;
  /** Path below the drive root, e.g. `Lederdialog/2026 Mette Hansen`. */
  folderPath: string;
  folderWebUrl?: string;
  json: StoredFile;
  docx: StoredFile;
}

export interface PrivateNotesBooking {
  itemId?: string;
  eTag?: string;
  location: 'approot' | 'fallback';
  hash?: string;
}

export type ShareRole = 'read' | 'write';

export interface ShareBooking {
  role: ShareRole;
  /** Who was invited (a changed nearest leader is invited anew). */
  recipient?: string;
  permissionId?: string;
  /** Set before the invite is sent; with no permissionId it means "check before inviting again". */
  attemptedAt?: string;
  invitedAt?: string;
}

export interface ChatBooking {
  /** Carried by the message, so a retry finds it instead of posting twice. Generated once. */
  guardKey: string;
  chatId?: string;
  messageId?: string;
  /** Why no chat message is sent (an orgContact cannot be chatted with). */
  skippedReason?: 'orgContact' | 'noUserId';
}

export interface Bookings {
  dialogue?: DialogueBooking;
  followUps: FollowUpBooking[];
  reminders: ReminderBooking[];
  /** Reminders replaced (the agreement was revised) or dropped, whose task/event is still to be deleted. */
  retired?: ReminderBooking[];
  storage?: StorageBooking;
  privateNotes?: PrivateNotesBooking;
  share?: ShareBooking;
  chat?: ChatBooking;
}

export function emptyBookings(): Bookings {
  return { followUps: [], reminders: [] };
}

/**
 * The part of the record that goes into the shared lederaftale.json: eTags are the leader's
 * device's business, and the private notes' whereabouts are nobody else's.
 */
export function sharedBookings(bookings: Bookings): Bookings {
  const out: Bookings = { ...bookings, followUps: bookings.followUps.map((f) => ({ ...f })), reminders: bookings.reminders.map((r) => ({ ...r })) };
  delete out.privateNotes;
  delete out.retired;
  if (bookings.storage) {
    // The JSON does not describe itself (its own id would change the very file it is written to).
    const { eTag: _docxETag, hash: _docxHash, ...docx } = bookings.storage.docx;
    out.storage = { ...bookings.storage, json: {}, docx };
  }
  return out;
}

// ---------------------------------------------------------------- validation

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const ISO_DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Validate a bookings record read from a draft or from lederaftale.json. */
export function parseBookings(value: unknown): { ok: true; value: Bookings } | { ok: false; errors: string[] } {
  const r = new Reader();
  const bookings = readBookings(r, value, '');
  return r.ok ? { ok: true, value: bookings } : { ok: false, errors: r.errors };
}

/** For src/domain/schema.ts: read `bookings` into a Reader that collects the contract's errors. */
export function readBookings(r: Reader, value: unknown, path: string): Bookings {
  const o = r.object(value, path) ?? {};
  const opt = (v: unknown, p: string) => (v === undefined || v === null ? undefined : r.string(v, p));
  const localDateTime = (v: unknown, p: string): string => {
    const s = r.string(v, p);
    if (typeof v === 'string' && !LOCAL_DATE_TIME.test(s)) r.fail(p, 'expected a local date and time as YYYY-MM-DDTHH:mm:ss');
    return s;
  };
  const dateOnly = (v: unknown, p: string): string => {
    const s = r.string(v, p);
    if (typeof v === 'string' && !ISO_DATE_ONLY.test(s)) r.fail(p, 'expected a date as YYYY-MM-DD');
    return s;
  };
  const timeOfDay = (v: unknown, p: string): string => {
    const s = r.string(v, p);
    if (typeof v === 'string' && !TIME_OF_DAY.test(s)) r.fail(p, 'expected a time of day as HH:mm');
    return s;
  };
  const compact = <T extends object>(obj: T): T => Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;

  const bookings: Bookings = { followUps: [], reminders: [] };

  if (o.dialogue !== undefined && o.dialogue !== null) {
    const p = joinPath(path, 'dialogue');
    const d = r.object(o.dialogue, p) ?? {};
    let room: BookedRoom | undefined;
    if (d.room !== undefined && d.room !== null) {
      const rp = joinPath(p, 'room');
      const ro = r.object(d.room, rp) ?? {};
      room = {
        displayName: r.string(ro.displayName, joinPath(rp, 'displayName')),
        emailAddress: r.string(ro.emailAddress, joinPath(rp, 'emailAddress'), { nonEmpty: true }),
      };
    }
    bookings.dialogue = compact({
      transactionId: r.string(d.transactionId, joinPath(p, 'transactionId'), { nonEmpty: true }),
      eventId: opt(d.eventId, joinPath(p, 'eventId')),
      start: localDateTime(d.start, joinPath(p, 'start')),
      end: localDateTime(d.end, joinPath(p, 'end')),
      timeZone: r.string(d.timeZone, joinPath(p, 'timeZone'), { nonEmpty: true }),
      joinUrl: opt(d.joinUrl, joinPath(p, 'joinUrl')),
      webLink: opt(d.webLink, joinPath(p, 'webLink')),
      room,
      location: opt(d.location, joinPath(p, 'location')),
      agendaLink: opt(d.agendaLink, joinPath(p, 'agendaLink')),
    });
  }

  const fp = joinPath(path, 'followUps');
  bookings.followUps =
    o.followUps === undefined
      ? []
      : r.array(o.followUps, fp, (v, p) => {
          const f = r.object(v, p) ?? {};
          const minutes = f.durationMinutes;
          if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 5 || minutes > 480)
            r.fail(joinPath(p, 'durationMinutes'), 'expected whole minutes between 5 and 480');
          return compact({
            id: r.string(f.id, joinPath(p, 'id'), { nonEmpty: true }),
            cadence: r.oneOf(FOLLOW_UP_CADENCES, f.cadence, joinPath(p, 'cadence'), 'weekly'),
            preset: opt(f.preset, joinPath(p, 'preset')),
            transactionId: r.string(f.transactionId, joinPath(p, 'transactionId'), { nonEmpty: true }),
            seriesMasterId: opt(f.seriesMasterId, joinPath(p, 'seriesMasterId')),
            iCalUId: opt(f.iCalUId, joinPath(p, 'iCalUId')),
            start: localDateTime(f.start, joinPath(p, 'start')),
            durationMinutes: typeof minutes === 'number' ? minutes : 30,
            timeZone: r.string(f.timeZone, joinPath(p, 'timeZone'), { nonEmpty: true }),
            endDate: dateOnly(f.endDate, joinPath(p, 'endDate')),
            webLink: opt(f.webLink, joinPath(p, 'webLink')),
          });
        });

  const readReminders = (list: unknown, rp: string): ReminderBooking[] =>
    list === undefined
      ? []
      : r.array(list, rp, (v, p) => {
          const m = r.object(v, p) ?? {};
          return compact({
            agreementId: r.string(m.agreementId, joinPath(p, 'agreementId'), { nonEmpty: true }),
            kind: r.oneOf(['todo', 'event'] as const, m.kind, joinPath(p, 'kind'), 'todo'),
            cadence: r.oneOf(FOLLOW_UP_CADENCES, m.cadence, joinPath(p, 'cadence'), 'weekly'),
            transactionId: opt(m.transactionId, joinPath(p, 'transactionId')),
            attemptedAt: m.attemptedAt === undefined || m.attemptedAt === null ? undefined : r.timestamp(m.attemptedAt, joinPath(p, 'attemptedAt')),
            taskListId: opt(m.taskListId, joinPath(p, 'taskListId')),
            taskId: opt(m.taskId, joinPath(p, 'taskId')),
            eventId: opt(m.eventId, joinPath(p, 'eventId')),
            text: r.string(m.text, joinPath(p, 'text')),
            firstDate: m.firstDate === undefined || m.firstDate === null ? undefined : dateOnly(m.firstDate, joinPath(p, 'firstDate')),
            time: m.time === undefined || m.time === null ? undefined : timeOfDay(m.time, joinPath(p, 'time')),
            weekdaysOnly: m.weekdaysOnly === true ? true : undefined,
            endDate: m.endDate === undefined || m.endDate === null ? undefined : dateOnly(m.endDate, joinPath(p, 'endDate')),
          });
        });
  bookings.reminders = readReminders(o.reminders, joinPath(path, 'reminders'));
  if (o.retired !== undefined && o.retired !== null) bookings.retired = readReminders(o.retired, joinPath(path, 'retired'));

  if (o.storage !== undefined && o.storage !== null) {
    const p = joinPath(path, 'storage');
    const s = r.object(o.storage, p) ?? {};
    const file = (v: unknown, at: string): StoredFile => {
      const f = v === undefined || v === null ? {} : (r.object(v, at) ?? {});
      return compact({
        itemId: opt(f.itemId, joinPath(at, 'itemId')),
        eTag: opt(f.eTag, joinPath(at, 'eTag')),
        webUrl: opt(f.webUrl, joinPath(at, 'webUrl')),
        hash: opt(f.hash, joinPath(at, 'hash')),
      });
    };
    bookings.storage = compact({
      driveId: opt(s.driveId, joinPath(p, 'driveId')),
      folderId: opt(s.folderId, joinPath(p, 'folderId')),
      folderPath: r.string(s.folderPath, joinPath(p, 'folderPath'), { nonEmpty: true }),
      folderWebUrl: opt(s.folderWebUrl, joinPath(p, 'folderWebUrl')),
      json: file(s.json, joinPath(p, 'json')),
      docx: file(s.docx, joinPath(p, 'docx')),
    });
  }

  if (o.privateNotes !== undefined && o.privateNotes !== null) {
    const p = joinPath(path, 'privateNotes');
    const n = r.object(o.privateNotes, p) ?? {};
    bookings.privateNotes = compact({
      itemId: opt(n.itemId, joinPath(p, 'itemId')),
      eTag: opt(n.eTag, joinPath(p, 'eTag')),
      location: r.oneOf(['approot', 'fallback'] as const, n.location, joinPath(p, 'location'), 'approot'),
      hash: opt(n.hash, joinPath(p, 'hash')),
    });
  }

  if (o.share !== undefined && o.share !== null) {
    const p = joinPath(path, 'share');
    const s = r.object(o.share, p) ?? {};
    const stamp = (v: unknown, at: string) => (v === undefined || v === null ? undefined : r.timestamp(v, at));
    bookings.share = compact({
      role: r.oneOf(['read', 'write'] as const, s.role, joinPath(p, 'role'), 'read'),
      recipient: opt(s.recipient, joinPath(p, 'recipient')),
      permissionId: opt(s.permissionId, joinPath(p, 'permissionId')),
      attemptedAt: stamp(s.attemptedAt, joinPath(p, 'attemptedAt')),
      invitedAt: stamp(s.invitedAt, joinPath(p, 'invitedAt')),
    });
  }

  if (o.chat !== undefined && o.chat !== null) {
    const p = joinPath(path, 'chat');
    const c = r.object(o.chat, p) ?? {};
    bookings.chat = compact({
      guardKey: r.string(c.guardKey, joinPath(p, 'guardKey'), { nonEmpty: true }),
      chatId: opt(c.chatId, joinPath(p, 'chatId')),
      messageId: opt(c.messageId, joinPath(p, 'messageId')),
      skippedReason:
        c.skippedReason === undefined || c.skippedReason === null
          ? undefined
          : r.oneOf(['orgContact', 'noUserId'] as const, c.skippedReason, joinPath(p, 'skippedReason'), 'orgContact'),
    });
  }
  return bookings;
}

// ---------------------------------------------------------------- the planner

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

/**
 * A short, stable hash (FNV-1a, 32 bit, hex) of a JSON-able value with its keys sorted: enough to
 * notice that a document changed, not a security measure.
 */
export function contentHash(value: unknown): string {
  const text = stableJson(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
