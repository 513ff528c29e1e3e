/**
 * Changing or cancelling the booked meetings later. The existing events are updated (same id) or
 * cancelled — a new time never makes a new event, so the nearest leader's calendar holds one
 * dialogue whatever happens.
 */
import { getContent } from '../../../content';
import { buildDialogueAgendaHtml } from '../../../domain/agenda';
import type { Bookings, Contract } from '../../../domain/model';
import type { GraphClient } from '../../../graph/client';
import { toGraphAppError, type GraphErrorKind } from '../../../graph/errors';
import { cancelEvent, updateEvent } from '../../../graph/events';
import { graphDateTime, wallClock } from '../../../graph/timeZones';
import type { DialogueSlot } from './request';
import { addMinutesLocal, DIALOGUE_MINUTES, isLocalDateTime, normalizeLocal } from './times';

/** What stops a change before Graph is asked; the invite step words it (strings.ts, change). */
export type ChangeProblem = 'nothingBooked' | 'badTime';

/** A refusal is a problem kind or the kind of Graph's own failure; the caller words both. */
export type ChangeResult =
  { ok: true; bookings: Bookings } | { ok: false; bookings: Bookings; problem: ChangeProblem } | { ok: false; bookings: Bookings; errorKind: GraphErrorKind };

function clone(b: Bookings): Bookings {
  return JSON.parse(JSON.stringify(b)) as Bookings;
}

/** Move the dialogue to `slot` (45 minutes): PATCH of the same event, with the agenda refreshed. */
export async function rescheduleDialogue(graph: GraphClient, contract: Contract, slot: DialogueSlot, now: Date = new Date()): Promise<ChangeResult> {
  const bookings = clone(contract.bookings ?? { followUps: [], reminders: [] });
  const dialogue = bookings.dialogue;
  if (!dialogue?.eventId) return { ok: false, bookings, problem: 'nothingBooked' };
  if (!isLocalDateTime(slot.start) || !slot.timeZone) return { ok: false, bookings, problem: 'badTime' };
  const c = wallClock(now, slot.timeZone);
  const start = normalizeLocal(slot.start);
  if (start <= graphDateTime(c.year, c.month, c.day, c.hour, c.minute)) return { ok: false, bookings, problem: 'badTime' };
  const end = addMinutesLocal(start, DIALOGUE_MINUTES);
  const agendaHtml = buildDialogueAgendaHtml(contract, getContent(contract.locale), dialogue.agendaLink ? { contractLink: dialogue.agendaLink } : {});
  try {
    const event = await updateEvent(graph, dialogue.eventId, {
      start: { dateTime: start, timeZone: slot.timeZone },
      end: { dateTime: end, timeZone: slot.timeZone },
      agendaHtml,
    });
    Object.assign(dialogue, {
      start,
      end,
      timeZone: slot.timeZone,
      ...(event.webLink ? { webLink: event.webLink } : {}),
      ...(event.joinUrl ? { joinUrl: event.joinUrl } : {}),
    });
    return { ok: true, bookings };
  } catch (thrown) {
    return { ok: false, bookings, errorKind: toGraphAppError(thrown).kind };
  }
}

export interface CancelOptions {
  /** Cancel the follow-up series too. */
  withFollowUps?: boolean;
  /** Sent to the attendees with the cancellation. */
  comment?: string;
}

/**
 * Cancel the dialogue (and optionally the follow-up series). The records are removed, so a later
 * "Book and share" books afresh with new transactionIds instead of being answered with the
 * cancelled event.
 */
export async function cancelDialogue(graph: GraphClient, contract: Contract, options: CancelOptions = {}): Promise<ChangeResult> {
  const bookings = clone(contract.bookings ?? { followUps: [], reminders: [] });
  const targets: { id: string; forget: () => void }[] = [];
  if (bookings.dialogue?.eventId) targets.push({ id: bookings.dialogue.eventId, forget: () => delete bookings.dialogue });
  if (options.withFollowUps) {
    for (const f of bookings.followUps) {
      if (f.seriesMasterId) targets.push({ id: f.seriesMasterId, forget: () => (bookings.followUps = bookings.followUps.filter((x) => x.id !== f.id)) });
    }
  }
  if (targets.length === 0) return { ok: false, bookings, problem: 'nothingBooked' };
  const results = await Promise.allSettled(targets.map((t) => cancelEvent(graph, t.id, options.comment)));
  let failure: GraphErrorKind | undefined;
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') targets[i]?.forget();
    else failure ??= toGraphAppError(r.reason).kind;
  });
  return failure ? { ok: false, bookings, errorKind: failure } : { ok: true, bookings };
}
