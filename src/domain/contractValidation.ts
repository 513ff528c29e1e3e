/**
 * What "ready to share" means for a contract. Errors block sharing and booking; warnings are shown
 * but let the leader go on (the tool suggests 6–12 months and 2–3 points; it does not insist).
 *
 * Messages never quote the leader's text: they name the field and, for long text, the length, so
 * a "<script>" or 100 000 characters in a field cannot leak into the message or slow it down.
 */
import type { Locale } from '../content/types';
import { fillTemplate } from '../content/uiStrings';
import { CONTRACT_TEXT_FIELD_IDS } from './catalog';
import { contractValidationStrings, type ContractValidationStrings } from './contractValidationStrings';
import { formatNumber } from './dateFormats';
import { addMonths, parseIsoDate, startOfDay } from './dates';
import { bothLanguages, type LocalizedText } from './localized';
import type { Agreement, Contract, ContractListFieldId } from './model';

export const TEXT_LIMITS = {
  /** Each of the three free-text fields. */
  field: 4000,
  /** An agreement's text, and its "when and how do I follow up". */
  agreement: 500,
  followUp: 500,
  /** Each of the leader's points for the dialogue. */
  point: 500,
} as const;

export const PERIOD_MONTHS = { min: 6, max: 12 } as const;
export const SUGGESTED_POINTS = { min: 2, max: 3 } as const;

export type SharingIssueCode =
  | 'required'
  | 'agreementWithoutText'
  | 'tooLong'
  | 'invalidDate'
  | 'endInPast'
  | 'endBeforeStart'
  | 'periodTooShort'
  | 'periodTooLong'
  | 'noSelfAgreements'
  | 'noLeaderAgreements'
  | 'fewPoints'
  | 'manyPoints';

export interface SharingIssue {
  /** Path of the field in the contract: "fields.goals", "selfAgreements[2].text", "period.end". */
  field: string;
  /** For an agreement: its id, so the UI can focus it even after the list is reordered. */
  agreementId?: string;
  severity: 'error' | 'warning';
  code: SharingIssueCode;
  message: LocalizedText;
}

/** One language's words for a message, from that language's strings. */
type Wording = (t: ContractValidationStrings, locale: Locale) => string;

/** A message in both languages (SharingIssue keeps both: the issue outlives a language switch). */
function say(wording: Wording): LocalizedText {
  return bothLanguages((locale) => wording(contractValidationStrings[locale], locale));
}

/** A text of the strings module with its placeholders (if any) filled, in both languages. */
function sayFilled(text: (t: ContractValidationStrings) => string, values: Record<string, string | number> = {}): LocalizedText {
  return say((t) => fillTemplate(text(t), values));
}

function tooLong(length: number, limit: number, what: Wording): LocalizedText {
  return say((t, locale) => fillTemplate(t.tooLong, { what: what(t, locale), length: formatNumber(length, locale), limit: formatNumber(limit, locale) }));
}

