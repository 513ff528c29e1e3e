/**
 * "Delt med mig": every Lederdialog contract shared with me, from three sources merged, because no
 * single one is enough:
 *  1. the contracts I opened on this device (src/store/openedContracts.ts);
 *  2. the Lederdialog cards posted to me in Teams chats (each carries a located reference);
 *  3. OneDrive's `sharedWithMe`, while it still answers (Microsoft retires it after November 2026).
 * Candidates are de-duplicated by contract id (or by location before it is known), opened with
 * openContract (which proves access and reads the JSON), and contracts where I am the leader are
 * left out. Each row gets the next follow-up date from my own copy of the follow-up series
 * (found by its iCalUId), or from the booking record when the calendar has none.
 */
import { addDays, isoDate } from '../../domain/dates';
import type { Contract } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { listCardMessages, listMyChats } from '../../graph/chatMessages';
import { findEventByICalUId, listSeriesInstances } from '../../graph/events';
import { listSharedWithMe } from '../../graph/sharing';
import type { ContractRef } from '../../store/contractRef';
import { listHiddenSharedContracts, listOpenedContracts, rememberOpenedContract, type KeyValueStorage } from '../../store/openedContracts';
import { CONTRACT_JSON_NAME, openContract, type ContractAccess } from '../../store/sharedContract';
import { refsFromCard } from './cardRefs';
import { roleOf, type Viewer } from './contributions';
import { followUpDatesFromBookings, nextDate, statusOf, type SharedContractStatus } from './status';

export type OverviewSource = 'opened' | 'chat' | 'sharedWithMe';
export type SourceOutcome = 'ok' | 'failed';

export interface OverviewRow {
  ref: ContractRef;
  contract: Contract;
  access: ContractAccess;
  leaderName: string;
  period: Contract['period'];
  nextFollowUp?: string;
  /** Where the follow-up dates came from. */
  datesFrom: 'calendar' | 'booking' | 'none';
  status: SharedContractStatus;
  sources: OverviewSource[];
}

export interface Overview {
  rows: OverviewRow[];
  sources: Record<OverviewSource, SourceOutcome>;
}

export interface Candidate {
  ref: ContractRef;
  sources: Set<OverviewSource>;
}

export interface OverviewOptions {
  today?: Date;
  storage?: KeyValueStorage;
  /** How many chats to look through for cards. */
  maxChats?: number;
}

/** Run `work` over `items`, at most `limit` at a time (a leader of leaders may have many chats). */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T);
    }
  });
  await Promise.all(lanes);
  return out;
}

function locationKey(ref: ContractRef): string {
  return `${ref.driveId ?? ''}|${ref.itemId ?? ''}|${ref.folderId ?? ''}`;
}

function addCandidate(list: Candidate[], ref: ContractRef, source: OverviewSource): void {
  const same = list.find((c) => (ref.contractId && c.ref.contractId === ref.contractId) || locationKey(c.ref) === locationKey(ref));
  if (same) {
    same.sources.add(source);
    // A ref with an id and a location is the better one to keep.
    if (!same.ref.contractId && ref.contractId) same.ref = ref;
    return;
  }
  list.push({ ref, sources: new Set([source]) });
}

async function fromChats(graph: GraphClient, me: Viewer, maxChats: number): Promise<ContractRef[]> {
  const chats = (await listMyChats(graph, maxChats)).filter((c) => c.chatType === 'oneOnOne');
  const perChat = await mapLimited(chats, 4, async (chat) => {
    const messages = await listCardMessages(graph, chat.id).catch(() => []);
    // Cards I posted myself point at my own contracts.
    return messages.filter((m) => m.fromUserId !== me.id).flatMap((m) => m.cards.flatMap(refsFromCard));
  });
  return perChat.flat();
}

async function fromSharedWithMe(graph: GraphClient): Promise<ContractRef[]> {
  const items = await listSharedWithMe(graph);
  return (
    items
      .filter((i) => i.isFolder || i.name.toLowerCase() === CONTRACT_JSON_NAME)
      // The id is not known until the file is read: contractId '' means "whatever contract is there".
      .map((i) => (i.isFolder ? { contractId: '', driveId: i.driveId, folderId: i.id } : { contractId: '', driveId: i.driveId, itemId: i.id }))
  );
}

