/**
 * Everything that must hold before "Book and share" sends its first request: the contract is ready
 * to share (src/domain/contractValidation.ts), the times are real, in the future and in order, and
 * every piece of text is within the limits Microsoft 365 and the documents can carry.
 *
 * Messages name the field and never quote the user's text (it may be 100 000 characters or a
 * <script>), in Danish and English.
 */
import { findFollowUpPreset } from '../../../domain/cadence';
import { validateContractForSharing } from '../../../domain/contractValidation';
import { formatNumber, parseIsoDate } from '../../../domain/dates';
import type { LocalizedText } from '../../../domain/localized';
import { graphDateTime, wallClock } from '../../../graph/timeZones';
import { addMinutesLocal, DIALOGUE_MINUTES, isLocalDateTime, normalizeLocal } from './times';
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

function tooLong(what: LocalizedText, length: number, limit: number): LocalizedText {
  return {
    da: `${what.da}: teksten er ${formatNumber(length, 'da')} tegn lang. Der er plads til ${formatNumber(limit, 'da')} tegn.`,
    en: `${what.en}: the text is ${formatNumber(length, 'en')} characters long. There is room for ${formatNumber(limit, 'en')} characters.`,
  };
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
    if (issue.severity === 'error') add(`contract.${issue.field}`, issue.message);
  }

  const leader = request.nearestLeader;
  const name = leader?.displayName ?? '';
  if (name.trim() === '') add('nearestLeader.displayName', { da: 'Vælg din nærmeste leder.', en: 'Choose your manager.' });
  else if (name.length > REQUEST_LIMITS.personName)
    add('nearestLeader.displayName', tooLong({ da: 'Nærmeste leders navn', en: "Your manager's name" }, name.length, REQUEST_LIMITS.personName));
  const mail = leader?.mail ?? '';
  if (mail.length > REQUEST_LIMITS.mail || !MAIL.test(mail)) {
    add('nearestLeader.mail', { da: 'Nærmeste leder mangler en gyldig mailadresse.', en: 'Your manager has no valid email address.' });
  }

  const zone = request.slot?.timeZone ?? '';
  const current = zone ? nowIn(zone, now) : '';
  const start = request.slot?.start ?? '';
  if (zone.trim() === '') add('slot.timeZone', { da: 'Mødet mangler en tidszone.', en: 'The meeting has no time zone.' });
  if (start.trim() === '') {
    // Nothing chosen yet is the common case; "gyldigt" would suggest the leader typed something wrong.
    add('slot.start', { da: 'Vælg et tidspunkt for dialogen.', en: 'Choose a time for the dialogue.' });
  } else if (!isLocalDateTime(start)) {
    add('slot.start', { da: 'Vælg et gyldigt tidspunkt for dialogen.', en: 'Choose a valid time for the dialogue.' });
  } else {
    if (zone && normalizeLocal(start) <= current)
      add('slot.start', {
        da: 'Tidspunktet for dialogen er allerede passeret. Vælg et nyt.',
        en: 'The time for the dialogue has already passed. Choose another.',
      });
    const end = request.slot.end;
    if (end !== undefined && (!isLocalDateTime(end) || normalizeLocal(end) !== addMinutesLocal(start, DIALOGUE_MINUTES))) {
      add('slot.end', { da: `Dialogen varer ${DIALOGUE_MINUTES} minutter.`, en: `The dialogue lasts ${DIALOGUE_MINUTES} minutes.` });
    }
    const periodEnd = parseIsoDate(contract.period?.end ?? '');
    if (periodEnd && start.slice(0, 10) > contract.period.end)
      add('slot.start', { da: 'Dialogen ligger efter aftaleperiodens slutdato.', en: 'The dialogue is after the end of the agreement period.' });
  }

  if (request.room) {
    if (!MAIL.test(request.room.emailAddress ?? '') || request.room.emailAddress.length > REQUEST_LIMITS.mail)
      add('room', { da: 'Lokalet har ingen gyldig adresse.', en: 'The room has no valid address.' });
    if ((request.room.displayName ?? '').length > REQUEST_LIMITS.personName)
      add('room.displayName', tooLong({ da: 'Lokalets navn', en: 'The room name' }, request.room.displayName.length, REQUEST_LIMITS.personName));
  }
  if (request.place !== undefined && request.place.length > REQUEST_LIMITS.place) {
    add('place', tooLong({ da: 'Mødested', en: 'Meeting place' }, request.place.length, REQUEST_LIMITS.place));
  }

  const seen = new Set<string>();
  request.followUps.forEach((f, i) => {
    const at = `followUps[${i}]`;
    const preset = f.preset ? findFollowUpPreset(f.preset) : undefined;
    if (f.preset && !preset) add(`${at}.preset`, { da: 'Ukendt type opfølgning.', en: 'Unknown kind of follow-up.' });
    if (!preset && !f.cadence) add(`${at}.cadence`, { da: 'Vælg hvor ofte I følger op.', en: 'Choose how often you follow up.' });
    const key = followUpKey(f);
    if (seen.has(key)) add(at, { da: 'Den samme opfølgning er valgt to gange.', en: 'The same follow-up is chosen twice.' });
    seen.add(key);
    if (f.subject !== undefined && (f.subject.trim() === '' || f.subject.length > REQUEST_LIMITS.subject)) {
      add(
        `${at}.subject`,
        f.subject.trim() === ''
          ? { da: 'Giv opfølgningen en titel.', en: 'Give the follow-up a title.' }
          : tooLong({ da: 'Opfølgningens titel', en: 'The follow-up title' }, f.subject.length, REQUEST_LIMITS.subject),
      );
    }
    const minutes = f.durationMinutes ?? preset?.durationMinutes ?? 30;
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240)
      add(`${at}.durationMinutes`, { da: 'Et opfølgningsmøde varer 5–240 minutter.', en: 'A follow-up meeting lasts 5–240 minutes.' });
    if (!isLocalDateTime(f.firstStart)) {
      add(`${at}.firstStart`, { da: 'Vælg en gyldig første dato for opfølgningen.', en: 'Choose a valid first date for the follow-up.' });
      return;
    }
    if (zone && normalizeLocal(f.firstStart) <= current)
      add(`${at}.firstStart`, { da: 'Første opfølgning ligger i fortiden.', en: 'The first follow-up is in the past.' });
    else if (isLocalDateTime(start) && normalizeLocal(f.firstStart) < normalizeLocal(start))
      add(`${at}.firstStart`, { da: 'Første opfølgning ligger før dialogen.', en: 'The first follow-up is before the dialogue.' });
    const endDate = f.endDate ?? contract.period?.end;
    if (!parseIsoDate(endDate ?? '')) add(`${at}.endDate`, { da: 'Opfølgningen mangler en gyldig slutdato.', en: 'The follow-up has no valid end date.' });
    else if (endDate < f.firstStart.slice(0, 10))
      add(`${at}.endDate`, { da: 'Opfølgningen slutter, før den begynder.', en: 'The follow-up ends before it starts.' });
  });

  if (request.reminderTime !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(request.reminderTime)) {
    add('reminderTime', { da: 'Vælg et klokkeslæt for påmindelserne (tt:mm).', en: 'Choose a time of day for the reminders (hh:mm).' });
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
        if (typeof text === 'string' && text.length > REQUEST_LIMITS.note)
          add(`${path}.${key}`, tooLong({ da: 'En privat note', en: 'A private note' }, text.length, REQUEST_LIMITS.note));
      }
    }
  }
  return issues;
}

/** The stable key of a follow-up choice: the preset id, or `custom-<cadence>`. */
export function followUpKey(choice: { preset?: string; cadence?: string }): string {
  return choice.preset ?? `custom-${choice.cadence ?? 'unknown'}`;
}
