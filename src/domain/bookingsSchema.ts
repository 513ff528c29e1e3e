/**
 * Reads a booking record (src/domain/model.ts) from a draft or from lederaftale.json, collecting
 * every error with its path instead of stopping at the first.
 */
import { FOLLOW_UP_CADENCES } from './catalog';
import type { BookedRoom, Bookings, ReminderBooking, StoredFile } from './model';
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
  const o = r.object(value, path) ?? {};
  const opt = (v: unknown, p: string) => (v === undefined || v === null ? undefined : r.string(v, p));
  /** A string in a fixed format; a non-string is already reported by `r.string`. */
  const matching =
    (re: RegExp, expected: string) =>
    (v: unknown, p: string): string => {
      const s = r.string(v, p);
      if (typeof v === 'string' && !re.test(s)) r.fail(p, `expected ${expected}`);
      return s;
    };
  const localDateTime = matching(LOCAL_DATE_TIME, 'a local date and time as YYYY-MM-DDTHH:mm:ss');
  const dateOnly = matching(ISO_DATE_ONLY, 'a date as YYYY-MM-DD');
  const timeOfDay = matching(TIME_OF_DAY, 'a time of day as HH:mm');
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
