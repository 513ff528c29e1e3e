// Calendar endpoints: events (create with transactionId dedup, read, update, cancel, delete),
// series instances, calendarView and findMeetingTimes.
import type { Router } from '../http/router';
import type { GraphRequest } from '../http/context';
import { json, noContent } from '../http/context';
import { GraphError, notFound } from '../http/errors';
import { contextUrl, matchesFilter, page, parseFilter, applySelect } from '../http/odata';
import { readJsonObject } from '../http/body';
import { validateActionBody, validateEntityBody } from '../csdl/validator';
import {
  cancelEvent,
  cancelOccurrence,
  createEvent,
  deleteEvent,
  expandSeries,
  findEventOrOccurrence,
  occurrenceOn,
  occurrencesInWindow,
  updateEvent,
  updateOccurrence,
} from './eventStore';
import { eventJson } from './eventShape';
import { findMeetingTimes } from './findMeetingTimes';
import { getSchedule } from './getSchedule';
import { parseQueryInstant } from '../time/timezones';
import { expandedProperties, matchesExtendedFilter, mergeExtendedProperties, parseExtendedFilter, takeExtendedProperties } from './extendedProperties';
import type { StoredEvent } from '../types';

const eventNotFound = () => notFound('ErrorItemNotFound', 'The specified object was not found in the store.');

function lookup(req: GraphRequest, id: string) {
  const found = findEventOrOccurrence(req.state, req.user.id, decodeURIComponent(id));
  if (!found) throw eventNotFound();
  return found;
}

function window(req: GraphRequest) {
  const from = parseQueryInstant(req.query.get('startDateTime'), 'startDateTime');
  const to = parseQueryInstant(req.query.get('endDateTime'), 'endDateTime');
  if (to < from) throw new GraphError(400, 'ErrorInvalidParameter', 'The EndDateTime must be later than the StartDateTime.');
  return { from, to };
}

function createEventRoute(req: GraphRequest) {
  const body = readJsonObject(req);
  validateEntityBody('event', body);
  const extended = takeExtendedProperties(body);
  const transactionId = typeof body.transactionId === 'string' ? body.transactionId : undefined;
  if (transactionId) {
    // Graph's idempotency for retried POSTs: the same transactionId yields the same event.
    const existing = req.state.events.find((e) => e.ownerId === req.user.id && e.data.transactionId === transactionId);
    if (existing) return json(201, eventJson(req, { event: existing }, true), { Location: `${req.graphUrl}/me/events/${existing.id}` });
  }
  const strict = req.tenant === 'strict';
  const event = createEvent(req.state, req.user, body, undefined, strict ? 'short' : 'classic');
  if (extended) event.extendedProperties = extended;
  const out = eventJson(req, { event }, true);
  // A strict tenant plays the newer Teams: short join links, and a meeting whose link is not ready
  // when the create answers (every second online meeting of an organiser): Graph can answer with
  // `onlineMeeting: null` while Teams provisions it; a later GET has the link.
  if (strict && out.onlineMeeting && secondOnlineMeeting(req)) out.onlineMeeting = null;
  return json(201, out, { Location: `${req.graphUrl}/me/events/${event.id}` });
}

function secondOnlineMeeting(req: GraphRequest): boolean {
  const mine = req.state.events.filter((e) => e.ownerId === req.user.id && !e.seeded && e.data.isOrganizer !== false && e.data.onlineMeeting);
  return mine.length % 2 === 0;
}

/** The event as Graph shows it, with its extended properties when `$expand` asks for them. */
function withExpand(req: GraphRequest, event: StoredEvent, out: Record<string, unknown>): Record<string, unknown> {
  const expanded = expandedProperties(event, req.query.get('$expand'));
  return expanded ? { ...out, singleValueExtendedProperties: expanded } : out;
}

function listEvents(req: GraphRequest) {
  const filter = req.query.get('$filter');
  const extended = filter ? parseExtendedFilter(filter) : undefined;
  const mine = req.state.events.filter((e) => e.ownerId === req.user.id && (!extended || matchesExtendedFilter(e, extended)));
  let items = mine.map((event) => withExpand(req, event, eventJson(req, { event })));
  if (filter && !extended) {
    const f = parseFilter(filter, ['subject', 'iCalUId', 'type', 'transactionId', 'seriesMasterId']);
    items = items.filter((e) => matchesFilter(e, f));
  }
  items.sort((a, b) => String(b.createdDateTime).localeCompare(String(a.createdDateTime)));
  return json(200, page(req, `users('${req.user.id}')/events`, items, 10));
}

