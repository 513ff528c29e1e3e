/**
 * Everything that must hold before "Book and share" sends its first request: the contract is ready
 * to share (src/domain/contractValidation.ts), the times are real, in the future and in order, and
 * every piece of text is within the limits Microsoft 365 and the documents can carry.
 *
 * Messages name the field and never quote the user's text (it may be 100 000 characters or a
 * <script>), in Danish and English (the words are in engineStrings.ts).
 */
import { findFollowUpPreset } from '../../../domain/cadence';
import { validateContractForSharing } from '../../../domain/contractValidation';
import { formatNumber, parseIsoDate } from '../../../domain/dates';
import { fillTemplate } from '../../../content/uiStrings';
import { bothLanguages, type LocalizedText } from '../../../domain/localized';
import { graphDateTime, wallClock } from '../../../graph/timeZones';
import { sharingIssueText } from '../../../ui/sharingIssueWords';
import { addMinutesLocal, DIALOGUE_MINUTES, isLocalDateTime, normalizeLocal } from './times';
import { engineStrings, type EngineStrings } from './engineStrings';
import type { BookAndShareRequest } from './request';

export interface RequestIssue {
  /** Where: "slot.start", "followUps[0].firstStart", "contract.fields.goals", … */
  field: string;
  message: LocalizedText;
}

export const REQUEST_LIMITS = {
  personName: 200,
  mail: 320,
  place: 200,
  subject: 200,
  /** A private note (per question/theme/direction). */
  note: 20_000,
} as const;

const MAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

type RequestWords = EngineStrings['request'];

/** One of the request's messages, in both languages. */
function said(key: Exclude<keyof RequestWords, 'names' | 'tooLong'>, values: Record<string, string | number> = {}): LocalizedText {
  return bothLanguages((locale) => fillTemplate(engineStrings[locale].request[key], values));
}

function tooLong(what: keyof RequestWords['names'], length: number, limit: number): LocalizedText {
  return bothLanguages((locale) => {
    const words = engineStrings[locale].request;
    return fillTemplate(words.tooLong, { what: words.names[what], length: formatNumber(length, locale), limit: formatNumber(limit, locale) });
  });
}

/** "Now" as wall-clock text in the zone, comparable with a slot's local start. */
function nowIn(zone: string, now: Date): string {
  const c = wallClock(now, zone);
  return graphDateTime(c.year, c.month, c.day, c.hour, c.minute);
}

