/**
 * A time typed by hand (a date input and a time input) as the dialogue's start, checked the way
 * the leader needs to hear it: missing, not a real date, or already past — in the mailbox's zone.
 */
import { graphDateTime, wallClock } from '../../graph/timeZones';
import { isLocalDateTime, normalizeLocal } from './engine/times';

export type ManualTimeProblem = 'missing' | 'invalid' | 'past';

export type ManualTimeResult = { ok: true; start: string } | { ok: false; problem: ManualTimeProblem };

/** `date` as YYYY-MM-DD and `time` as HH:mm (what <input type="date|time"> give). */
export function readManualTime(date: string, time: string, timeZone: string, now: Date): ManualTimeResult {
  const d = date.trim();
  const t = time.trim();
  if (d === '' || t === '') return { ok: false, problem: 'missing' };
  const candidate = `${d}T${t}`;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(candidate) || !isLocalDateTime(candidate)) return { ok: false, problem: 'invalid' };
  const start = normalizeLocal(candidate);
  if (start <= nowInZone(timeZone, now)) return { ok: false, problem: 'past' };
  return { ok: true, start };
}

/** "Now" as wall-clock text in the zone, comparable with local start times. */
export function nowInZone(timeZone: string, now: Date): string {
  const c = wallClock(now, timeZone);
  return graphDateTime(c.year, c.month, c.day, c.hour, c.minute);
}
