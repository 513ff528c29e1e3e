// POST /me/calendar/getSchedule: free/busy of users and rooms over a window, as Graph's
// scheduleInformation (https://learn.microsoft.com/graph/api/calendar-getschedule):
//  - availabilityView: one digit per availabilityViewInterval minutes (default 30, 5–1440):
//    0 free, 1 tentative, 2 busy, 3 out of office, 4 working elsewhere;
//  - scheduleItems: the busy items in the window. The caller's own mailbox shows subject,
//    location and privacy; another person's shows only status and times, as an organisation's
//    default calendar sharing ("can view when I'm busy") allows;
//  - start and end in the Prefer: outlook.timezone zone, UTC without it;
//  - an address the organisation does not know gets an `error` instead of a schedule;
//  - a window longer than 62 days is refused (ErrorTimeIntervalTooBig), as Exchange's
//    availability service does.
// Parameter names are matched in any case: the docs show both "schedules" and "Schedules".
import type { GraphRequest } from '../http/context';
import { contextUrl } from '../http/odata';
import { badRequest } from '../http/errors';
import type { JsonObject } from '../types';
import { dateTimeTimeZoneToUtc, formatGraphDateTime, preferredTimeZone } from '../time/timezones';
import { WORKING_HOURS } from '../seed/organisation';
import { mailboxByAddress, occurrencesInWindow } from './eventStore';
import { busyIntervals, statusDuring, type FreeBusy } from './availability';

const MAX_DAYS = 62;
const DAY_MS = 86_400_000;
const VIEW_DIGIT: Record<FreeBusy, string> = { free: '0', tentative: '1', busy: '2', oof: '3', workingElsewhere: '4', unknown: '0' };

/** A parameter by name in any case. */
function param(body: JsonObject, name: string): unknown {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : body[key];
}

export function getSchedule(req: GraphRequest, body: JsonObject): Record<string, unknown> {
  const schedules = param(body, 'schedules');
  if (!Array.isArray(schedules) || schedules.length === 0)
    throw badRequest('ErrorInvalidParameter', "The parameter 'Schedules' must contain at least one SMTP address.");
  const startRaw = param(body, 'startTime') as JsonObject | undefined;
  const endRaw = param(body, 'endTime') as JsonObject | undefined;
  if (!startRaw || !endRaw) throw badRequest('ErrorInvalidParameter', "The parameters 'StartTime' and 'EndTime' are required.");
  const fromMs = dateTimeTimeZoneToUtc(startRaw, 'startTime');
  const toMs = dateTimeTimeZoneToUtc(endRaw, 'endTime');
  if (toMs <= fromMs) throw badRequest('ErrorInvalidTimeInterval', 'The start time of the time window must be earlier than its end time.');
  const days = Math.ceil((toMs - fromMs) / DAY_MS);
  if (days > MAX_DAYS)
    throw badRequest(
      'ErrorTimeIntervalTooBig',
      `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = ${MAX_DAYS} days; the actual limit = ${days} days.`,
    );
  const intervalRaw = param(body, 'availabilityViewInterval');
  const interval = intervalRaw === undefined || intervalRaw === null ? 30 : Number(intervalRaw);
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440)
    throw badRequest('ErrorInvalidParameter', 'The availabilityViewInterval must be between 5 and 1440 minutes.');
  const tz = preferredTimeZone(req.headers.prefer);
  const when = (ms: number) => ({ dateTime: formatGraphDateTime(ms, tz.iana), timeZone: tz.name });

  const value = schedules.map((raw) => {
    const scheduleId = String(raw);
    const box = mailboxByAddress(req.state, scheduleId);
    if (!box)
      return { scheduleId, error: { message: `The address '${scheduleId}' could not be resolved to a mailbox.`, responseCode: 'ErrorMailRecipientNotFound' } };
    const intervals = busyIntervals(req.state, box.id, fromMs, toMs);
    let availabilityView = '';
    for (let s = fromMs; s < toMs; s += interval * 60_000) availabilityView += VIEW_DIGIT[statusDuring(intervals, s, Math.min(toMs, s + interval * 60_000))];
    const own = box.id === req.user.id;
    const scheduleItems = occurrencesInWindow(req.state, box.id, fromMs, toMs)
      .filter((o) => o.event.data.isCancelled !== true && o.event.data.showAs !== 'free')
      .map((o) => {
        const d = o.event.data;
        const status = ['tentative', 'busy', 'oof', 'workingElsewhere'].includes(String(d.showAs)) ? String(d.showAs) : 'busy';
        const isPrivate = d.sensitivity === 'private';
        const details =
          own && !isPrivate ? { subject: String(d.subject ?? ''), location: String((d.location as JsonObject | undefined)?.displayName ?? '') } : {};
        return { isPrivate, status, ...details, start: when(o.startMs), end: when(o.endMs) };
      });
    return { scheduleId, availabilityView, scheduleItems, workingHours: box.kind === 'user' ? WORKING_HOURS : null };
  });
  return { '@odata.context': contextUrl(req, 'Collection(microsoft.graph.scheduleInformation)'), value };
}