function calendarView(req: GraphRequest) {
  const { from, to } = window(req);
  const items = occurrencesInWindow(req.state, req.user.id, from, to).map((o) => eventJson(req, o));
  return json(200, page(req, `users('${req.user.id}')/calendarView`, items, 10));
}

function instances(req: GraphRequest, id: string) {
  const found = lookup(req, id);
  if (!found.event.data.recurrence || 'day' in found)
    throw new GraphError(400, 'ErrorInvalidRequest', 'The specified event is not a series master; instances can only be listed for a recurring series.');
  const { from, to } = window(req);
  const items = expandSeries(found.event, from, to).map((o) => eventJson(req, o));
  return json(200, page(req, `users('${req.user.id}')/events('${found.event.id}')/instances`, items, 10));
}

export function registerCalendar(router: Router): void {
  router
    .add('GET', '/me/calendar', (req) =>
      json(
        200,
        applySelect(req, {
          '@odata.context': contextUrl(req, `users('${req.user.id}')/calendars/$entity`),
          id: `AAMkADcal${Buffer.from(req.user.id).toString('base64url')}`,
          name: 'Kalender',
          color: 'auto',
          hexColor: '',
          isDefaultCalendar: true,
          changeKey: 'AAAA',
          canShare: true,
          canViewPrivateItems: true,
          canEdit: true,
          allowedOnlineMeetingProviders: ['teamsForBusiness'],
          defaultOnlineMeetingProvider: 'teamsForBusiness',
          isTallyingResponses: true,
          isRemovable: false,
          owner: { name: req.user.displayName, address: req.user.mail },
        }),
      ),
    )
    .add('POST', '/me/events', createEventRoute)
    .add('GET', '/me/events', listEvents)
    .add('GET', '/me/calendarView', calendarView)
    .add('GET', '/me/events/{id}', (req, p) => {
      const found = lookup(req, p.id!);
      return json(200, withExpand(req, found.event, applySelect(req, eventJson(req, found, true))));
    })
    .add('PATCH', '/me/events/{id}', (req, p) => {
      const found = lookup(req, p.id!);
      const body = readJsonObject(req);
      validateEntityBody('event', body);
      if ('day' in found && found.day !== undefined) {
        // Changing one occurrence makes it an exception of the series (type "exception").
        updateOccurrence(req.state, found.event, found.day, body);
        return json(200, eventJson(req, occurrenceOn(found.event, found.day)!, true));
      }
      const extended = takeExtendedProperties(body);
      if (extended) mergeExtendedProperties(found.event, extended);
      updateEvent(req.state, found.event, req.user, body, req.tenant === 'strict' ? 'short' : 'classic');
      return json(200, eventJson(req, { event: found.event }, true));
    })
    .add('DELETE', '/me/events/{id}', (req, p) => {
      const found = lookup(req, p.id!);
      if ('day' in found && found.day !== undefined) cancelOccurrence(req.state, found.event, found.day);
      else deleteEvent(req.state, found.event);
      return noContent();
    })
    .add('POST', '/me/events/{id}/cancel', (req, p) => {
      const found = lookup(req, p.id!);
      const raw = req.rawBody.toString('utf8').trim();
      const body = raw ? readJsonObject(req) : {};
      if (raw) validateActionBody('cancel', 'event', body);
      const comment = typeof body.Comment === 'string' ? body.Comment : typeof body.comment === 'string' ? body.comment : undefined;
      if ('day' in found && found.day !== undefined) cancelOccurrence(req.state, found.event, found.day);
      else cancelEvent(req.state, found.event, comment);
      return { status: 202 };
    })
    .add('GET', '/me/events/{id}/instances', (req, p) => instances(req, p.id!))
    .add('POST', '/me/calendar/getSchedule', (req) => {
      // Its permission (Calendars.ReadBasic, least privileged) is checked with every route's (auth/permissions.ts).
      const body = readJsonObject(req);
      validateActionBody('getSchedule', 'calendar', body);
      return json(200, getSchedule(req, body));
    })
    .add('POST', '/me/findMeetingTimes', (req) => {
      const body = readJsonObject(req);
      validateActionBody('findMeetingTimes', 'user', body);
      return json(200, findMeetingTimes(req, req.user, body));
    });
}
