/**
 * Reads a booking record (src/domain/model.ts) from a draft or from lederaftale.json, collecting
 * every error with its path instead of stopping at the first.
 */
import { FOLLOW_UP_CADENCES } from './catalog';
import type {
  BookedRoom,
  Bookings,
  ChatBooking,
  DialogueBooking,
  FollowUpBooking,
  PrivateNotesBooking,
  ReminderBooking,
  ShareBooking,
  StorageBooking,
  StoredFile,
} from './model';
import { Reader, joinPath } from './validate';

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
  const o = new Fields(r, value, path);
  const bookings: Bookings = { followUps: [], reminders: [] };
  const dialogue = o.part('dialogue', readDialogue);
  if (dialogue) bookings.dialogue = dialogue;
  bookings.followUps = o.list('followUps', readFollowUp);
  bookings.reminders = o.list('reminders', readReminder);
  const retired = o.maybe('retired', () => o.list('retired', readReminder));
  if (retired) bookings.retired = retired;
  const storage = o.part('storage', readStorage);
  if (storage) bookings.storage = storage;
  const privateNotes = o.part('privateNotes', readPrivateNotes);
  if (privateNotes) bookings.privateNotes = privateNotes;
  const share = o.part('share', readShare);
  if (share) bookings.share = share;
  const chat = o.part('chat', readChat);
  if (chat) bookings.chat = chat;
  return bookings;
}

/** The fields of one object of the record, each read at its own path into the shared Reader. */
class Fields {
  readonly o: Record<string, unknown>;

  constructor(
    readonly r: Reader,
    value: unknown,
    readonly path: string,
  ) {
    this.o = r.object(value, path) ?? {};
  }

  at(name: string): string {
    return joinPath(this.path, name);
  }

  string(name: string, nonEmpty = false): string {
    return this.r.string(this.o[name], this.at(name), { nonEmpty });
  }

  /** An optional string: absent or null is undefined. */
  optional(name: string): string | undefined {
    return this.maybe(name, (f, n) => f.string(n));
  }

  /** Absent or null is undefined; anything else is read by `read`. */
  maybe<T>(name: string, read: (f: Fields, name: string) => T): T | undefined {
    const v = this.o[name];
    return v === undefined || v === null ? undefined : read(this, name);
  }

  oneOf<T extends string>(set: readonly T[], name: string, fallback: T): T {
    return this.r.oneOf(set, this.o[name], this.at(name), fallback);
  }

  timestamp(name: string): string {
    return this.r.timestamp(this.o[name], this.at(name));
  }

  /** A string in a fixed format; a non-string is already reported by `string`. */
  format(name: string, re: RegExp, expected: string): string {
    const s = this.string(name);
    if (typeof this.o[name] === 'string' && !re.test(s)) this.r.fail(this.at(name), `expected ${expected}`);
    return s;
  }

  /** A nested object that may be absent or null. */
  part<T>(name: string, read: (f: Fields) => T): T | undefined {
    return this.maybe(name, () => read(new Fields(this.r, this.o[name], this.at(name))));
  }

  /** A list of objects; absent is empty. */
  list<T>(name: string, read: (f: Fields) => T): T[] {
    const v = this.o[name];
    return v === undefined ? [] : this.r.array(v, this.at(name), (item, p) => read(new Fields(this.r, item, p)));
  }
}

const localDateTime = (f: Fields, name: string) => f.format(name, LOCAL_DATE_TIME, 'a local date and time as YYYY-MM-DDTHH:mm:ss');
const dateOnly = (f: Fields, name: string) => f.format(name, ISO_DATE_ONLY, 'a date as YYYY-MM-DD');
const timeOfDay = (f: Fields, name: string) => f.format(name, TIME_OF_DAY, 'a time of day as HH:mm');
const timestamp = (f: Fields, name: string) => f.timestamp(name);
/** Optional fields that were absent are left out, not written as undefined. */
const compact = <T extends object>(obj: T): T => Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;

