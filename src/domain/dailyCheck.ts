/**
 * The example's daily self-check ("Jeg krydser af hver dag … om jeg har overholdt det i dag"):
 * one tap a day for an agreement with oneself that has a daily cadence, a streak of days kept in a
 * row, and the history of the last days.
 *
 * "A day" is a day in Copenhagen (Europe/Copenhagen), whatever the device's clock zone: the tool
 * is Danish and a tick at 00.30 Danish time belongs to the new day even on a laptop set to UTC.
 * Days are handled as ISO dates (YYYY-MM-DD) with UTC arithmetic, so a daylight-saving change
 * never makes a day vanish or repeat.
 */
import type { Agreement, Contract, DailyCheck } from './model';
import { collaborationOf } from './followUp';

export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: DANISH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Danish calendar day of an instant, YYYY-MM-DD. */
export function danishDay(instant: Date): string {
  const parts = Object.fromEntries(dayFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `iso` plus `days` calendar days (negative goes back). */
export function addIsoDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const ms = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** Agreements with oneself that are ticked daily (a daily cadence, still in force). */
export function dailyAgreements(contract: Pick<Contract, 'selfAgreements'>): Agreement[] {
  return contract.selfAgreements.filter((a) => a.cadence === 'daily' && !a.droppedAt && a.text.trim() !== '');
}

export function checksFor(contract: Pick<Contract, 'collaboration'>, agreementId: string): DailyCheck[] {
  return collaborationOf(contract)
    .dailyChecks.filter((c) => c.agreementId === agreementId)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The answer for one day, if there is one. */
export function checkOn(contract: Pick<Contract, 'collaboration'>, agreementId: string, date: string): DailyCheck | undefined {
  return collaborationOf(contract).dailyChecks.find((c) => c.agreementId === agreementId && c.date === date);
}

/**
 * "Har du overholdt det i dag?": the answer for `date` (one per agreement and day; answering again
 * changes it). A day in the future cannot be answered.
 */
export function setDailyCheck(contract: Contract, agreementId: string, date: string, kept: boolean, now: Date = new Date()): Contract {
  if (!contract.selfAgreements.some((a) => a.id === agreementId)) throw new RangeError(`No agreement with oneself ${agreementId}`);
  if (date > danishDay(now)) throw new RangeError('A day in the future cannot be ticked');
  const c = collaborationOf(contract);
  const check: DailyCheck = { agreementId, date, kept, at: now.toISOString() };
  const others = c.dailyChecks.filter((x) => !(x.agreementId === agreementId && x.date === date));
  return { ...contract, collaboration: { ...c, dailyChecks: [...others, check] }, updatedAt: now.toISOString() };
}

/**
 * Days kept in a row, ending today — or yesterday while today is still unanswered (the day is not
 * over, so the streak is not broken yet). A day answered "nej", or a day without an answer, ends it.
 */
export function dailyStreak(checks: readonly DailyCheck[], today: string): number {
  const byDate = new Map(checks.map((c) => [c.date, c.kept]));
  let day = byDate.has(today) ? today : addIsoDays(today, -1);
  let streak = 0;
  while (byDate.get(day) === true) {
    streak += 1;
    day = addIsoDays(day, -1);
  }
  return streak;
}

/** The longest run of days kept in a row, ever. */
export function longestStreak(checks: readonly DailyCheck[]): number {
  const kept = [...new Set(checks.filter((c) => c.kept).map((c) => c.date))].sort();
  let best = 0;
  let run = 0;
  let previous: string | undefined;
  for (const date of kept) {
    run = previous !== undefined && daysBetween(previous, date) === 1 ? run + 1 : 1;
    best = Math.max(best, run);
    previous = date;
  }
  return best;
}

export interface DayAnswer {
  date: string;
  /** null: not answered. */
  kept: boolean | null;
}

/**
 * The last `days` days up to and including `today`, oldest first — but never before `firstDay`
 * (the agreement's creation): days before the agreement existed were not missed, so they are not
 * shown as unanswered.
 */
export function recentDays(checks: readonly DailyCheck[], today: string, days = 14, firstDay?: string): DayAnswer[] {
  const byDate = new Map(checks.map((c) => [c.date, c.kept]));
  const out: DayAnswer[] = [];
  for (let i = 0; i < days; i += 1) {
    const date = addIsoDays(today, i - days + 1);
    if (firstDay !== undefined && date < firstDay) continue;
    out.push({ date, kept: byDate.get(date) ?? null });
  }
  return out;
}

export interface DailySummary {
  kept: number;
  notKept: number;
  answered: number;
  longestStreak: number;
  first?: string;
  last?: string;
}

export function dailySummary(checks: readonly DailyCheck[]): DailySummary {
  const sorted = [...checks].sort((a, b) => a.date.localeCompare(b.date));
  const kept = sorted.filter((c) => c.kept).length;
  const summary: DailySummary = { kept, notKept: sorted.length - kept, answered: sorted.length, longestStreak: longestStreak(sorted) };
  if (sorted[0]) summary.first = sorted[0].date;
  const last = sorted.at(-1);
  if (last) summary.last = last.date;
  return summary;
}
