/**
 * After "Afslut dialogen" is saved: the booked follow-up series carry the new agreements in their
 * agendas. The series live in the leader's calendar, so only the leader's app can PATCH them; the
 * nearest leader's copies follow from the organiser's update.
 *
 * The To Do reminders are the leader's agreements *with themselves*; the dialogue does not change
 * those, so there is nothing to update there.
 */
import { getContent } from '../../content';
import { buildFollowUpAgendaHtml } from '../../domain/agenda';
import type { Contract, ContractRole } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { toGraphAppError, type GraphAppError } from '../../graph/errors';
import { updateEvent } from '../../graph/events';

export type AgendaUpdate = { status: 'updated'; series: number } | { status: 'notOrganizer' } | { status: 'none' } | { status: 'failed'; error: GraphAppError; updated: number };

/** The link the agendas carry: the shared document, as "Book and share" put it there. */
function contractLink(contract: Contract): string | undefined {
  return contract.bookings?.storage?.docx.webUrl ?? contract.bookings?.dialogue?.agendaLink;
}

/** PATCH every booked follow-up series master's body with the agenda built from `contract` (all at once). */
export async function updateFollowUpAgendas(graph: GraphClient, contract: Contract, role: ContractRole | undefined): Promise<AgendaUpdate> {
  const masters = (contract.bookings?.followUps ?? []).map((f) => f.seriesMasterId).filter((id): id is string => !!id);
  if (masters.length === 0) return { status: 'none' };
  if (role !== 'leader') return { status: 'notOrganizer' };
  const link = contractLink(contract);
  const agendaHtml = buildFollowUpAgendaHtml(contract, getContent(contract.locale), link ? { contractLink: link } : {});
  const results = await Promise.allSettled(masters.map((id) => updateEvent(graph, id, { agendaHtml })));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const updated = results.filter((r) => r.status === 'fulfilled').length;
  return failed ? { status: 'failed', error: toGraphAppError(failed.reason), updated } : { status: 'updated', series: updated };
}