/** Every problem with the request; empty means "go". */
export function validateRequest(request: BookAndShareRequest): RequestIssue[] {
  const issues: RequestIssue[] = [];
  const add = (field: string, message: LocalizedText) => issues.push({ field, message });
  const now = request.now ?? new Date();
  const { contract } = request;

  for (const issue of validateContractForSharing(contract, now)) {
    if (issue.severity === 'error')
      add(
        `contract.${issue.field}`,
        bothLanguages((locale) => sharingIssueText(issue, locale)),
      );
  }

  const leader = request.nearestLeader;
  const name = leader?.displayName ?? '';
  if (name.trim() === '') add('nearestLeader.displayName', said('chooseLeader'));
  else if (name.length > REQUEST_LIMITS.personName) add('nearestLeader.displayName', tooLong('leaderName', name.length, REQUEST_LIMITS.personName));
  const mail = leader?.mail ?? '';
  if (mail.length > REQUEST_LIMITS.mail || !MAIL.test(mail)) {
    add('nearestLeader.mail', said('leaderMail'));
  }

  const zone = request.slot?.timeZone ?? '';
  const current = zone ? nowIn(zone, now) : '';
  const start = request.slot?.start ?? '';
  if (zone.trim() === '') add('slot.timeZone', said('noTimeZone'));
  if (start.trim() === '') {
    // Nothing chosen yet is the common case; "gyldigt" would suggest the leader typed something wrong.
    add('slot.start', said('chooseTime'));
  } else if (!isLocalDateTime(start)) {
    add('slot.start', said('chooseValidTime'));
  } else {
    if (zone && normalizeLocal(start) <= current) add('slot.start', said('timePassed'));
    const end = request.slot.end;
    if (end !== undefined && (!isLocalDateTime(end) || normalizeLocal(end) !== addMinutesLocal(start, DIALOGUE_MINUTES))) {
      add('slot.end', said('dialogueLasts', { minutes: DIALOGUE_MINUTES }));
    }
    const periodEnd = parseIsoDate(contract.period?.end ?? '');
    if (periodEnd && start.slice(0, 10) > contract.period.end) add('slot.start', said('afterPeriod'));
  }

  if (request.room) {
    if (!MAIL.test(request.room.emailAddress ?? '') || request.room.emailAddress.length > REQUEST_LIMITS.mail) add('room', said('roomAddress'));
    if ((request.room.displayName ?? '').length > REQUEST_LIMITS.personName)
      add('room.displayName', tooLong('roomName', request.room.displayName.length, REQUEST_LIMITS.personName));
  }
  if (request.place !== undefined && request.place.length > REQUEST_LIMITS.place) {
    add('place', tooLong('place', request.place.length, REQUEST_LIMITS.place));
  }

  const seen = new Set<string>();
  request.followUps.forEach((f, i) => {
    const at = `followUps[${i}]`;
    const preset = f.preset ? findFollowUpPreset(f.preset) : undefined;
    if (f.preset && !preset) add(`${at}.preset`, said('unknownPreset'));
    if (!preset && !f.cadence) add(`${at}.cadence`, said('chooseCadence'));
    const key = followUpKey(f);
    if (seen.has(key)) add(at, said('sameFollowUp'));
    seen.add(key);
    if (f.subject !== undefined && (f.subject.trim() === '' || f.subject.length > REQUEST_LIMITS.subject)) {
      add(`${at}.subject`, f.subject.trim() === '' ? said('followUpTitleMissing') : tooLong('followUpTitle', f.subject.length, REQUEST_LIMITS.subject));
    }
    const minutes = f.durationMinutes ?? preset?.durationMinutes ?? 30;
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240) add(`${at}.durationMinutes`, said('followUpDuration'));
    if (!isLocalDateTime(f.firstStart)) {
      add(`${at}.firstStart`, said('followUpFirstInvalid'));
      return;
    }
    if (zone && normalizeLocal(f.firstStart) <= current) add(`${at}.firstStart`, said('followUpFirstPast'));
    else if (isLocalDateTime(start) && normalizeLocal(f.firstStart) < normalizeLocal(start)) add(`${at}.firstStart`, said('followUpFirstBeforeDialogue'));
    const endDate = f.endDate ?? contract.period?.end;
    if (!parseIsoDate(endDate ?? '')) add(`${at}.endDate`, said('followUpEndInvalid'));
    else if (endDate < f.firstStart.slice(0, 10)) add(`${at}.endDate`, said('followUpEndsBeforeStart'));
  });

  if (request.reminderTime !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(request.reminderTime)) {
    add('reminderTime', said('reminderTime'));
  }

  const notes = request.notes;
  if (notes) {
    const groups: [string, Record<string, string | undefined>][] = [
      ['notes.questionNotes', notes.questionNotes],
      ['notes.themeNotes', notes.themeNotes],
      ['notes.figure', notes.figure],
    ];
    for (const [path, record] of groups) {
      for (const [key, text] of Object.entries(record ?? {})) {
        if (typeof text === 'string' && text.length > REQUEST_LIMITS.note) add(`${path}.${key}`, tooLong('privateNote', text.length, REQUEST_LIMITS.note));
      }
    }
  }
  return issues;
}

/** The stable key of a follow-up choice: the preset id, or `custom-<cadence>`. */
export function followUpKey(choice: { preset?: string; cadence?: string }): string {
  return choice.preset ?? `custom-${choice.cadence ?? 'unknown'}`;
}
