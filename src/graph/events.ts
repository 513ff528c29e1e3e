/**
 * The dialogue and its follow-ups in the leader's calendar: a Teams meeting with an HTML agenda,
 * recurring series, their instances, updates and cancellation.
 *
 * Creating is a POST that Graph does not make idempotent by itself. Every create carries a
 * `transactionId` (chosen by the caller and recorded in the contract JSON before the first
 * attempt), and it is reused on every retry — by the retry middleware within one call, and by the
 * caller when "Book and share" is run again. Graph (and the emulator) answer a repeated
 * transactionId with the event already created, so a create whose answer was lost is recovered by
 * simply sending it again. Graph offers no query by transactionId, so that server-side
 * deduplication is what this relies on.
 */
import type { Attendee as GraphAttendee, Event, Location } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { GraphClient } from './client';
import { isGraphAppError } from './errors';
import { patternedRecurrence } from './recurrence';
import { trimGraphDateTime } from './timeZones';
import type { Attendee, CalendarEvent, Room, ZonedDateTime } from './types';
import type { FollowUpCadence } from '../domain/model';

const SELECT = 'id,subject,start,end,type,seriesMasterId,transactionId,onlineMeeting,webLink,isCancelled,attendees,location,recurrence,iCalUId';

export interface MeetingPlace {
  /** A booked room (invited as a resource). */
  room?: Room;
  /** Free text ("or another quiet place"). */
  text?: string;
}

export interface DialogueMeetingInput {
  subject: string;
  start: ZonedDateTime;
  end: ZonedDateTime;
  attendees: Attendee[];
  /** The agenda as HTML, user text already escaped (src/domain/html.ts escapeHtml). */
  agendaHtml: string;
  place?: MeetingPlace;
  /** Stable id of this booking; reused on every retry. */
  transactionId: string;
  /** A Teams meeting unless false (e.g. an in-person-only follow-up). */
  teams?: boolean;
  reminderMinutesBeforeStart?: number;
  /**
   * The contract the event belongs to: stamped on the event as the app's extended property, so
   * "Mine data" finds it by looking even when a run was interrupted before its id was recorded.
   */
  contractId?: string;
}

/**
 * The app's mark on every event it creates: a string extended property whose value is
 * `lederdialog:<contract id>`. Graph can filter events by it (`startswith` on the value), which it
 * cannot do by transactionId. The GUID is the app's own property set; the name says whose it is.
 */
export const APP_EVENT_PROPERTY_ID = 'String {3f0c7a52-9d1e-4b6a-8c2f-5e7d1a9b4c60} Name LederdialogContract';
export const APP_EVENT_PROPERTY_PREFIX = 'lederdialog:';

export function appEventProperty(contractId: string): { id: string; value: string }[] {
  return [{ id: APP_EVENT_PROPERTY_ID, value: `${APP_EVENT_PROPERTY_PREFIX}${contractId}` }];
}

function attendeesFor(attendees: Attendee[], room?: Room): GraphAttendee[] {
  const people: GraphAttendee[] = attendees.map((a) => ({ type: a.type ?? 'required', emailAddress: { address: a.mail, name: a.displayName } }));
  if (room) people.push({ type: 'resource', emailAddress: { address: room.emailAddress, name: room.displayName } });
  return people;
}

function locationFor(place?: MeetingPlace): Location | undefined {
  if (place?.room) {
    return { displayName: place.room.displayName, locationEmailAddress: place.room.emailAddress, locationType: 'conferenceRoom' };
  }
  const text = place?.text?.trim();
  return text ? { displayName: text, locationType: 'default' } : undefined;
}

export function eventBody(input: DialogueMeetingInput): Event {
  const location = locationFor(input.place);
  const teams = input.teams !== false;
  return {
    subject: input.subject,
    body: { contentType: 'html', content: input.agendaHtml },
    start: input.start,
    end: input.end,
    attendees: attendeesFor(input.attendees, input.place?.room),
    ...(location ? { location } : {}),
    isOnlineMeeting: teams,
    ...(teams ? { onlineMeetingProvider: 'teamsForBusiness' as const } : {}),
    allowNewTimeProposals: true,
    isReminderOn: true,
    reminderMinutesBeforeStart: input.reminderMinutesBeforeStart ?? 15,
    showAs: 'busy',
    transactionId: input.transactionId,
    ...(input.contractId ? { singleValueExtendedProperties: appEventProperty(input.contractId) } : {}),
  };
}