/** The follow-up dates: my own copy of each series (same iCalUId), else the booking record. */
export async function followUpDates(graph: GraphClient, contract: Contract): Promise<{ dates: string[]; from: OverviewRow['datesFrom'] }> {
  const series = contract.bookings?.followUps ?? [];
  const fromCalendar: string[] = [];
  for (const f of series) {
    if (!f.iCalUId) continue;
    try {
      const copy = await findEventByICalUId(graph, f.iCalUId, { timeZone: f.timeZone });
      if (!copy) continue;
      const endDate = f.endDate > contract.period.end ? f.endDate : contract.period.end;
      const instances = await listSeriesInstances(graph, copy.seriesMasterId ?? copy.id, {
        from: `${contract.period.start}T00:00:00Z`,
        to: `${isoDate(addDays(new Date(`${endDate}T12:00:00`), 1))}T00:00:00Z`,
        timeZone: f.timeZone,
      });
      fromCalendar.push(...instances.filter((e) => !e.isCancelled).map((e) => e.start.dateTime.slice(0, 10)));
    } catch {
      /* my calendar could not be asked: the booking record below still gives the dates */
    }
  }
  if (fromCalendar.length > 0) return { dates: [...new Set(fromCalendar)].sort(), from: 'calendar' };
  const booked = followUpDatesFromBookings(series);
  return { dates: booked, from: booked.length > 0 ? 'booking' : 'none' };
}

/**
 * Where contracts shared with me may be, from the three sources, none twice; and which sources
 * answered. Used by the overview and by the meeting panel looking for its meeting's contract.
 */
export async function sharedContractCandidates(
  graph: GraphClient,
  me: Viewer,
  options: Pick<OverviewOptions, 'storage' | 'maxChats'> = {},
): Promise<{ candidates: Candidate[]; sources: Overview['sources'] }> {
  const candidates: Candidate[] = [];
  for (const entry of listOpenedContracts(me.id, options.storage)) addCandidate(candidates, entry.ref, 'opened');
  const [chats, shared] = await Promise.allSettled([fromChats(graph, me, options.maxChats ?? 50), fromSharedWithMe(graph)]);
  if (chats.status === 'fulfilled') for (const ref of chats.value) addCandidate(candidates, ref, 'chat');
  if (shared.status === 'fulfilled') for (const ref of shared.value) addCandidate(candidates, ref, 'sharedWithMe');
  return {
    candidates,
    sources: { opened: 'ok', chat: chats.status === 'fulfilled' ? 'ok' : 'failed', sharedWithMe: shared.status === 'fulfilled' ? 'ok' : 'failed' },
  };
}

export async function loadOverview(graph: GraphClient, me: Viewer, options: OverviewOptions = {}): Promise<Overview> {
  const today = isoDate(options.today ?? new Date());
  const { candidates, sources } = await sharedContractCandidates(graph, me, options);
  const opened = await mapLimited(candidates, 4, async (c) => ({ c, result: await openContract(graph, c.ref, { me }) }));
  const rows: OverviewRow[] = [];
  const hidden = new Set(listHiddenSharedContracts(me.id, options.storage));
  for (const { c, result } of opened) {
    if (result.status !== 'opened') continue; // not a contract, no longer shared, or gone
    if (hidden.has(result.contract.id)) continue; // removed from "Delt med mig" on this device
    if (roleOf(result.contract, me) === 'leader') continue; // my own contract is not "shared with me"
    const existing = rows.find((r) => r.contract.id === result.contract.id);
    if (existing) {
      for (const s of c.sources) if (!existing.sources.includes(s)) existing.sources.push(s);
      continue;
    }
    rows.push({
      ref: result.ref,
      contract: result.contract,
      access: result.access,
      leaderName: result.contract.leader?.displayName ?? '',
      period: result.contract.period,
      datesFrom: 'none',
      status: 'new',
      sources: [...c.sources],
    });
  }
  await mapLimited(rows, 4, async (row) => {
    const { dates, from } = await followUpDates(graph, row.contract);
    const next = nextDate(dates, today);
    if (next) row.nextFollowUp = next;
    row.datesFrom = from;
    row.status = statusOf(row.contract, dates, today);
  });
  // What was found elsewhere is remembered, so it is listed even if that source goes quiet.
  for (const row of rows)
    rememberOpenedContract(me.id, { ref: row.ref, leaderName: row.leaderName, period: row.period, openedAt: new Date().toISOString() }, options.storage);
  rows.sort((a, b) => (a.nextFollowUp ?? '9999').localeCompare(b.nextFollowUp ?? '9999') || a.leaderName.localeCompare(b.leaderName, 'da'));
  return { rows, sources };
}
