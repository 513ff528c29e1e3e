/**
 * What "ready to share" means for a contract. Errors block sharing and booking; warnings are shown
 * but let the leader go on (the tool suggests 6–12 months and 2–3 points; it does not insist).
 *
 * An issue is data, not a sentence: its code and what the wording needs (which field, agreement or
 * point by name and place; lengths, limits, counts). The UI words it (src/ui/sharingIssueWords.ts with
 * src/content/contractValidationStrings.ts). Issues never carry the leader's text: they name the
 * field and, for long text, the length, so a "<script>" or 100 000 characters in a field cannot leak
 * into a message or slow it down.
 */
import { CONTRACT_TEXT_FIELD_IDS } from './catalog';
import { addMonths, parseIsoDate, startOfDay } from './dates';
import type { Agreement, Contract, ContractListFieldId, ContractTextFieldId } from './model';

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

/** A free-text field of the contract, by its id. */
export interface FieldSubject {
  kind: 'field';
  id: ContractTextFieldId;
}

/** An agreement by its list and its place in it (1-based), as the leader sees it. */
export interface AgreementSubject {
  kind: 'agreement';
  list: ContractListFieldId;
  number: number;
}

/** What an issue is about, by name and place: never by its text. */
export type IssueSubject =
  | FieldSubject
  | AgreementSubject
  /** The agreement's "when and how do I follow up". */
  | { kind: 'followUp'; list: ContractListFieldId; number: number }
  /** One of the leader's points for the dialogue (1-based). */
  | { kind: 'point'; number: number };

/** The range the tool suggests (months of the period, points for the dialogue). */
export interface SuggestedRange {
  min: number;
  max: number;
}

interface IssuePlace {
  /** Path of the field in the contract: "fields.goals", "selfAgreements[2].text", "period.end". */
  field: string;
  /** For an agreement: its id, so the UI can focus it even after the list is reordered. */
  agreementId?: string;
  severity: 'error' | 'warning';
}

/** One issue: where it is, its code, and the values its wording needs (by code). */
export type SharingIssue = IssuePlace &
  (
    | { code: 'required'; subject: FieldSubject }
    | { code: 'agreementWithoutText'; subject: AgreementSubject }
    /** {length} and {limit} in characters. */
    | { code: 'tooLong'; subject: IssueSubject; values: { length: number; limit: number } }
    /** Which of the period's dates is not a date is its `field`. */
    | { code: 'invalidDate'; field: 'period.start' | 'period.end' }
    | { code: 'endInPast' | 'endBeforeStart' | 'noSelfAgreements' | 'noLeaderAgreements' }
    | { code: 'periodTooLong' | 'periodTooShort' | 'fewPoints'; values: SuggestedRange }
    /** {count}: how many points there are. */
    | { code: 'manyPoints'; values: SuggestedRange & { count: number } }
  );

export type SharingIssueCode = SharingIssue['code'];

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
    const subject = { kind: 'field', id } as const;
    if (blank(value)) {
      add({ field, severity: 'error', code: 'required', subject });
    } else if (length(value) > TEXT_LIMITS.field) {
      add({ field, severity: 'error', code: 'tooLong', subject, values: { length: length(value), limit: TEXT_LIMITS.field } });
    }
  }

  for (const [field] of AGREEMENT_LISTS) validateAgreements(contract[field] ?? [], field, add);
  for (const [field, code] of AGREEMENT_LISTS) {
    if ((contract[field] ?? []).length === 0) add({ field, severity: 'warning', code });
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
    const subject = { kind: 'agreement', list: listId, number } as const;
    if (blank(agreement.text)) {
      add({ field: `${at}.text`, agreementId, severity: 'error', code: 'agreementWithoutText', subject });
    } else if (length(agreement.text) > TEXT_LIMITS.agreement) {
      add({
        field: `${at}.text`,
        agreementId,
        severity: 'error',
        code: 'tooLong',
        subject,
        values: { length: length(agreement.text), limit: TEXT_LIMITS.agreement },
      });
    }
    if (length(agreement.followUp) > TEXT_LIMITS.followUp) {
      add({
        field: `${at}.followUp`,
        agreementId,
        severity: 'error',
        code: 'tooLong',
        subject: { kind: 'followUp', list: listId, number },
        values: { length: length(agreement.followUp), limit: TEXT_LIMITS.followUp },
      });
    }
  });
}

function validatePeriod(period: Contract['period'] | undefined, now: Date, add: (issue: SharingIssue) => void): void {
  const start = parseIsoDate(period?.start ?? '');
  const end = parseIsoDate(period?.end ?? '');
  const dates = [
    ['period.start', start],
    ['period.end', end],
  ] as const;
  for (const [field, date] of dates) {
    if (!date) add({ field, severity: 'error', code: 'invalidDate' });
  }
  if (!start || !end) return;

  if (end.getTime() < startOfDay(now).getTime()) {
    add({ field: 'period.end', severity: 'error', code: 'endInPast' });
  }
  if (end.getTime() <= start.getTime()) {
    add({ field: 'period.end', severity: 'error', code: 'endBeforeStart' });
    return;
  }
  if (end.getTime() > addMonths(start, PERIOD_MONTHS.max).getTime()) {
    add({ field: 'period.end', severity: 'warning', code: 'periodTooLong', values: { ...PERIOD_MONTHS } });
  } else if (end.getTime() < addMonths(start, PERIOD_MONTHS.min).getTime()) {
    add({ field: 'period.end', severity: 'warning', code: 'periodTooShort', values: { ...PERIOD_MONTHS } });
  }
}

function validatePoints(points: readonly string[], add: (issue: SharingIssue) => void): void {
  points.forEach((point, i) => {
    if (length(point) > TEXT_LIMITS.point) {
      add({
        field: `preparation.points[${i}]`,
        severity: 'error',
        code: 'tooLong',
        subject: { kind: 'point', number: i + 1 },
        values: { length: length(point), limit: TEXT_LIMITS.point },
      });
    }
  });
  const filled = points.filter((p) => !blank(p)).length;
  if (filled < SUGGESTED_POINTS.min) {
    add({ field: 'preparation.points', severity: 'warning', code: 'fewPoints', values: { ...SUGGESTED_POINTS } });
  } else if (filled > SUGGESTED_POINTS.max) {
    add({ field: 'preparation.points', severity: 'warning', code: 'manyPoints', values: { ...SUGGESTED_POINTS, count: filled } });
  }
}

/** Sharing is allowed when nothing but warnings remain. */
export function isReadyToShare(issues: readonly SharingIssue[]): boolean {
  return !issues.some((i) => i.severity === 'error');
}
