// Events live in mailboxes: the organiser's event plus one copy per attendee who is a user or a
// room of the demo organisation (same iCalUId), so an attendee's calendar and free/busy see it.
// Changes and cancellations by the organiser reach every copy.
import { randomBytes } from 'node:crypto';
import type { DirectoryUser, EmulatorState, Json, JsonObject, Room, StoredEvent } from '../types';
import { changeKey, nowIso, outlookId } from '../state/ids';
import { GraphError } from '../http/errors';
import { checkRecurrence, dateOfDayNumber, dayNumber, occurrenceDays } from './recurrence';
import { dateTimeTimeZoneToUtc, formatGraphDateTime, fromLocalParts, isoDate, resolveTimeZone, toLocalParts } from '../time/timezones';
import { TENANT_ID } from '../seed/organisation';

export type Mailbox = { id: string; displayName: string; address: string; kind: 'user' | 'room' };

export function mailboxByAddress(state: EmulatorState, address: string): Mailbox | undefined {
  const a = address.toLowerCase();
  const user = state.users.find((u) => u.mail.toLowerCase() === a || u.userPrincipalName.toLowerCase() === a);
  if (user) return { id: user.id, displayName: user.displayName, address: user.mail, kind: 'user' };
  const room = state.rooms.find((r: Room) => r.emailAddress.toLowerCase() === a);
  if (room) return { id: room.id, displayName: room.displayName, address: room.emailAddress, kind: 'room' };
  return undefined;
}

const NO_TIME = '0001-01-01T00:00:00Z';

function wrapHtml(body: JsonObject | undefined): JsonObject {
  const contentType = (body?.contentType as string) ?? 'html';
  const content = (body?.content as string) ?? '';
  if (contentType !== 'html' || /<html/i.test(content)) return { contentType, content };
  return {
    contentType,
    content: `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n${content}\r\n</body>\r\n</html>\r\n`,
  };
}

export function bodyPreview(body: JsonObject | undefined): string {
  const text = String(body?.content ?? '')
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.slice(0, 255);
}

/** Which join links Teams issues: the classic `meetup-join/<thread>` or the short `meet/<id>?p=<passcode>` (newer tenants). */
export type JoinLinkStyle = 'classic' | 'short';

function joinUrlFor(state: EmulatorState, organizer: DirectoryUser, thread: string, style: JoinLinkStyle): string {
  if (style === 'short') {
    const id = String(200_000_000_000_000 + Math.floor(Math.random() * 700_000_000_000_000));
    const passcode = randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 6);
    state.teams ??= { installedApps: [], tabs: [] };
    (state.teams.meetLinks ??= {})[id] = thread;
    return `https://teams.microsoft.com/meet/${id}?p=${passcode}`;
  }
  const context = encodeURIComponent(JSON.stringify({ Tid: TENANT_ID, Oid: organizer.id }));
  return `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=${context}`;
}

function onlineMeetingFor(state: EmulatorState, organizer: DirectoryUser, style: JoinLinkStyle): JsonObject {
  const thread = `19:meeting_${randomBytes(24).toString('base64url')}@thread.v2`;
  return {
    joinUrl: joinUrlFor(state, organizer, thread, style),
    conferenceId: String(100000000 + Math.floor(Math.random() * 899999999)),
    tollNumber: '+45 32 72 66 21',
    quickDial: null,
    phones: [],
    tollFreeNumbers: [],
  };
}

/** Checks Graph makes on an event's times; returns the UTC instants. */
export function checkTimes(data: JsonObject): { startMs: number; endMs: number } {
  const startMs = dateTimeTimeZoneToUtc(data.start as JsonObject, 'start');
  const endMs = dateTimeTimeZoneToUtc(data.end as JsonObject, 'end');
  if (endMs < startMs) throw new GraphError(400, 'ErrorInvalidRequest', 'The end time of the event must be on or after its start time.');
  if (data.isAllDay === true) {
    for (const key of ['start', 'end'] as const) {
      const v = data[key] as JsonObject;
      const tz = resolveTimeZone(v.timeZone as string);
      const p = toLocalParts(key === 'start' ? startMs : endMs, tz);
      if (p.hour || p.minute || p.second)
        throw new GraphError(
          400,
          'ErrorInvalidRequest',
          "Your request can't be completed. If the event is an all-day event, start and end must be set to midnight in the event's time zone.",
        );
    }
  }
  checkRecurrence(data.recurrence as JsonObject | null);
  return { startMs, endMs };
}

