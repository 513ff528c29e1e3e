// POST /me/findMeetingTimes, computed from the mailboxes' calendars and the organiser's working
// hours: every candidate start on the half hour inside the time constraint is scored by who is
// free; suggestions below minimumAttendeePercentage are dropped; best confidence first, then
// earliest. Attendees outside the organisation have 'unknown' availability (half weight).
import type { GraphRequest } from '../http/context';
import { contextUrl } from '../http/odata';
import type { DirectoryUser, EmulatorState, JsonObject } from '../types';
import { badRequest } from '../http/errors';
import { dateTimeTimeZoneToUtc, formatGraphDateTime, preferredTimeZone, resolveTimeZone, toLocalParts } from '../time/timezones';
import { mailboxByAddress, type Mailbox } from './eventStore';
import { busyIntervals, statusDuring, type BusyInterval, type FreeBusy } from './availability';
import { WORKING_HOURS } from '../seed/organisation';

const HALF_HOUR = 30 * 60_000;
const MAX_WINDOW_MS = 62 * 86_400_000;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function parseDuration(iso: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m) throw badRequest('ErrorInvalidRequest', `The meetingDuration '${iso}' is not a valid ISO 8601 duration.`);
  const ms = ((+(m[1] ?? 0) * 24 + +(m[2] ?? 0)) * 60 + +(m[3] ?? 0)) * 60_000 + +(m[4] ?? 0) * 1000;
  if (ms <= 0) throw badRequest('ErrorInvalidRequest', 'The meetingDuration must be positive.');
  return ms;
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

/** Is [s, e) inside the working hours (activityDomain work), outside them (personal), or anywhere? */
function fitsDomain(domain: string, s: number, e: number): boolean {
  if (domain === 'unrestricted') return true;
  const tz = resolveTimeZone(WORKING_HOURS.timeZone.name);
  const a = toLocalParts(s, tz);
  const b = toLocalParts(e - 1, tz);
  const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
  const weekday = DAYS[new Date(Date.UTC(a.year, a.month - 1, a.day)).getUTCDay()]!;
  const startMin = a.hour * 60 + a.minute;
  const endMin = b.hour * 60 + b.minute + 1;
  const inWork =
    sameDay && WORKING_HOURS.daysOfWeek.includes(weekday) && startMin >= minutesOf(WORKING_HOURS.startTime) && endMin <= minutesOf(WORKING_HOURS.endTime);
  if (domain === 'personal') {
    const overlapsWork =
      WORKING_HOURS.daysOfWeek.includes(weekday) && startMin < minutesOf(WORKING_HOURS.endTime) && endMin > minutesOf(WORKING_HOURS.startTime);
    return sameDay && !overlapsWork;
  }
  return inWork;
}

interface Participant {
  attendee: JsonObject; // as given, for attendeeAvailability
  type: string;
  box?: Mailbox;
  busy: BusyInterval[];
}

function defaultWindow(now: number): { start: number; end: number } {
  // Graph's default: the rest of today and the next two working days.
  let end = now;
  let workingDays = 0;
  while (workingDays < 2) {
    end += 86_400_000;
    const wd = new Date(end).getUTCDay();
    if (wd !== 0 && wd !== 6) workingDays++;
  }
  return { start: now, end };
}

