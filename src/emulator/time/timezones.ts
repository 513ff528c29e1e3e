// Graph speaks Windows time zone names ("Romance Standard Time") and also accepts IANA names.
// Everything is stored with its original zone and converted to UTC instants with Intl.
import { WINDOWS_TO_IANA } from '../../windowsTimeZones';
import { GraphError } from '../http/errors';

/** The IANA zone for a Windows or IANA name; a 400 like Graph's for an unknown one. */
export function resolveTimeZone(name: string | undefined | null): string {
  const tz = (name ?? 'UTC').trim() || 'UTC';
  const mapped = WINDOWS_TO_IANA[tz];
  if (mapped) return mapped;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz;
  } catch {
    throw new GraphError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${tz}'.`,
    );
  }
}

export interface LocalParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(iana: string) {
  let f = formatters.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(iana, f);
  }
  return f;
}

/** Wall-clock parts of a UTC instant in a zone. */
export function toLocalParts(utcMs: number, iana: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(iana).formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** UTC instant of a wall-clock time in a zone (DST gaps resolve forward, like Outlook). */
export function fromLocalParts(p: LocalParts, iana: string): number {
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const l = toLocalParts(guess, iana);
    const offset = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - guess;
    const next = asUtc - offset;
    if (next === guess) break;
    guess = next;
  }
  return guess;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A Graph dateTimeTimeZone → UTC ms. A dateTime carrying its own offset wins over timeZone. */
export function dateTimeTimeZoneToUtc(value: { dateTime?: unknown; timeZone?: unknown } | undefined | null, property: string): number {
  if (!value || typeof value.dateTime !== 'string') {
    throw new GraphError(400, 'ErrorInvalidRequest', `The property '${property}' is required and must have a dateTime.`);
  }
  const m = DATE_TIME.exec(value.dateTime);
  if (!m) throw new GraphError(400, 'ErrorInvalidRequest', `The dateTime '${value.dateTime}' of '${property}' is not a valid date and time.`);
  const [, y, mo, d, h, mi, s, offset] = m;
  const parts = { year: +y!, month: +mo!, day: +d!, hour: +h!, minute: +mi!, second: s ? +s : 0 };
  if (offset) {
    const base = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    if (offset === 'Z') return base;
    const sign = offset.startsWith('-') ? -1 : 1;
    const [oh, om] = offset.slice(1).split(':').map(Number);
    return base - sign * (oh! * 60 + om!) * 60000;
  }
  return fromLocalParts(parts, resolveTimeZone(typeof value.timeZone === 'string' ? value.timeZone : 'UTC'));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Graph's output form: "2026-11-26T09:00:00.0000000" in the given zone. */
export function formatGraphDateTime(utcMs: number, iana: string): string {
  const p = toLocalParts(utcMs, iana);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.0000000`;
}

/** The zone named by `Prefer: outlook.timezone="…"`, or UTC as Graph defaults to. */
export function preferredTimeZone(prefer: string | undefined): { name: string; iana: string } {
  const m = prefer ? /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer) : null;
  const name = m ? m[1]! : 'UTC';
  return { name, iana: resolveTimeZone(name) };
}

export function isoDate(p: { year: number; month: number; day: number }): string {
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Strict ISO 8601 instant as used by query parameters (startDateTime/endDateTime). */
export function parseQueryInstant(raw: string | null, name: string): number {
  if (!raw)
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      `This request requires a time window specified by the query string parameters StartDateTime and EndDateTime. The parameter '${name}' is missing.`,
    );
  const m = DATE_TIME.exec(raw.trim());
  const ms = m ? (m[7] ? Date.parse(raw.trim()) : Date.parse(`${raw.trim()}Z`)) : NaN;
  if (Number.isNaN(ms)) throw new GraphError(400, 'ErrorInvalidParameter', `The value '${raw}' of parameter '${name}' is invalid.`);
  return ms;
}
