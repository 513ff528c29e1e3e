/**
 * Everything that must hold before "Book and share" sends its first request: the contract is ready
 * to share (src/domain/contractValidation.ts), the times are real, in the future and in order, and
 * every piece of text is within the limits Microsoft 365 and the documents can carry.
 *
 * An issue is a code and the values its wording needs, never a sentence: the invite step words it
 * (bookingIssueWords.ts). Issues name the field and never carry the user's text (it may be 100 000
 * characters or a <script>).
 */
import { findFollowUpPreset } from '../../../domain/cadence';
import { validateContractForSharing, type SharingIssue } from '../../../domain/contractValidation';
import { parseIsoDate } from '../../../domain/dates';
import { graphDateTime, wallClock } from '../../../graph/timeZones';
import { addMinutesLocal, DIALOGUE_MINUTES, isLocalDateTime, normalizeLocal } from './times';
import type { BookAndShareRequest } from './request';

/** A problem of the request that needs no values to be said. */
export type RequestProblem =
  | 'chooseLeader'
  | 'leaderMail'
  | 'noTimeZone'
  | 'chooseTime'
  | 'chooseValidTime'
  | 'timePassed'
  | 'afterPeriod'
  | 'roomAddress'
  | 'unknownPreset'
  | 'chooseCadence'
  | 'sameFollowUp'
  | 'followUpTitleMissing'
  | 'followUpDuration'
  | 'followUpFirstInvalid'
  | 'followUpFirstPast'
  | 'followUpFirstBeforeDialogue'
  | 'followUpEndInvalid'
  | 'followUpEndsBeforeStart'
  | 'reminderTime';

/** A text of the request that can be too long, by what it is. */
export type RequestText = 'leaderName' | 'roomName' | 'place' | 'followUpTitle' | 'privateNote';

export type RequestIssue = {
  /** Where: "slot.start", "followUps[0].firstStart", "contract.fields.goals", … */
  field: string;
} & (
  | { code: RequestProblem }
  /** The contract is not ready to share: the domain's own issue (an error). */
  | { code: 'contract'; issue: SharingIssue }
  /** {length} and {limit} in characters. */
  | { code: 'tooLong'; what: RequestText; values: { length: number; limit: number } }
  /** The slot's end is not the dialogue's length after its start. */
  | { code: 'dialogueLasts'; values: { minutes: number } }
);

export const REQUEST_LIMITS = {
  personName: 200,
  mail: 320,
  place: 200,
  subject: 200,
  /** A private note (per question/theme/direction). */
  note: 20_000,
} as const;

const MAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** "Now" as wall-clock text in the zone, comparable with a slot's local start. */
function nowIn(zone: string, now: Date): string {
  const c = wallClock(now, zone);
  return graphDateTime(c.year, c.month, c.day, c.hour, c.minute);
}

