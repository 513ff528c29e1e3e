// An event as Graph returns it: start/end in the Prefer: outlook.timezone zone (UTC by default),
// @odata.etag from the changeKey, occurrences with their own ids and seriesMasterId.
import type { GraphRequest } from '../http/context';
import { contextUrl } from '../http/odata';
import type { JsonObject } from '../types';
import { dateTimeTimeZoneToUtc, formatGraphDateTime, preferredTimeZone } from '../time/timezones';
import { occurrenceId, type Occurrence } from './eventStore';

export function eventJson(
  req: GraphRequest,
  occ: Occurrence | { event: Occurrence['event']; startMs?: number; endMs?: number; day?: number },
  withContext = false,
): Record<string, unknown> {
  const { event } = occ;
  const tz = preferredTimeZone(req.headers.prefer);
  const d = event.data;
  const isOccurrence = 'day' in occ && occ.day !== undefined;
  const startMs = 'startMs' in occ && occ.startMs !== undefined ? occ.startMs : undefined;
  const when = (key: 'start' | 'end', ms: number | undefined) => {
    if (ms === undefined) return reZone(d[key] as JsonObject, tz);
    return { dateTime: formatGraphDateTime(ms, tz.iana), timeZone: tz.name };
  };
  const out: Record<string, unknown> = {};
  if (withContext) out['@odata.context'] = contextUrl(req, `users('${req.user.id}')/events/$entity`);
  out['@odata.etag'] = `W/"${d.changeKey}"`;
  Object.assign(out, d);
  out.start = when('start', startMs);
  out.end = when('end', 'endMs' in occ ? occ.endMs : undefined);
  out.cancelledOccurrences = event.cancelledOccurrences.map((date) => `OID.${event.id}.${date}`);
  if (isOccurrence) {
    out.id = occurrenceId(event.id, occ.day!);
    out.type = 'exception' in occ && occ.exception ? 'exception' : 'occurrence';
    if ('exception' in occ && occ.exception) for (const [key, value] of Object.entries(occ.exception)) if (key !== 'start' && key !== 'end') out[key] = value;
    out.seriesMasterId = event.id;
    out.recurrence = null;
    out.occurrenceId = `OID.${event.id}.${String(out.start && (out.start as JsonObject).dateTime).slice(0, 10)}`;
    out.cancelledOccurrences = [];
  }
  return out;
}

function reZone(v: JsonObject, tz: { name: string; iana: string }) {
  const ms = dateTimeTimeZoneToUtc(v, 'start');
  return { dateTime: formatGraphDateTime(ms, tz.iana), timeZone: tz.name };
}