function normaliseAttendees(state: EmulatorState, attendees: Json | undefined): JsonObject[] {
  return ((attendees as JsonObject[] | undefined) ?? []).map((a) => {
    const email = (a.emailAddress ?? {}) as JsonObject;
    const box = typeof email.address === 'string' ? mailboxByAddress(state, email.address) : undefined;
    const isRoom = box?.kind === 'room';
    return {
      type: (a.type as string) ?? (isRoom ? 'resource' : 'required'),
      status: { response: isRoom ? 'accepted' : 'none', time: isRoom ? nowIso() : NO_TIME },
      emailAddress: { name: (email.name as string) ?? box?.displayName ?? email.address ?? '', address: email.address ?? '' },
    };
  });
}

/** Create an event in the organiser's mailbox and copies for the attendees. */
export function createEvent(
  state: EmulatorState,
  organizer: DirectoryUser,
  input: JsonObject,
  webBase = 'https://outlook.office365.com',
  joinLinks: JoinLinkStyle = 'classic',
): StoredEvent {
  checkTimes(input);
  const now = nowIso();
  const id = outlookId();
  const attendees = normaliseAttendees(state, input.attendees);
  const roomAttendee = attendees.find((a) => a.type === 'resource');
  const location: JsonObject =
    (input.location as JsonObject | undefined) ??
    (roomAttendee
      ? {
          displayName: (roomAttendee.emailAddress as JsonObject).name ?? '',
          locationType: 'conferenceRoom',
          uniqueId: (roomAttendee.emailAddress as JsonObject).address ?? '',
          uniqueIdType: 'directory',
          locationEmailAddress: (roomAttendee.emailAddress as JsonObject).address ?? '',
        }
      : { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} });
  const isOnline = input.isOnlineMeeting === true;
  const provider = isOnline
    ? ((input.onlineMeetingProvider as string | undefined) ?? 'teamsForBusiness')
    : ((input.onlineMeetingProvider as string | undefined) ?? 'unknown');
  const body = wrapHtml(input.body as JsonObject | undefined);
  const data: JsonObject = {
    categories: [],
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: '',
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: false,
    responseRequested: true,
    showAs: 'busy',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    recurrence: null,
    transactionId: null,
    ...input,
    id,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey: changeKey(),
    originalStartTimeZone: ((input.start as JsonObject).timeZone as string) ?? 'UTC',
    originalEndTimeZone: ((input.end as JsonObject).timeZone as string) ?? 'UTC',
    iCalUId: `040000008200E00074C5B7101A82E00800000000${randomBytes(28).toString('hex').toUpperCase()}`,
    body,
    bodyPreview: bodyPreview(body),
    isCancelled: false,
    isOrganizer: true,
    seriesMasterId: null,
    type: input.recurrence ? 'seriesMaster' : 'singleInstance',
    webLink: `${webBase}/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: isOnline,
    onlineMeetingProvider: provider,
    onlineMeeting: isOnline && provider === 'teamsForBusiness' ? onlineMeetingFor(state, organizer, joinLinks) : null,
    responseStatus: { response: 'organizer', time: NO_TIME },
    location,
    locations: (input.locations as JsonObject[] | undefined) ?? (location.displayName ? [location] : []),
    attendees,
    organizer: { emailAddress: { name: organizer.displayName, address: organizer.mail } },
  };
  delete data['@odata.type'];
  const event: StoredEvent = { id, ownerId: organizer.id, data, cancelledOccurrences: [] };
  state.events.push(event);
  syncAttendeeCopies(state, event);
  return event;
}

/** Make the attendees' copies match the organiser's event: add, update, or cancel. */
function syncAttendeeCopies(state: EmulatorState, organizerEvent: StoredEvent): void {
  const uid = organizerEvent.data.iCalUId;
  const wanted = new Map<string, Mailbox>();
  for (const a of organizerEvent.data.attendees as JsonObject[]) {
    const box = mailboxByAddress(state, String((a.emailAddress as JsonObject).address ?? ''));
    if (box && box.id !== organizerEvent.ownerId) wanted.set(box.id, box);
  }
  const shared = [
    'subject',
    'body',
    'bodyPreview',
    'start',
    'end',
    'isAllDay',
    'location',
    'locations',
    'recurrence',
    'type',
    'attendees',
    'organizer',
    'isOnlineMeeting',
    'onlineMeetingProvider',
    'onlineMeeting',
    'importance',
    'sensitivity',
    'originalStartTimeZone',
    'originalEndTimeZone',
    'hideAttendees',
  ];
  for (const copy of state.events.filter((e) => e.data.iCalUId === uid && e.ownerId !== organizerEvent.ownerId)) {
    if (!wanted.has(copy.ownerId)) {
      markCancelled(copy);
      continue;
    }
    for (const key of shared) copy.data[key] = structuredClone(organizerEvent.data[key] ?? null);
    copy.cancelledOccurrences = [...organizerEvent.cancelledOccurrences];
    copy.exceptions = structuredClone(organizerEvent.exceptions ?? {});
    copy.data.lastModifiedDateTime = nowIso();
    copy.data.changeKey = changeKey();
    wanted.delete(copy.ownerId);
  }
  for (const box of wanted.values()) {
    const id = outlookId();
    const data = structuredClone(organizerEvent.data);
    Object.assign(data, {
      id,
      changeKey: changeKey(),
      isOrganizer: false,
      transactionId: null,
      responseStatus: box.kind === 'room' ? { response: 'accepted', time: nowIso() } : { response: 'notResponded', time: NO_TIME },
      webLink: String(data.webLink).replace(/itemid=[^&]+/, `itemid=${encodeURIComponent(id)}`),
    });
    state.events.push({
      id,
      ownerId: box.id,
      data,
      cancelledOccurrences: [...organizerEvent.cancelledOccurrences],
      exceptions: structuredClone(organizerEvent.exceptions ?? {}),
    });
  }
}

function markCancelled(copy: StoredEvent, comment?: string) {
  if (copy.data.isCancelled === true) return;
  copy.data.isCancelled = true;
  copy.data.subject = `Canceled: ${String(copy.data.subject ?? '')}`;
  // The cancellation notice the attendee receives carries the organiser's comment, and Outlook
  // updates the attendee's calendar item from it: the comment is what their copy now says.
  if (comment) {
    copy.data.body = wrapHtml({ contentType: 'text', content: comment });
    copy.data.bodyPreview = bodyPreview(copy.data.body);
  }
  copy.data.lastModifiedDateTime = nowIso();
  copy.data.changeKey = changeKey();
}

const READ_ONLY = new Set([
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'iCalUId',
  'isOrganizer',
  'organizer',
  'type',
  'seriesMasterId',
  'webLink',
  'onlineMeeting',
  'bodyPreview',
  'hasAttachments',
  'isCancelled',
  'responseStatus',
  '@odata.etag',
  '@odata.type',
]);

/** PATCH semantics: top-level properties replace; the organiser's changes reach the copies. */
export function updateEvent(
  state: EmulatorState,
  event: StoredEvent,
  organizer: DirectoryUser | undefined,
  patch: JsonObject,
  joinLinks: JoinLinkStyle = 'classic',
): void {
  const next: JsonObject = { ...event.data };
  for (const [key, value] of Object.entries(patch)) {
    if (READ_ONLY.has(key) || key.includes('@')) continue;
    next[key] = value;
  }
  if ('body' in patch) {
    next.body = wrapHtml(patch.body as JsonObject);
    next.bodyPreview = bodyPreview(next.body);
  }
  if ('attendees' in patch) next.attendees = normaliseAttendees(state, patch.attendees);
  if ('recurrence' in patch) next.type = patch.recurrence ? 'seriesMaster' : 'singleInstance';
  if (patch.isOnlineMeeting === true && !next.onlineMeeting && organizer) {
    next.onlineMeetingProvider = (patch.onlineMeetingProvider as string) ?? 'teamsForBusiness';
    next.onlineMeeting = onlineMeetingFor(state, organizer, joinLinks);
  }
  checkTimes(next);
  next.lastModifiedDateTime = nowIso();
  next.changeKey = changeKey();
  event.data = next;
  if (event.data.isOrganizer === true) syncAttendeeCopies(state, event);
}

/** The organiser cancels: the event leaves their calendar and every copy is marked cancelled. */
export function cancelEvent(state: EmulatorState, event: StoredEvent, comment?: string): void {
  if (event.data.isOrganizer !== true) {
    throw new GraphError(400, 'ErrorInvalidRequest', "Your request can't be completed. You need to be an organizer to cancel a meeting.");
  }
  for (const copy of state.events.filter((e) => e.data.iCalUId === event.data.iCalUId && e.id !== event.id)) markCancelled(copy, comment);
  state.events = state.events.filter((e) => e.id !== event.id);
}

export function deleteEvent(state: EmulatorState, event: StoredEvent): void {
  if (event.data.isOrganizer === true) cancelEvent(state, event);
  else state.events = state.events.filter((e) => e.id !== event.id);
}

// ---- occurrences --------------------------------------------------------------------------

const OCC = '_OCC';
export const occurrenceId = (masterId: string, day: number) => `${masterId}${OCC}${isoDate(dateOfDayNumber(day)).replace(/-/g, '')}`;
export function splitOccurrenceId(id: string): { masterId: string; date: string } | null {
  const i = id.lastIndexOf(OCC);
  if (i < 0) return null;
  const d = id.slice(i + OCC.length);
  if (!/^\d{8}$/.test(d)) return null;
  return { masterId: id.slice(0, i), date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` };
}

