/**
 * A follow-up series against two calendars and the public holidays, before it is booked: which of
 * its first occurrences clash (the leader or the nearest leader busy or away, or a public
 * holiday), where one clashing occurrence can move (the same time on a later working day, before
 * the next occurrence, as Outlook lets an exception move), and how far the whole series could shift
 * so that none of them clash. Pure: the busy times and holidays come in as data.
 */
import { addDays, isoDate } from './dates';

export type Participant = 'leader' | 'nearestLeader';
export type BusyKind = 'tentative' | 'busy' | 'oof' | 'workingElsewhere';

export interface BusySpan {
  who: Participant;
  start: Date;
  end: Date;
  status: BusyKind;
}

export interface PublicHoliday {
  /** YYYY-MM-DD, local. */
  date: string;
  name: string;
}

export type ClashReason = { kind: 'holiday'; name: string } | { kind: 'busy'; who: Participant; status: BusyKind };

export interface Clash {
  /** The occurrence's start as the series places it. */
  start: Date;
  reasons: ClashReason[];
}

export interface ClashInput {
  busy: readonly BusySpan[];
  holidays: readonly PublicHoliday[];
  durationMinutes: number;
}

/** How far ahead the series is checked: at least the next three months. */
export const CLASH_CHECK_MONTHS = 3;
/** Working-from-elsewhere does not keep anyone from a dialogue; everything else does. */
const BLOCKING: readonly BusyKind[] = ['tentative', 'busy', 'oof'];

/** Why a meeting at `start` cannot be held, or [] when it can. */
export function clashReasons(start: Date, input: ClashInput): ClashReason[] {
  const end = start.getTime() + input.durationMinutes * 60_000;
  const reasons: ClashReason[] = [];
  const day = isoDate(start);
  for (const h of input.holidays) if (h.date === day) reasons.push({ kind: 'holiday', name: h.name });
  for (const who of ['leader', 'nearestLeader'] as const) {
    const hits = input.busy.filter((b) => b.who === who && BLOCKING.includes(b.status) && b.start.getTime() < end && b.end.getTime() > start.getTime());
    if (hits.length === 0) continue;
    // The strongest reason for each person: away (oof) says more than busy, busy more than tentative.
    const status = (['oof', 'busy', 'tentative'] as const).find((s) => hits.some((b) => b.status === s)) ?? 'busy';
    reasons.push({ kind: 'busy', who, status });
  }
  return reasons;
}

export function findClashes(occurrences: readonly Date[], input: ClashInput): Clash[] {
  return occurrences.map((start) => ({ start, reasons: clashReasons(start, input) })).filter((c) => c.reasons.length > 0);
}

const isWeekend = (d: Date) => d.getDay() === 0 || d.getDay() === 6;

/**
 * Where a clashing occurrence can go: the same time of day on the first later working day that
 * is clear, strictly before the next occurrence's day (Outlook will not move an occurrence onto
 * or past its neighbour). Undefined when there is no such day.
 */
export function moveTarget(start: Date, next: Date | undefined, input: ClashInput, maxDays = 7): Date | undefined {
  for (let i = 1; i <= maxDays; i += 1) {
    const candidate = addDays(start, i);
    if (next && isoDate(candidate) >= isoDate(next)) return undefined;
    if (isWeekend(candidate)) continue;
    if (clashReasons(candidate, input).length === 0) return candidate;
  }
  return undefined;
}

/**
 * The smallest number of days (1–`maxDays`, landing on a working day) to shift the whole series by
 * so that none of the checked occurrences clash. `occurrencesFrom(first)` lists the occurrences
 * of the series were it to start at `first`. Undefined when no such shift is found.
 */
export function shiftWithoutClashes(first: Date, occurrencesFrom: (first: Date) => Date[], input: ClashInput, maxDays = 14): number | undefined {
  for (let days = 1; days <= maxDays; days += 1) {
    const candidate = addDays(first, days);
    if (isWeekend(candidate)) continue;
    if (findClashes(occurrencesFrom(candidate), input).length === 0) return days;
  }
  return undefined;
}