/** Every problem with the request; empty means "go". */
export function validateRequest(request: BookAndShareRequest): RequestIssue[] {
  const issues: RequestIssue[] = [];
  const add = (field: string, problem: RequestProblem) => issues.push({ field, code: problem });
  const tooLong = (field: string, what: RequestText, length: number, limit: number) => issues.push({ field, code: 'tooLong', what, values: { length, limit } });
  const now = request.now ?? new Date();
  const { contract } = request;

  for (const issue of validateContractForSharing(contract, now)) {
    if (issue.severity === 'error') issues.push({ field: `contract.${issue.field}`, code: 'contract', issue });
  }

  const leader = request.nearestLeader;
  const name = leader?.displayName ?? '';
  if (name.trim() === '') add('nearestLeader.displayName', 'chooseLeader');
  else if (name.length > REQUEST_LIMITS.personName) tooLong('nearestLeader.displayName', 'leaderName', name.length, REQUEST_LIMITS.personName);
  const mail = leader?.mail ?? '';
  if (mail.length > REQUEST_LIMITS.mail || !MAIL.test(mail)) {
    add('nearestLeader.mail', 'leaderMail');
  }

  const zone = request.slot?.timeZone ?? '';
  const current = zone ? nowIn(zone, now) : '';
  const start = request.slot?.start ?? '';
  if (zone.trim() === '') add('slot.timeZone', 'noTimeZone');
  if (start.trim() === '') {
    // Nothing chosen yet is the common case; "gyldigt" would suggest the leader typed something wrong.
    add('slot.start', 'chooseTime');
  } else if (!isLocalDateTime(start)) {
    add('slot.start', 'chooseValidTime');
  } else {
    if (zone && normalizeLocal(start) <= current) add('slot.start', 'timePassed');
    const end = request.slot.end;
    if (end !== undefined && (!isLocalDateTime(end) || normalizeLocal(end) !== addMinutesLocal(start, DIALOGUE_MINUTES))) {
      issues.push({ field: 'slot.end', code: 'dialogueLasts', values: { minutes: DIALOGUE_MINUTES } });
    }
    const periodEnd = parseIsoDate(contract.period?.end ?? '');
    if (periodEnd && start.slice(0, 10) > contract.period.end) add('slot.start', 'afterPeriod');
  }

  if (request.room) {
    if (!MAIL.test(request.room.emailAddress ?? '') || request.room.emailAddress.length > REQUEST_LIMITS.mail) add('room', 'roomAddress');
    if ((request.room.displayName ?? '').length > REQUEST_LIMITS.personName)
      tooLong('room.displayName', 'roomName', request.room.displayName.length, REQUEST_LIMITS.personName);
  }
  if (request.place !== undefined && request.place.length > REQUEST_LIMITS.place) {
    tooLong('place', 'place', request.place.length, REQUEST_LIMITS.place);
  }

  const seen = new Set<string>();
  request.followUps.forEach((f, i) => {
    const at = `followUps[${i}]`;
    const preset = f.preset ? findFollowUpPreset(f.preset) : undefined;
    if (f.preset && !preset) add(`${at}.preset`, 'unknownPreset');
    if (!preset && !f.cadence) add(`${at}.cadence`, 'chooseCadence');
    const key = followUpKey(f);
    if (seen.has(key)) add(at, 'sameFollowUp');
    seen.add(key);
    if (f.subject !== undefined) {
      if (f.subject.trim() === '') add(`${at}.subject`, 'followUpTitleMissing');
      else if (f.subject.length > REQUEST_LIMITS.subject) tooLong(`${at}.subject`, 'followUpTitle', f.subject.length, REQUEST_LIMITS.subject);
    }
    const minutes = f.durationMinutes ?? preset?.durationMinutes ?? 30;
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240) add(`${at}.durationMinutes`, 'followUpDuration');
    if (!isLocalDateTime(f.firstStart)) {
      add(`${at}.firstStart`, 'followUpFirstInvalid');
      return;
    }
    if (zone && normalizeLocal(f.firstStart) <= current) add(`${at}.firstStart`, 'followUpFirstPast');
    else if (isLocalDateTime(start) && normalizeLocal(f.firstStart) < normalizeLocal(start)) add(`${at}.firstStart`, 'followUpFirstBeforeDialogue');
    const endDate = f.endDate ?? contract.period?.end;
    if (!parseIsoDate(endDate ?? '')) add(`${at}.endDate`, 'followUpEndInvalid');
    else if (endDate < f.firstStart.slice(0, 10)) add(`${at}.endDate`, 'followUpEndsBeforeStart');
  });

  if (request.reminderTime !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(request.reminderTime)) {
    add('reminderTime', 'reminderTime');
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
        if (typeof text === 'string' && text.length > REQUEST_LIMITS.note) tooLong(`${path}.${key}`, 'privateNote', text.length, REQUEST_LIMITS.note);
      }
    }
  }
  return issues;
}

/** The stable key of a follow-up choice: the preset id, or `custom-<cadence>`. */
export function followUpKey(choice: { preset?: string; cadence?: string }): string {
  return choice.preset ?? `custom-${choice.cadence ?? 'unknown'}`;
}