export function toCalendarEvent(e: Event): CalendarEvent {
  return {
    id: e.id ?? '',
    subject: e.subject ?? '',
    start: { dateTime: trimGraphDateTime(e.start?.dateTime), timeZone: e.start?.timeZone ?? 'UTC' },
    end: { dateTime: trimGraphDateTime(e.end?.dateTime), timeZone: e.end?.timeZone ?? 'UTC' },
    type: e.type ?? 'singleInstance',
    seriesMasterId: e.seriesMasterId ?? undefined,
    transactionId: e.transactionId ?? undefined,
    iCalUId: e.iCalUId ?? undefined,
    joinUrl: e.onlineMeeting?.joinUrl ?? undefined,
    webLink: e.webLink ?? undefined,
    isCancelled: e.isCancelled ?? false,
    attendees: (e.attendees ?? [])
      .filter((a) => a.emailAddress?.address)
      .map((a) => ({ displayName: a.emailAddress?.name ?? a.emailAddress?.address ?? '', mail: a.emailAddress?.address ?? '', type: a.type ?? undefined })),
    location: e.location?.displayName || undefined,
    recurrence: e.recurrence ?? undefined,
  };
}

/** `POST /me/events`: the 45-minute dialogue as a Teams meeting with the agenda. */
export async function createDialogueMeeting(graph: GraphClient, input: DialogueMeetingInput): Promise<CalendarEvent> {
  if (!input.transactionId) throw new Error('createDialogueMeeting needs a transactionId');
  const created = await graph.post<Event>('/me/events', scopes.calendar, eventBody(input), { retry: 'all' });
  return toCalendarEvent(created);
}

export interface RecurringSeriesInput extends Omit<DialogueMeetingInput, 'start' | 'end'> {
  cadence: FollowUpCadence;
  /** The first occurrence. */
  firstStart: ZonedDateTime;
  durationMinutes: number;
  /** Last possible date of the series (YYYY-MM-DD): the end of the contract period. */
  endDate: string;
}

/** Add minutes to an offset-less dateTime, as wall-clock arithmetic (no zone involved). */
export function addMinutes(dateTime: string, minutes: number): string {
  const t = new Date(`${trimGraphDateTime(dateTime)}Z`);
  return new Date(t.getTime() + minutes * 60_000).toISOString().slice(0, 19);
}

/**
 * The body of a follow-up series: the first occurrence and its length, repeating at the cadence
 * until the end date. One builder for the single call and the batched one (shareFlowRequests.ts),
 * so both send the same event.
 */
export function recurringSeriesBody(input: RecurringSeriesInput): Event {
  const start = { dateTime: trimGraphDateTime(input.firstStart.dateTime), timeZone: input.firstStart.timeZone };
  const end = { dateTime: addMinutes(start.dateTime, input.durationMinutes), timeZone: start.timeZone };
  return {
    ...eventBody({ ...input, start, end }),
    recurrence: patternedRecurrence(input.cadence, start.dateTime.slice(0, 10), input.endDate, start.timeZone),
  };
}

/** `POST /me/events` with a recurrence: follow-ups every week, 14 days, month or quarter until the end date. */
export async function createRecurringSeries(graph: GraphClient, input: RecurringSeriesInput): Promise<CalendarEvent> {
  if (!input.transactionId) throw new Error('createRecurringSeries needs a transactionId');
  const created = await graph.post<Event>('/me/events', scopes.calendar, recurringSeriesBody(input), { retry: 'all' });
  return toCalendarEvent(created);
}

function isoInstant(value: Date | string): string {
  return typeof value === 'string' ? value : value.toISOString();
}

/** `GET /me/events/{id}/instances`: the occurrences of a series between two instants. */
export async function listSeriesInstances(
  graph: GraphClient,
  seriesMasterId: string,
  range: { from: Date | string; to: Date | string; timeZone?: string },
): Promise<CalendarEvent[]> {
  const query = `startDateTime=${encodeURIComponent(isoInstant(range.from))}&endDateTime=${encodeURIComponent(isoInstant(range.to))}&$select=${SELECT}`;
  const events = await graph.getAll<Event>(
    `/me/events/${encodeURIComponent(seriesMasterId)}/instances?${query}`,
    scopes.calendar,
    500,
    zoneHeader(range.timeZone),
  );
  return events.map(toCalendarEvent).sort((a, b) => a.start.dateTime.localeCompare(b.start.dateTime));
}

/** Graph answers in UTC unless told a zone (Prefer: outlook.timezone). */
function zoneHeader(timeZone?: string): Record<string, string> | undefined {
  return timeZone ? { Prefer: `outlook.timezone="${timeZone}"` } : undefined;
}

export async function getEvent(graph: GraphClient, eventId: string, options: { timeZone?: string } = {}): Promise<CalendarEvent> {
  return toCalendarEvent(await graph.get<Event>(`/me/events/${encodeURIComponent(eventId)}?$select=${SELECT}`, scopes.calendar, zoneHeader(options.timeZone)));
}