export interface Occurrence {
  event: StoredEvent;
  startMs: number;
  endMs: number;
  /** Set for an occurrence of a series: its (original) day number in the series' time zone. */
  day?: number;
  /** The occurrence was changed on its own (an exception of the series). */
  exception?: JsonObject;
}

/** Occurrences of one series overlapping [fromMs, toMs). */
export function expandSeries(event: StoredEvent, fromMs: number, toMs: number): Occurrence[] {
  const start = event.data.start as JsonObject;
  const range = (event.data.recurrence as JsonObject).range as JsonObject;
  const tz = resolveTimeZone((range.recurrenceTimeZone as string) || (start.timeZone as string));
  const masterStart = dateTimeTimeZoneToUtc(start, 'start');
  const duration = dateTimeTimeZoneToUtc(event.data.end as JsonObject, 'end') - masterStart;
  const local = toLocalParts(masterStart, tz);
  const until = toLocalParts(toMs, tz);
  const untilDay = dayNumber(isoDate(until)) + 1;
  const cancelled = new Set(event.cancelledOccurrences);
  const out: Occurrence[] = [];
  // An exception moved later than the window's end still belongs to a day inside the series; look
  // as far as the latest moved occurrence could lie (Graph keeps a moved occurrence before the next one).
  const exceptions = event.exceptions ?? {};
  const movedLate = Object.values(exceptions).reduce(
    (max, x) => (x.start ? Math.max(max, dateTimeTimeZoneToUtc(x.start as JsonObject, 'start')) : max),
    -Infinity,
  );
  const lastDay = Math.max(untilDay, movedLate > toMs ? dayNumber(isoDate(toLocalParts(movedLate, tz))) + 1 : untilDay);
  for (const day of occurrenceDays(event.data.recurrence as JsonObject, lastDay)) {
    const date = dateOfDayNumber(day);
    if (cancelled.has(isoDate(date))) continue;
    const exception = exceptions[isoDate(date)];
    let startMs = fromLocalParts({ ...date, hour: local.hour, minute: local.minute, second: local.second }, tz);
    let endMs = startMs + duration;
    if (exception?.start) startMs = dateTimeTimeZoneToUtc(exception.start as JsonObject, 'start');
    if (exception?.end) endMs = dateTimeTimeZoneToUtc(exception.end as JsonObject, 'end');
    const occ: Occurrence = exception ? { event, startMs, endMs, day, exception } : { event, startMs, endMs, day };
    if (endMs > fromMs && startMs < toMs) out.push(occ);
    else if (startMs === endMs && startMs >= fromMs && startMs < toMs) out.push(occ);
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}

/** The occurrence a series had on its original day `day`, wherever an exception moved it. */
export function occurrenceOn(event: StoredEvent, day: number): Occurrence | undefined {
  return around(event, day).find((o) => o.day === day);
}

// An exception stays between its neighbours, so it lies within a yearly series' two years of its day.
const NEIGHBOURHOOD_MS = 800 * 86_400_000;
function around(event: StoredEvent, day: number): Occurrence[] {
  return expandSeries(event, day * 86_400_000 - NEIGHBOURHOOD_MS, day * 86_400_000 + NEIGHBOURHOOD_MS);
}

/** Everything in a mailbox that overlaps [fromMs, toMs): single events and series occurrences. */
export function occurrencesInWindow(state: EmulatorState, ownerId: string, fromMs: number, toMs: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (const event of state.events) {
    if (event.ownerId !== ownerId) continue;
    if (event.data.recurrence) {
      out.push(...expandSeries(event, fromMs, toMs));
    } else {
      const startMs = dateTimeTimeZoneToUtc(event.data.start as JsonObject, 'start');
      const endMs = dateTimeTimeZoneToUtc(event.data.end as JsonObject, 'end');
      if (endMs > fromMs && startMs < toMs) out.push({ event, startMs, endMs });
    }
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}

/** Find an event (or an occurrence of a series) in a mailbox by id. */
export function findEventOrOccurrence(state: EmulatorState, ownerId: string, id: string): Occurrence | { event: StoredEvent } | undefined {
  const direct = state.events.find((e) => e.id === id && e.ownerId === ownerId);
  if (direct) return { event: direct };
  const occ = splitOccurrenceId(id);
  if (!occ) return undefined;
  const master = state.events.find((e) => e.id === occ.masterId && e.ownerId === ownerId && e.data.recurrence);
  if (!master) return undefined;
  const day = dayNumber(occ.date);
  if (master.exceptions?.[occ.date]) return occurrenceOn(master, day);
  // The occurrence's day in the series' zone lies within ±14 h of that UTC day.
  const dayStart = day * 86_400_000 - 14 * 3600_000;
  return expandSeries(master, dayStart, dayStart + 2 * 86_400_000).find((o) => o.day === day);
}

/** Properties an exception may change; the rest belong to the series. */
const EXCEPTION_PROPERTIES = new Set([
  'subject',
  'body',
  'start',
  'end',
  'location',
  'locations',
  'isAllDay',
  'showAs',
  'importance',
  'sensitivity',
  'reminderMinutesBeforeStart',
  'isReminderOn',
  'categories',
]);

/**
 * PATCH on an occurrence's id (organiser only): the occurrence becomes an exception of the series,
 * in every copy. As in Outlook, a moved occurrence may not reach or pass the day of its neighbours
 * (ErrorOccurrenceCrossingBoundary).
 */
export function updateOccurrence(state: EmulatorState, master: StoredEvent, day: number, patch: JsonObject): void {
  if (master.data.isOrganizer !== true) {
    throw new GraphError(400, 'ErrorInvalidRequest', "Your request can't be completed. Only the organizer can change an occurrence of a meeting.");
  }
  const date = isoDate(dateOfDayNumber(day));
  const current = occurrenceOn(master, day);
  if (!current) throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  if ('recurrence' in patch && patch.recurrence) throw new GraphError(400, 'ErrorInvalidRequest', 'An occurrence of a series cannot have its own recurrence.');
  const next: JsonObject = { ...(master.exceptions?.[date] ?? {}) };
  for (const [key, value] of Object.entries(patch)) if (EXCEPTION_PROPERTIES.has(key)) next[key] = value;
  if ('body' in patch) next.body = wrapHtml(patch.body as JsonObject);
  const zone = String((master.data.start as JsonObject).timeZone ?? 'UTC');
  const tz = resolveTimeZone(zone);
  const start: JsonObject = (next.start as JsonObject | undefined) ?? { dateTime: formatGraphDateTime(current.startMs, tz), timeZone: zone };
  const end: JsonObject = (next.end as JsonObject | undefined) ?? { dateTime: formatGraphDateTime(current.endMs, tz), timeZone: zone };
  const { startMs } = checkTimes({ start, end, isAllDay: next.isAllDay ?? master.data.isAllDay ?? false });
  if (next.start || next.end) Object.assign(next, { start, end });
  // Neighbours: the occurrences before and after this one, as they stand now.
  const rangeTz = resolveTimeZone(
    String(((master.data.recurrence as JsonObject).range as JsonObject).recurrenceTimeZone || (master.data.start as JsonObject).timeZone),
  );
  const all = around(master, day).sort((a, b) => a.day! - b.day!);
  const i = all.findIndex((o) => o.day === day);
  const localDay = (ms: number) => dayNumber(isoDate(toLocalParts(ms, rangeTz)));
  const newDay = localDay(startMs);
  const before = all[i - 1];
  const after = all[i + 1];
  if ((before && newDay <= localDay(before.startMs)) || (after && newDay >= localDay(after.startMs))) {
    throw new GraphError(400, 'ErrorOccurrenceCrossingBoundary', 'An occurrence cannot be moved to or beyond the day of an adjacent occurrence of the series.');
  }
  for (const e of state.events.filter((x) => x.data.iCalUId === master.data.iCalUId)) {
    e.exceptions = { ...(e.exceptions ?? {}), [date]: structuredClone(next) };
    e.data.changeKey = changeKey();
    e.data.lastModifiedDateTime = nowIso();
  }
}

/** Cancel one occurrence of a series (organiser only): it disappears from every copy. */
export function cancelOccurrence(state: EmulatorState, master: StoredEvent, day: number): void {
  if (master.data.isOrganizer !== true) {
    throw new GraphError(400, 'ErrorInvalidRequest', "Your request can't be completed. You need to be an organizer to cancel a meeting.");
  }
  const date = isoDate(dateOfDayNumber(day));
  for (const e of state.events.filter((x) => x.data.iCalUId === master.data.iCalUId)) {
    if (!e.cancelledOccurrences.includes(date)) e.cancelledOccurrences.push(date);
    e.data.changeKey = changeKey();
    e.data.lastModifiedDateTime = nowIso();
  }
}
