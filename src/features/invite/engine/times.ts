/**
 * Wall-clock arithmetic on Graph's offset-less local date-times (`YYYY-MM-DDTHH:mm:ss`). A meeting
 * at 13.30 in Copenhagen is 13.30 whatever the offset that day; adding 45 minutes to it is done on
 * the clock face, never through an instant, so a daylight-saving change cannot move it.
 */
export const DIALOGUE_MINUTES = 45;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

export function isLocalDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = LOCAL.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

/** `YYYY-MM-DDTHH:mm:ss`, seconds filled in, fractions dropped. */
export function normalizeLocal(value: string): string {
  const m = LOCAL.exec(value);
  if (!m) throw new RangeError('not a local date-time');
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}`;
}

export function addMinutesLocal(value: string, minutes: number): string {
  const t = new Date(`${normalizeLocal(value)}Z`);
  return new Date(t.getTime() + minutes * 60_000).toISOString().slice(0, 19);
}

/** The local date-time as a Date whose local fields read the same (for the domain's date helpers). */
export function localAsDate(value: string): Date {
  const m = LOCAL.exec(value);
  if (!m) throw new RangeError('not a local date-time');
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
}