export function findMeetingTimes(req: GraphRequest, organizer: DirectoryUser, body: JsonObject): Record<string, unknown> {
  const state: EmulatorState = req.state;
  const now = Date.now();
  const durationMs = parseDuration((body.meetingDuration as string | undefined) ?? 'PT30M');
  const timeConstraint = (body.timeConstraint as JsonObject | undefined) ?? {};
  const domain = (timeConstraint.activityDomain as string | undefined) ?? 'work';
  const slots = ((timeConstraint.timeSlots as JsonObject[] | undefined) ?? []).map((s, i) => ({
    start: dateTimeTimeZoneToUtc(s.start as JsonObject, `timeConstraint.timeSlots[${i}].start`),
    end: dateTimeTimeZoneToUtc(s.end as JsonObject, `timeConstraint.timeSlots[${i}].end`),
  }));
  if (!slots.length) slots.push(defaultWindow(now));
  for (const s of slots) {
    if (s.end - s.start > MAX_WINDOW_MS) throw badRequest('ErrorInvalidRequest', 'The time constraint of findMeetingTimes may span at most 62 days.');
  }
  const maxCandidates = (body.maxCandidates as number | undefined) ?? 10;
  const organizerOptional = body.isOrganizerOptional === true;
  const minPercent = (body.minimumAttendeePercentage as number | undefined) ?? 50;
  const reasons = body.returnSuggestionReasons === true;
  const from = Math.min(...slots.map((s) => s.start));
  const to = Math.max(...slots.map((s) => s.end));

  const participants: Participant[] = ((body.attendees as JsonObject[] | undefined) ?? []).map((a) => {
    const address = String(((a.emailAddress as JsonObject | undefined)?.address as string | undefined) ?? '');
    const box = mailboxByAddress(state, address);
    return { attendee: a, type: (a.type as string) ?? 'required', box, busy: box ? busyIntervals(state, box.id, from, to) : [] };
  });
  const organizerBusy = busyIntervals(state, organizer.id, from, to);
  const people = participants.filter((p) => p.type !== 'resource');
  const roomCandidates = [
    ...participants.filter((p) => p.type === 'resource' && p.box?.kind === 'room'),
    ...(((body.locationConstraint as JsonObject | undefined)?.locations as JsonObject[] | undefined) ?? [])
      .map((l) => mailboxByAddress(state, String(l.locationEmailAddress ?? '')))
      .filter((b): b is Mailbox => b?.kind === 'room')
      .map((box) => ({
        attendee: { type: 'resource', emailAddress: { address: box.address, name: box.displayName } },
        type: 'resource',
        box,
        busy: busyIntervals(state, box.id, from, to),
      })),
  ];
  const roomRequired = (body.locationConstraint as JsonObject | undefined)?.isRequired === true || participants.some((p) => p.type === 'resource');

  const tz = preferredTimeZone(req.headers.prefer);
  const suggestions: { start: number; confidence: number; json: Record<string, unknown> }[] = [];
  let organizerEverFree = false;
  let anyUnknown = false;
  let roomLimited = false;

  for (const slot of slots) {
    const first = Math.ceil(Math.max(slot.start, now) / HALF_HOUR) * HALF_HOUR;
    for (let s = first; s + durationMs <= slot.end; s += HALF_HOUR) {
      const e = s + durationMs;
      if (!fitsDomain(domain, s, e)) continue;
      const organizerStatus = statusDuring(organizerBusy, s, e);
      if (organizerStatus === 'free') organizerEverFree = true;
      const availability = people.map((p) => ({ p, status: p.box ? statusDuring(p.busy, s, e) : 'unknown' }));
      anyUnknown ||= availability.some((a) => a.status === 'unknown');
      const weigh = (st: FreeBusy): number => (st === 'free' || st === 'workingElsewhere' ? 1 : st === 'unknown' ? 0.5 : 0);
      const counted = availability.filter((a) => a.p.type !== 'optional').map((a) => weigh(a.status));
      if (!organizerOptional) counted.push(weigh(organizerStatus));
      const confidence = counted.length ? (100 * counted.reduce((x, y) => x + y, 0)) / counted.length : 100;
      if (confidence < minPercent) continue;
      const freeRoom = roomCandidates.find((r) => statusDuring(r.busy, s, e) === 'free');
      if (roomRequired && roomCandidates.length && !freeRoom) {
        roomLimited = true;
        continue;
      }
      suggestions.push({
        start: s,
        confidence,
        json: {
          confidence,
          organizerAvailability: organizerStatus,
          suggestionReason: reasons
            ? confidence === 100
              ? 'Suggested because it is one of the nearest times when all attendees are available.'
              : 'Suggested because it is one of the nearest times when most attendees are available.'
            : '',
          meetingTimeSlot: {
            start: { dateTime: formatGraphDateTime(s, tz.iana), timeZone: tz.name },
            end: { dateTime: formatGraphDateTime(e, tz.iana), timeZone: tz.name },
          },
          attendeeAvailability: [
            ...availability.map((a) => ({
              attendee: { type: a.p.type, emailAddress: { address: (a.p.attendee.emailAddress as JsonObject).address } },
              availability: a.status,
            })),
            ...(freeRoom ? [{ attendee: { type: 'resource', emailAddress: { address: freeRoom.box!.address } }, availability: 'free' }] : []),
          ],
          locations: freeRoom ? [{ displayName: freeRoom.box!.displayName, locationEmailAddress: freeRoom.box!.address }] : [],
        },
      });
    }
  }
  suggestions.sort((a, b) => b.confidence - a.confidence || a.start - b.start);
  const chosen = suggestions.slice(0, Math.max(0, maxCandidates)).map((s, i) => ({ ...s.json, order: i + 1 }));
  let emptySuggestionsReason = '';
  if (!chosen.length) {
    if (!organizerOptional && !organizerEverFree) emptySuggestionsReason = 'organizerUnavailable';
    else if (roomLimited) emptySuggestionsReason = 'locationsUnavailable';
    else if (anyUnknown) emptySuggestionsReason = 'attendeesUnavailableOrUnknown';
    else emptySuggestionsReason = 'attendeesUnavailable';
  }
  return {
    '@odata.context': contextUrl(req, 'microsoft.graph.meetingTimeSuggestionsResult'),
    emptySuggestionsReason,
    meetingTimeSuggestions: chosen,
  };
}
