/**
 * After "Afslut dialogen" is saved: the booked follow-up series carry the new agreements in their
 * agendas. The series live in the leader's calendar, so only the leader's app can PATCH them; the
 * nearest leader's copies follow from the organiser's update.
 *
 * Either of the two may close the dialogue. So the contract records which version of the agenda the
 * series hold (collaboration.dialogue.agendasVersion, a hash of the agenda HTML): when the nearest
 * leader closed it, or an agreement changed after the close, the version differs and the leader's
 * app brings the series up to date the next time it opens the contract (syncFollowUpAgendas), then
 * records the new version. PATCHing a body is idempotent, so a lost record costs one more PATCH,
 * never a wrong agenda.
 *
 * The To Do reminders are the leader's agreements *with themselves*; the dialogue does not change
 * those, so there is nothing to update there.
 */
import { getContent } from '../../content';
import { buildFollowUpAgendaHtml } from '../../domain/agenda';
import { contentHash } from '../../domain/contentHash';
import { emptyCollaboration } from '../../domain/collaboration';
import type { Contract, ContractRole } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { toGraphAppError, type GraphAppError } from '../../graph/errors';
import { updateEvent } from '../../graph/events';
import { saveContract, type OpenedContract } from '../../store/sharedContract';
import { loadToolContent } from '../../ui/loadContent';

export type AgendaUpdate =
  { status: 'updated'; series: number } | { status: 'notOrganizer' } | { status: 'none' } | { status: 'failed'; error: GraphAppError; updated: number };

/** The link the agendas carry: the shared document, as "Book and share" put it there. */
function contractLink(contract: Contract): string | undefined {
  return contract.bookings?.storage?.docx.webUrl ?? contract.bookings?.dialogue?.agendaLink;
}

function seriesMasters(contract: Contract): string[] {
  return (contract.bookings?.followUps ?? []).map((f) => f.seriesMasterId).filter((id): id is string => !!id);
}

/** The follow-up agenda as the series should hold it now. */
export function followUpAgendaHtml(contract: Contract): string {
  const link = contractLink(contract);
  return buildFollowUpAgendaHtml(contract, getContent(contract.locale), link ? { contractLink: link } : {});
}

/** Which version of the agreements an agenda shows: a hash of exactly what would be PATCHed. */
export function agendaVersion(contract: Contract): string {
  return contentHash(followUpAgendaHtml(contract));
}

/**
 * The series' agendas lag behind the contract: the dialogue is closed, there are series, and the
 * version recorded for them is not the one the agreements give now (or none was recorded).
 */
export function agendasStale(contract: Contract): boolean {
  const dialogue = contract.collaboration?.dialogue;
  if (!dialogue?.closedAt || seriesMasters(contract).length === 0) return false;
  return dialogue.agendasVersion !== agendaVersion(contract);
}

/** Records that the series hold `version` (a new contract; the input is not changed). */
export function markAgendasUpdated(contract: Contract, version: string, at: Date): Contract {
  const collaboration = contract.collaboration ?? emptyCollaboration();
  return {
    ...contract,
    collaboration: { ...collaboration, dialogue: { ...collaboration.dialogue, agendasVersion: version, agendasUpdatedAt: at.toISOString() } },
  };
}

/** PATCH every booked follow-up series master's body with the agenda built from `contract` (all at once). */
export async function updateFollowUpAgendas(graph: GraphClient, contract: Contract, role: ContractRole | undefined): Promise<AgendaUpdate> {
  const masters = seriesMasters(contract);
  if (masters.length === 0) return { status: 'none' };
  if (role !== 'leader') return { status: 'notOrganizer' };
  const agendaHtml = followUpAgendaHtml(contract);
  const results = await Promise.allSettled(masters.map((id) => updateEvent(graph, id, { agendaHtml })));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const updated = results.filter((r) => r.status === 'fulfilled').length;
  return failed ? { status: 'failed', error: toGraphAppError(failed.reason), updated } : { status: 'updated', series: updated };
}

export type AgendaSync =
  /** Nothing to do: not closed, no series, or the series already hold this version. */
  | { status: 'upToDate' }
  | { status: 'notOrganizer' }
  /** The series were PATCHed; `recorded` says whether the contract now says so. */
  | { status: 'updated'; series: number; recorded: boolean }
  | { status: 'failed'; error: GraphAppError; updated: number };

/** Saves a change to the shared contract the way the calling view saves (true when saved). */
export type RecordChange = (change: (contract: Contract) => Contract) => Promise<boolean>;

/**
 * The leader's app, on opening its shared contract: when the agendas lag behind (the nearest leader
 * closed the dialogue, or an agreement changed since), PATCH them and record the version in the
 * contract through `record`. Running it twice PATCHes once: the second run finds the version recorded.
 */
export async function bringAgendasUpToDate(
  graph: GraphClient,
  contract: Contract,
  role: ContractRole | undefined,
  record: RecordChange,
  now: Date = new Date(),
): Promise<AgendaSync> {
  if (!agendasStale(contract)) return { status: 'upToDate' };
  if (role !== 'leader') return { status: 'notOrganizer' };
  const version = agendaVersion(contract);
  const update = await updateFollowUpAgendas(graph, contract, role);
  if (update.status === 'failed') return update;
  if (update.status !== 'updated') return { status: 'upToDate' };
  const recorded = await record((c) => markAgendasUpdated(c, version, now));
  return { status: 'updated', series: update.series, recorded };
}

/**
 * bringAgendasUpToDate for a contract opened through the store: the record is a small JSON save
 * (merged if the other person saved meanwhile); the .docx does not show it, so it is not rendered.
 */
export async function syncFollowUpAgendas(
  graph: GraphClient,
  opened: OpenedContract,
  role: ContractRole | undefined,
  now: Date = new Date(),
): Promise<{ sync: AgendaSync; opened: OpenedContract }> {
  let current = opened;
  const sync = await bringAgendasUpToDate(
    graph,
    opened.contract,
    role,
    async (change) => {
      const saved = await saveContract(graph, current, change(current.contract), { now, renderDocx: false, content: loadToolContent });
      if (saved.status === 'saved') current = saved.opened;
      return saved.status === 'saved';
    },
    now,
  );
  return { sync, opened: current };
}
