/**
 * Statistics over the follow-up records: counts per status, each agreement's status over time (the
 * history chart and its table), and the quarterly dialogue's "større opfølgning": how things stand
 * now against how they stood at the last quarterly dialogue.
 */
import { firstOccurrences } from './cadence';
import { isoDate, parseIsoDate } from './dates';
import { activeAgreements, collaborationOf, latestRecord, recordsFor } from './followUp';
import type { Contract, FollowUpRecord, FollowUpStatus } from './model';

export type StatusCounts = Record<FollowUpStatus, number>;

export function emptyCounts(): StatusCounts {
  return { held: 0, partly: 0, notHeld: 0 };
}

export function statusCounts(records: readonly Pick<FollowUpRecord, 'status'>[]): StatusCounts {
  const counts = emptyCounts();
  for (const r of records) counts[r.status] += 1;
  return counts;
}

/** Held is best: the chart's height and the trend's direction. */
export const STATUS_LEVEL: Record<FollowUpStatus, number> = { notHeld: 0, partly: 1, held: 2 };

export interface StatusPoint {
  date: string;
  status: FollowUpStatus;
  level: number;
  note: string;
}

/** One agreement's status over time, oldest first: the chart and the table beside it show exactly this. */
export function statusSeries(contract: Pick<Contract, 'collaboration'>, agreementId: string): StatusPoint[] {
  return recordsFor(contract, agreementId).map((r) => ({ date: r.date, status: r.status, level: STATUS_LEVEL[r.status], note: r.note }));
}

/** The latest status of an agreement on or before `date` (inclusive), if any was recorded by then. */
export function statusOn(contract: Pick<Contract, 'collaboration'>, agreementId: string, date: string): FollowUpStatus | undefined {
  return recordsFor(contract, agreementId)
    .filter((r) => r.date <= date)
    .at(-1)?.status;
}

/**
 * The last quarterly dialogue before `today`: the latest occurrence of the booked quarterly series
 * strictly before today (today's is the one being held now). Without a quarterly series, or before
 * its first occurrence, the period's start stands in: "since we began".
 */
export function lastQuarterlyDialogue(contract: Pick<Contract, 'bookings' | 'period'>, today: string): { date: string; fromSeries: boolean } {
  const series = contract.bookings?.followUps.find((f) => f.cadence === 'quarterly');
  const start = series ? parseIsoDate(series.start.slice(0, 10)) : null;
  if (series && start) {
    const before = firstOccurrences('quarterly', start, 8, series.endDate)
      .map((d) => isoDate(d))
      .filter((d) => d < today);
    const last = before.at(-1);
    if (last) return { date: last, fromSeries: true };
  }
  return { date: contract.period.start, fromSeries: false };
}

export type TrendDirection = 'better' | 'worse' | 'same' | 'new' | 'none';

export interface AgreementTrend {
  agreementId: string;
  then?: FollowUpStatus;
  now?: FollowUpStatus;
  direction: TrendDirection;
}

export interface QuarterlyTrend {
  since: string;
  sinceFromSeries: boolean;
  /** Counts of the agreements' statuses as they stood then and as they stand now. */
  then: StatusCounts;
  now: StatusCounts;
  /** Records written since then (after `since`). */
  recordsSince: number;
  agreements: AgreementTrend[];
}

function direction(then: FollowUpStatus | undefined, now: FollowUpStatus | undefined): TrendDirection {
  if (!now) return 'none';
  if (!then) return 'new';
  const delta = STATUS_LEVEL[now] - STATUS_LEVEL[then];
  return delta > 0 ? 'better' : delta < 0 ? 'worse' : 'same';
}

/**
 * The trend since the last quarterly dialogue, over the agreements in force: each one's status
 * then (the latest record on or before that dialogue) and now (the latest record at all — the same
 * record the history above it shows last, so the two never disagree).
 */
export function quarterlyTrend(
  contract: Pick<Contract, 'bookings' | 'period' | 'collaboration' | 'selfAgreements' | 'leaderAgreements'>,
  today: string,
): QuarterlyTrend {
  const { date: since, fromSeries } = lastQuarterlyDialogue(contract, today);
  const then = emptyCounts();
  const now = emptyCounts();
  const agreements: AgreementTrend[] = [];
  for (const { agreement } of activeAgreements(contract)) {
    const before = statusOn(contract, agreement.id, since);
    const current = latestRecord(contract, agreement.id)?.status;
    if (before) then[before] += 1;
    if (current) now[current] += 1;
    const trend: AgreementTrend = { agreementId: agreement.id, direction: direction(before, current) };
    if (before) trend.then = before;
    if (current) trend.now = current;
    agreements.push(trend);
  }
  const recordsSince = collaborationOf(contract).followUps.filter((r) => r.date > since).length;
  return { since, sinceFromSeries: fromSeries, then, now, recordsSince, agreements };
}
