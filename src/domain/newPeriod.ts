/**
 * A new period ("6–12 måneder"): at the end of the contract period the next contract starts from
 * the current one. The leader ticks which agreements to keep; they are carried over with fresh
 * ids and no history (a new period starts a new record), the text fields are carried as a starting
 * point, and the new contract points back to the old one, which is archived — kept, readable,
 * never deleted.
 */
import { addIsoDays, daysBetween } from './dailyCheck';
import { addMonths, isoDate, parseIsoDate } from './dates';
import { DEFAULT_PERIOD_MONTHS } from './draft';
import { emptyCollaboration } from './collaboration';
import { newId as defaultNewId } from './ids';
import { CONTRACT_SCHEMA_VERSION, type Agreement, type Contract } from './model';

/** "Start en ny periode" is offered this many days before the period ends (and any time after). */
export const NEW_PERIOD_NOTICE_DAYS = 30;

export function isNearPeriodEnd(contract: Pick<Contract, 'period' | 'archivedAt'>, today: string): boolean {
  if (contract.archivedAt) return false;
  return daysBetween(today, contract.period.end) <= NEW_PERIOD_NOTICE_DAYS;
}

/**
 * The next period as proposed: from the day after the old one ends, for the tool's full 12 months
 * (the leader may shorten it). The periods then follow each other without a gap or an overlap.
 * `_today` is kept for callers; the proposal no longer depends on it.
 */
export function nextPeriod(period: Contract['period'], _today?: string): Contract['period'] {
  const start = addIsoDays(period.end, 1);
  const startDate = parseIsoDate(start) as Date;
  return { start, end: addIsoDays(isoDate(addMonths(startDate, DEFAULT_PERIOD_MONTHS)), -1) };
}

function carriedAgreement(a: Agreement, now: Date, newId: () => string): Agreement {
  const out: Agreement = { id: newId(), text: a.text, followUp: a.followUp, createdAt: now.toISOString() };
  if (a.cadence) out.cadence = a.cadence;
  if (a.author) out.author = a.author;
  return out;
}

export interface NewPeriod {
  next: Contract;
  archived: Contract;
}

/**
 * The next contract and the archived current one. `keep` holds the ids of the agreements to carry
 * over; dropped agreements are never carried.
 */
export function startNewPeriod(
  contract: Contract,
  keep: ReadonlySet<string> | readonly string[],
  today: string,
  now: Date = new Date(),
  newId: () => string = defaultNewId,
): NewPeriod {
  if (contract.archivedAt) throw new RangeError('This contract is already archived');
  const kept = new Set(keep);
  const carry = (list: Agreement[]) => list.filter((a) => kept.has(a.id) && !a.droppedAt && a.text.trim() !== '').map((a) => carriedAgreement(a, now, newId));
  const stamp = now.toISOString();
  const next: Contract = {
    schema: CONTRACT_SCHEMA_VERSION,
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    locale: contract.locale,
    period: nextPeriod(contract.period, today),
    fields: { ...contract.fields },
    selfAgreements: carry(contract.selfAgreements),
    leaderAgreements: carry(contract.leaderAgreements),
    // A new dialogue is prepared anew: new points, questions and checklist; nothing booked yet.
    preparation: { points: [], questionsForLeader: [], inviteChecklist: [] },
    collaboration: emptyCollaboration(),
    previousContractId: contract.id,
  };
  if (contract.leader) next.leader = { ...contract.leader };
  if (contract.nearestLeader) next.nearestLeader = { ...contract.nearestLeader };
  return { next, archived: { ...contract, archivedAt: stamp, updatedAt: stamp } };
}