/**
 * An event in my own calendar by its iCalUId: the nearest leader's copy of a meeting the leader
 * organised has another id but the same iCalUId (used for the overview's next follow-up).
 */
export async function findEventByICalUId(graph: GraphClient, iCalUId: string, options: { timeZone?: string } = {}): Promise<CalendarEvent | undefined> {
  const filter = encodeURIComponent(`iCalUId eq '${iCalUId.replace(/'/g, "''")}'`);
  const page = await graph.get<{ value?: Event[] }>(`/me/events?$filter=${filter}&$select=${SELECT}`, scopes.calendar, zoneHeader(options.timeZone));
  const found = page.value?.[0];
  return found ? toCalendarEvent(found) : undefined;
}

export interface EventChanges {
  subject?: string;
  start?: ZonedDateTime;
  end?: ZonedDateTime;
  agendaHtml?: string;
  attendees?: Attendee[];
  place?: MeetingPlace;
}

/** `PATCH /me/events/{id}`: move or re-word the existing meeting (never a new one). */
export async function updateEvent(graph: GraphClient, eventId: string, changes: EventChanges): Promise<CalendarEvent> {
  const patch: Event = {};
  if (changes.subject !== undefined) patch.subject = changes.subject;
  if (changes.start) patch.start = changes.start;
  if (changes.end) patch.end = changes.end;
  if (changes.agendaHtml !== undefined) patch.body = { contentType: 'html', content: changes.agendaHtml };
  if (changes.attendees || changes.place?.room) patch.attendees = attendeesFor(changes.attendees ?? [], changes.place?.room);
  if (changes.place) patch.location = locationFor(changes.place) ?? { displayName: '', locationType: 'default' };
  const result = await graph.send<Event>({ method: 'PATCH', path: `/me/events/${encodeURIComponent(eventId)}`, scopes: scopes.calendar, body: patch });
  return toCalendarEvent(result.body);
}

/**
 * `POST /me/events/{id}/cancel`: cancels the meeting and tells the attendees. Repeating it is
 * harmless; an event that is already gone counts as cancelled.
 */
export async function cancelEvent(graph: GraphClient, eventId: string, comment?: string): Promise<void> {
  try {
    await graph.post(`/me/events/${encodeURIComponent(eventId)}/cancel`, scopes.calendar, comment ? { Comment: comment } : {}, { retry: 'all' });
  } catch (error) {
    if (isGraphAppError(error) && error.kind === 'notFound') return;
    throw error;
  }
}

/** `DELETE /me/events/{id}`: the leader's own private reminders only (meetings are cancelled); gone already counts as deleted. */
export async function deleteEvent(graph: GraphClient, eventId: string): Promise<void> {
  try {
    await graph.send({ method: 'DELETE', path: `/me/events/${encodeURIComponent(eventId)}`, scopes: scopes.calendar });
  } catch (error) {
    if (isGraphAppError(error) && error.kind === 'notFound') return;
    throw error;
  }
}

export interface AppEvent extends CalendarEvent {
  /** The contract the app's extended property names. */
  contractId: string;
  createdDateTime?: string;
  isOrganizer: boolean;
}

/**
 * Every event in my calendar carrying the app's extended property (series masters and single
 * events; occurrences are not listed by `/me/events`), with the contract each belongs to.
 */
export async function listAppEvents(graph: GraphClient): Promise<AppEvent[]> {
  const id = APP_EVENT_PROPERTY_ID.replace(/'/g, "''");
  const filter = encodeURIComponent(`singleValueExtendedProperties/Any(ep: ep/id eq '${id}' and startswith(ep/value, '${APP_EVENT_PROPERTY_PREFIX}'))`);
  const expand = encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${id}')`);
  const events = await graph.getAll<Event & { singleValueExtendedProperties?: { id?: string; value?: string }[] }>(
    `/me/events?$filter=${filter}&$expand=${expand}&$select=${SELECT},createdDateTime,isOrganizer&$top=100`,
    scopes.calendar,
    2000,
  );
  return events.map((e) => {
    const value = e.singleValueExtendedProperties?.find((p) => p.id?.toLowerCase() === APP_EVENT_PROPERTY_ID.toLowerCase())?.value ?? '';
    return {
      ...toCalendarEvent(e),
      contractId: value.startsWith(APP_EVENT_PROPERTY_PREFIX) ? value.slice(APP_EVENT_PROPERTY_PREFIX.length) : '',
      ...(e.createdDateTime ? { createdDateTime: e.createdDateTime } : {}),
      isOrganizer: e.isOrganizer !== false,
    };
  });
}
