/**
 * Where a shared contract stands, for "Delt med mig": new, accepted, or a follow-up overdue (a
 * follow-up date has passed with no follow-up recorded since). And the follow-up dates a booked
 * series implies, for when the calendar cannot be asked. Pure.
 */
import { firstOccurrences } from '../../domain/cadence';
import { isoDate, parseIsoDate } from '../../domain/dates';
import type { Contract, FollowUpBooking } from '../../domain/model';

export type SharedContractStatus = 'new' | 'accepted' | 'followUpDue';

/** The follow-up dates (YYYY-MM-DD) of the booked series, sorted, once each. */
export function followUpDatesFromBookings(series: readonly FollowUpBooking[]): string[] {
  const dates = new Set<string>();
  for (const f of series) {
    const start = parseIsoDate(f.start.slice(0, 10));
    if (!start) continue;
    for (const d of firstOccurrences(f.cadence, start, 400, f.endDate)) dates.add(isoDate(d));
  }
  return [...dates].sort();
}

/** The first date on or after today. */
export function nextDate(dates: readonly string[], today: string): string | undefined {
  return [...dates].sort().find((d) => d >= today);
}

/**
 * 'followUpDue' when the latest follow-up date before today has no follow-up record on or after
 * it; else 'accepted' when the nearest leader said "Vi er enige"; else 'new'.
 */
export function statusOf(contract: Contract, followUpDates: readonly string[], today: string): SharedContractStatus {
  const past = [...followUpDates].sort().filter((d) => d < today);
  const last = past.at(-1);
  if (last) {
    const recorded = (contract.collaboration?.followUps ?? []).some((f) => f.date >= last);
    if (!recorded) return 'followUpDue';
  }
  return contract.collaboration?.acceptance ? 'accepted' : 'new';
}