function readDialogue(f: Fields): DialogueBooking {
  const room = f.part('room', (ro): BookedRoom => ({ displayName: ro.string('displayName'), emailAddress: ro.string('emailAddress', true) }));
  return compact({
    transactionId: f.string('transactionId', true),
    eventId: f.optional('eventId'),
    start: localDateTime(f, 'start'),
    end: localDateTime(f, 'end'),
    timeZone: f.string('timeZone', true),
    joinUrl: f.optional('joinUrl'),
    webLink: f.optional('webLink'),
    room,
    location: f.optional('location'),
    agendaLink: f.optional('agendaLink'),
  });
}

function readFollowUp(f: Fields): FollowUpBooking {
  const minutes = f.o.durationMinutes;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 5 || minutes > 480)
    f.r.fail(f.at('durationMinutes'), 'expected whole minutes between 5 and 480');
  return compact({
    id: f.string('id', true),
    cadence: f.oneOf(FOLLOW_UP_CADENCES, 'cadence', 'weekly'),
    preset: f.optional('preset'),
    transactionId: f.string('transactionId', true),
    seriesMasterId: f.optional('seriesMasterId'),
    iCalUId: f.optional('iCalUId'),
    start: localDateTime(f, 'start'),
    durationMinutes: typeof minutes === 'number' ? minutes : 30,
    timeZone: f.string('timeZone', true),
    endDate: dateOnly(f, 'endDate'),
    webLink: f.optional('webLink'),
  });
}

function readReminder(f: Fields): ReminderBooking {
  return compact({
    agreementId: f.string('agreementId', true),
    kind: f.oneOf(['todo', 'event'] as const, 'kind', 'todo'),
    cadence: f.oneOf(FOLLOW_UP_CADENCES, 'cadence', 'weekly'),
    transactionId: f.optional('transactionId'),
    attemptedAt: f.maybe('attemptedAt', timestamp),
    taskListId: f.optional('taskListId'),
    taskId: f.optional('taskId'),
    eventId: f.optional('eventId'),
    text: f.string('text'),
    firstDate: f.maybe('firstDate', dateOnly),
    time: f.maybe('time', timeOfDay),
    weekdaysOnly: f.o.weekdaysOnly === true ? true : undefined,
    endDate: f.maybe('endDate', dateOnly),
  });
}

function readStoredFile(f: Fields): StoredFile {
  return compact({ itemId: f.optional('itemId'), eTag: f.optional('eTag'), webUrl: f.optional('webUrl'), hash: f.optional('hash') });
}

function readStorage(f: Fields): StorageBooking {
  return compact({
    driveId: f.optional('driveId'),
    folderId: f.optional('folderId'),
    folderPath: f.string('folderPath', true),
    folderWebUrl: f.optional('folderWebUrl'),
    // The JSON's own entry is empty in the shared copy (it does not describe itself).
    json: f.part('json', readStoredFile) ?? {},
    docx: f.part('docx', readStoredFile) ?? {},
  });
}

function readPrivateNotes(f: Fields): PrivateNotesBooking {
  return compact({
    itemId: f.optional('itemId'),
    eTag: f.optional('eTag'),
    location: f.oneOf(['approot', 'fallback'] as const, 'location', 'approot'),
    hash: f.optional('hash'),
  });
}

function readShare(f: Fields): ShareBooking {
  return compact({
    role: f.oneOf(['read', 'write'] as const, 'role', 'read'),
    recipient: f.optional('recipient'),
    permissionId: f.optional('permissionId'),
    attemptedAt: f.maybe('attemptedAt', timestamp),
    invitedAt: f.maybe('invitedAt', timestamp),
  });
}

function readChat(f: Fields): ChatBooking {
  return compact({
    guardKey: f.string('guardKey', true),
    chatId: f.optional('chatId'),
    messageId: f.optional('messageId'),
    skippedReason: f.maybe('skippedReason', (c, name) => c.oneOf(['orgContact', 'noUserId'] as const, name, 'orgContact')),
  });
}
