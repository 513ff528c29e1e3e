/**
 * What the leader chooses in "Book and share" (kept in the local draft, so a reload keeps it), how it starts from an
 * earlier run's record (so "Prøv igen" after a reload asks for exactly the same again and a second
 * "Book og del" creates nothing new), and how it becomes the engine's request.
 */
import type { Locale } from '../../content/types';
import { findFollowUpPreset, firstOccurrences } from '../../domain/cadence';
import { addDays, addMonths, isoDate } from '../../domain/dates';
import type { BookingChoices, Bookings, Contract, FollowUpCadence, FollowUpDraft, FollowUpPresetId, Person, PrivateNotes } from '../../domain/model';
import type { BookAndShareRequest, FollowUpChoice, RequestIssue } from './engine';
import { localAsDate } from './engine/times';

/** The choices live in the draft (src/domain/bookingChoices.ts), so a reload keeps them. */
export type InviteChoices = BookingChoices;
export type { FollowUpDraft };

export const DEFAULT_FOLLOW_UP: FollowUpPresetId = 'shortDialogueBiweekly';
export const CUSTOM_DEFAULT_MINUTES = 30;

export function presetDraft(id: FollowUpPresetId): FollowUpDraft {
  const preset = findFollowUpPreset(id);
  return { key: id, preset: id, cadence: preset?.cadence ?? 'weekly' };
}

export function customDraft(cadence: FollowUpCadence): FollowUpDraft {
  return { key: `custom-${cadence}`, cadence };
}

/** The choices an earlier run recorded, or the defaults for a first booking. */
export function initialChoices(bookings: Bookings | undefined): InviteChoices {
  const d = bookings?.dialogue;
  if (!d) return { place: '', followUps: [presetDraft(DEFAULT_FOLLOW_UP)], reminderKind: 'todo', shareRole: 'write' };
  return {
    slot: { start: d.start, timeZone: d.timeZone },
    ...(d.room ? { room: d.room } : {}),
    place: d.location ?? '',
    followUps: (bookings?.followUps ?? []).map((f) => ({
      key: f.id,
      ...(f.preset && findFollowUpPreset(f.preset) ? { preset: f.preset as FollowUpPresetId } : {}),
      cadence: f.cadence,
      firstDate: f.start.slice(0, 10),
      time: f.start.slice(11, 16),
    })),
    reminderKind: bookings?.reminders[0]?.kind ?? 'todo',
    ...(bookings?.reminders.some((r) => r.weekdaysOnly) ? { weekdaysOnly: true } : {}),
    shareRole: bookings?.share?.role ?? 'write',
  };
}

/** One cadence step after the dialogue: the natural first follow-up. */
export function suggestedFirstDate(cadence: FollowUpCadence, dialogueStart: string): string {
  const day = localAsDate(dialogueStart);
  switch (cadence) {
    case 'daily':
      return isoDate(addDays(day, 1));
    case 'weekly':
      return isoDate(addDays(day, 7));
    case 'biweekly':
      return isoDate(addDays(day, 14));
    case 'monthly':
      return isoDate(addMonths(day, 1));
    case 'quarterly':
      return isoDate(addMonths(day, 3));
  }
}

/** The first meeting of a series as local wall-clock, or undefined while the dialogue has no time. */
export function firstStartOf(f: FollowUpDraft, slot: InviteChoices['slot']): string | undefined {
  const date = f.firstDate ?? (slot ? suggestedFirstDate(f.cadence, slot.start) : undefined);
  const time = f.time ?? slot?.start.slice(11, 16);
  if (!date || !time) return undefined;
  return `${date}T${time}:00`;
}

/** The first `count` meetings of a series, up to the period's end: listed before anything is booked. */
export function firstFollowUpDates(f: FollowUpDraft, slot: InviteChoices['slot'], periodEnd: string, count = 4): Date[] {
  const start = firstStartOf(f, slot);
  if (!start || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(start)) return [];
  try {
    return firstOccurrences(f.cadence, localAsDate(start), count, periodEnd);
  } catch {
    return [];
  }
}

export function followUpMinutes(f: FollowUpDraft): number {
  return (f.preset ? findFollowUpPreset(f.preset)?.durationMinutes : undefined) ?? CUSTOM_DEFAULT_MINUTES;
}

function toFollowUpChoice(f: FollowUpDraft, slot: InviteChoices['slot']): FollowUpChoice {
  return {
    ...(f.preset ? { preset: f.preset } : { cadence: f.cadence }),
    firstStart: firstStartOf(f, slot) ?? '',
    durationMinutes: followUpMinutes(f),
    ...(f.moves?.length ? { moves: f.moves } : {}),
  };
}

export interface RequestInput {
  contract: Contract;
  notes: PrivateNotes;
  me?: Person;
  nearestLeader?: Person;
  choices: InviteChoices;
  /** The mailbox's zone (Windows name); the slot's own zone wins. */
  timeZone: string;
  locale: Locale;
  deepLink?: BookAndShareRequest['deepLink'];
  now?: Date;
}

/**
 * The engine's request. Missing choices go in empty on purpose: the engine's validateRequest then
 * names every one of them at once, in both languages, before a single request is sent.
 */
export function buildRequest(input: RequestInput): BookAndShareRequest {
  const { choices } = input;
  const place = choices.place.trim();
  return {
    contract: input.contract,
    notes: input.notes,
    ...(input.me ? { leader: input.me } : {}),
    nearestLeader: input.nearestLeader ?? { displayName: '' },
    slot: { start: choices.slot?.start ?? '', timeZone: choices.slot?.timeZone ?? input.timeZone },
    ...(choices.room ? { room: choices.room } : {}),
    ...(place ? { place: choices.place } : {}),
    followUps: choices.followUps.map((f) => toFollowUpChoice(f, choices.slot)),
    reminderKind: choices.reminderKind,
    ...(choices.weekdaysOnly ? { weekdaysOnly: true } : {}),
    ...(choices.pinInMeeting === false ? { skipMeetingTab: true } : {}),
    shareRole: choices.shareRole,
    locale: input.locale,
    ...(input.deepLink ? { deepLink: input.deepLink } : {}),
    ...(input.now ? { now: input.now } : {}),
  };
}

export type IssueArea = 'leader' | 'slot' | 'place' | 'followUps' | 'reminders' | 'contract' | 'prepare' | 'guide';

/** Where an issue is shown: next to this screen's fields, or as a link to an earlier step. */
export function issueArea(issue: RequestIssue): IssueArea {
  const f = issue.field;
  if (f.startsWith('nearestLeader')) return 'leader';
  if (f.startsWith('slot')) return 'slot';
  if (f === 'place' || f.startsWith('room')) return 'place';
  if (f.startsWith('followUps')) return 'followUps';
  if (f.startsWith('reminder')) return 'reminders';
  if (f.startsWith('contract.preparation')) return 'prepare';
  if (f.startsWith('notes')) return 'guide';
  return 'contract';
}

/** The follow-up a `followUps[2].firstStart` issue belongs to. */
export function followUpIndexOf(issue: RequestIssue): number | undefined {
  const m = /^followUps\[(\d+)\]/.exec(issue.field);
  return m ? Number(m[1]) : undefined;
}

/** Two people are the same choice when every recorded detail matches. */
export function samePerson(a: Person | undefined, b: Person | undefined): boolean {
  if (!a || !b) return a === b;
  return a.displayName === b.displayName && (a.mail ?? '') === (b.mail ?? '') && (a.id ?? '') === (b.id ?? '') && (a.kind ?? '') === (b.kind ?? '');
}