function blank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function length(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

/** Both agreement lists, each with the warning it gets when it is empty (checked in this order). */
const AGREEMENT_LISTS = [
  ['selfAgreements', 'noSelfAgreements'],
  ['leaderAgreements', 'noLeaderAgreements'],
] as const;

/** Every issue that stands between this contract and sharing it; an empty list means ready. */
export function validateContractForSharing(contract: Contract, now: Date): SharingIssue[] {
  const issues: SharingIssue[] = [];
  const add = (issue: SharingIssue) => issues.push(issue);

  for (const id of CONTRACT_TEXT_FIELD_IDS) {
    const value = contract.fields?.[id];
    const field = `fields.${id}`;
    if (blank(value)) {
      add({ field, severity: 'error', code: 'required', message: say((t) => fillTemplate(t.required, { field: t.fields[id] })) });
    } else if (length(value) > TEXT_LIMITS.field) {
      add({ field, severity: 'error', code: 'tooLong', message: tooLong(length(value), TEXT_LIMITS.field, (t) => t.fields[id]) });
    }
  }

  for (const [field] of AGREEMENT_LISTS) validateAgreements(contract[field] ?? [], field, add);
  for (const [field, code] of AGREEMENT_LISTS) {
    if ((contract[field] ?? []).length === 0) add({ field, severity: 'warning', code, message: sayFilled((t) => t[code]) });
  }

  validatePeriod(contract.period, now, add);
  validatePoints(contract.preparation?.points ?? [], add);
  return issues;
}

function validateAgreements(list: readonly Agreement[], listId: ContractListFieldId, add: (issue: SharingIssue) => void): void {
  list.forEach((agreement, i) => {
    const at = `${listId}[${i}]`;
    const agreementId = agreement.id;
    const number = i + 1;
    const item: Wording = (t) => fillTemplate(t.numbered, { list: t.lists[listId], number });
    if (blank(agreement.text)) {
      add({
        field: `${at}.text`,
        agreementId,
        severity: 'error',
        code: 'agreementWithoutText',
        message: say((t, locale) => fillTemplate(t.agreementWithoutText, { item: item(t, locale) })),
      });
    } else if (length(agreement.text) > TEXT_LIMITS.agreement) {
      add({
        field: `${at}.text`,
        agreementId,
        severity: 'error',
        code: 'tooLong',
        message: tooLong(length(agreement.text), TEXT_LIMITS.agreement, item),
      });
    }
    if (length(agreement.followUp) > TEXT_LIMITS.followUp) {
      add({
        field: `${at}.followUp`,
        agreementId,
        severity: 'error',
        code: 'tooLong',
        message: tooLong(length(agreement.followUp), TEXT_LIMITS.followUp, (t) =>
          fillTemplate(t.followUpOf, { item: fillTemplate(t.numbered, { list: t.lists[listId].toLowerCase(), number }) }),
        ),
      });
    }
  });
}

function validatePeriod(period: Contract['period'] | undefined, now: Date, add: (issue: SharingIssue) => void): void {
  const start = parseIsoDate(period?.start ?? '');
  const end = parseIsoDate(period?.end ?? '');
  const dates = [
    ['period.start', start, 'invalidStart'],
    ['period.end', end, 'invalidEnd'],
  ] as const;
  for (const [field, date, text] of dates) {
    if (!date) add({ field, severity: 'error', code: 'invalidDate', message: sayFilled((t) => t[text]) });
  }
  if (!start || !end) return;

  if (end.getTime() < startOfDay(now).getTime()) {
    add({
      field: 'period.end',
      severity: 'error',
      code: 'endInPast',
      message: sayFilled((t) => t.endInPast),
    });
  }
  if (end.getTime() <= start.getTime()) {
    add({
      field: 'period.end',
      severity: 'error',
      code: 'endBeforeStart',
      message: sayFilled((t) => t.endBeforeStart),
    });
    return;
  }
  if (end.getTime() > addMonths(start, PERIOD_MONTHS.max).getTime()) {
    add({
      field: 'period.end',
      severity: 'warning',
      code: 'periodTooLong',
      message: sayFilled((t) => t.periodTooLong, PERIOD_MONTHS),
    });
  } else if (end.getTime() < addMonths(start, PERIOD_MONTHS.min).getTime()) {
    add({
      field: 'period.end',
      severity: 'warning',
      code: 'periodTooShort',
      message: sayFilled((t) => t.periodTooShort, PERIOD_MONTHS),
    });
  }
}

function validatePoints(points: readonly string[], add: (issue: SharingIssue) => void): void {
  points.forEach((point, i) => {
    if (length(point) > TEXT_LIMITS.point) {
      add({
        field: `preparation.points[${i}]`,
        severity: 'error',
        code: 'tooLong',
        message: tooLong(length(point), TEXT_LIMITS.point, (t) => fillTemplate(t.point, { number: i + 1 })),
      });
    }
  });
  const filled = points.filter((p) => !blank(p)).length;
  if (filled < SUGGESTED_POINTS.min) {
    add({
      field: 'preparation.points',
      severity: 'warning',
      code: 'fewPoints',
      message: sayFilled((t) => t.fewPoints, SUGGESTED_POINTS),
    });
  } else if (filled > SUGGESTED_POINTS.max) {
    add({
      field: 'preparation.points',
      severity: 'warning',
      code: 'manyPoints',
      message: sayFilled((t) => t.manyPoints, { ...SUGGESTED_POINTS, count: filled }),
    });
  }
}

/** Sharing is allowed when nothing but warnings remain. */
export function isReadyToShare(issues: readonly SharingIssue[]): boolean {
  return !issues.some((i) => i.severity === 'error');
}
