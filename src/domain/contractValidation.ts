/**
 * What "ready to share" means for a contract. Errors block sharing and booking; warnings are shown
 * but let the leader go on (the tool suggests 6–12 months and 2–3 points; it does not insist).
 *
 * Messages never quote the leader's text: they name the field and, for long text, the length, so
 * a "<script>" or 100 000 characters in a field cannot leak into the message or slow it down.
 */
import { addMonths, formatNumber, parseIsoDate, startOfDay } from './dates';
import type { LocalizedText } from './localized';
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

const FIELD_NAMES: Record<ContractTextFieldId, LocalizedText> = {
  goals: { da: 'Mål for din ledelsesopgave', en: 'Goals for your leadership role' },
  workEnvironment: { da: 'Dit psykiske arbejdsmiljø', en: 'Your psychosocial work environment' },
  alignWithLeader: { da: 'Det du vil afstemme med nærmeste leder', en: 'What you want to align with your manager' },
};

const LIST_NAMES: Record<ContractListFieldId, LocalizedText> = {
  selfAgreements: { da: 'Aftale med dig selv', en: 'Agreement with yourself' },
  leaderAgreements: { da: 'Aftale med nærmeste leder', en: 'Agreement with your manager' },
};

function tooLong(length: number, limit: number, what: LocalizedText): LocalizedText {
  return {
    da: `${what.da}: teksten er ${formatNumber(length, 'da')} tegn lang. Der er plads til ${formatNumber(limit, 'da')} tegn – forkort den.`,
    en: `${what.en}: the text is ${formatNumber(length, 'en')} characters long. There is room for ${formatNumber(limit, 'en')} characters – please shorten it.`,
  };
}

function blank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function length(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

/** Every issue that stands between this contract and sharing it; an empty list means ready. */
export function validateContractForSharing(contract: Contract, now: Date): SharingIssue[] {
  const issues: SharingIssue[] = [];
  const add = (issue: SharingIssue) => issues.push(issue);

  for (const id of Object.keys(FIELD_NAMES) as ContractTextFieldId[]) {
    const value = contract.fields?.[id];
    const name = FIELD_NAMES[id];
    const field = `fields.${id}`;
    if (blank(value)) {
      add({ field, severity: 'error', code: 'required', message: { da: `Udfyld „${name.da}“.`, en: `Fill in “${name.en}”.` } });
    } else if (length(value) > TEXT_LIMITS.field) {
      add({ field, severity: 'error', code: 'tooLong', message: tooLong(length(value), TEXT_LIMITS.field, name) });
    }
  }

  validateAgreements(contract.selfAgreements ?? [], 'selfAgreements', add);
  validateAgreements(contract.leaderAgreements ?? [], 'leaderAgreements', add);
  if ((contract.selfAgreements ?? []).length === 0) {
    add({
      field: 'selfAgreements',
      severity: 'warning',
      code: 'noSelfAgreements',
      message: { da: 'Du har ingen aftaler med dig selv endnu.', en: 'You have no agreements with yourself yet.' },
    });
  }
  if ((contract.leaderAgreements ?? []).length === 0) {
    add({
      field: 'leaderAgreements',
      severity: 'warning',
      code: 'noLeaderAgreements',
      message: {
        da: 'Ingen aftaler med nærmeste leder endnu – dem kan I også lave sammen i dialogen.',
        en: 'No agreements with your manager yet – you can also make them together in the dialogue.',
      },
    });
  }

  validatePeriod(contract.period, now, add);
  validatePoints(contract.preparation?.points ?? [], add);
  return issues;
}

function validateAgreements(list: readonly Agreement[], listId: ContractListFieldId, add: (issue: SharingIssue) => void): void {
  const name = LIST_NAMES[listId];
  list.forEach((agreement, i) => {
    const at = `${listId}[${i}]`;
    const agreementId = agreement.id;
    const number = i + 1;
    if (blank(agreement.text)) {
      add({
        field: `${at}.text`,
        agreementId,
        severity: 'error',
        code: 'agreementWithoutText',
        message: {
          da: `${name.da} nr. ${number} har ingen tekst. Skriv aftalen, eller fjern den.`,
          en: `${name.en} no. ${number} has no text. Write the agreement or remove it.`,
        },
      });
    } else if (length(agreement.text) > TEXT_LIMITS.agreement) {
      add({
        field: `${at}.text`,
        agreementId,
        severity: 'error',
        code: 'tooLong',
        message: tooLong(length(agreement.text), TEXT_LIMITS.agreement, { da: `${name.da} nr. ${number}`, en: `${name.en} no. ${number}` }),
      });
    }
    if (length(agreement.followUp) > TEXT_LIMITS.followUp) {
      add({
        field: `${at}.followUp`,
        agreementId,
        severity: 'error',
        code: 'tooLong',
        message: tooLong(length(agreement.followUp), TEXT_LIMITS.followUp, {
          da: `Opfølgning på ${name.da.toLowerCase()} nr. ${number}`,
          en: `Follow-up of ${name.en.toLowerCase()} no. ${number}`,
        }),
      });
    }
  });
}

function validatePeriod(period: Contract['period'] | undefined, now: Date, add: (issue: SharingIssue) => void): void {
  const start = parseIsoDate(period?.start ?? '');
  const end = parseIsoDate(period?.end ?? '');
  if (!start)
    add({
      field: 'period.start',
      severity: 'error',
      code: 'invalidDate',
      message: { da: 'Vælg en gyldig startdato for perioden.', en: 'Choose a valid start date for the period.' },
    });
  if (!end)
    add({
      field: 'period.end',
      severity: 'error',
      code: 'invalidDate',
      message: { da: 'Vælg en gyldig slutdato for perioden.', en: 'Choose a valid end date for the period.' },
    });
  if (!start || !end) return;

  if (end.getTime() < startOfDay(now).getTime()) {
    add({
      field: 'period.end',
      severity: 'error',
      code: 'endInPast',
      message: { da: 'Periodens slutdato ligger i fortiden.', en: 'The end of the period is in the past.' },
    });
  }
  if (end.getTime() <= start.getTime()) {
    add({
      field: 'period.end',
      severity: 'error',
      code: 'endBeforeStart',
      message: { da: 'Periodens slutdato skal ligge efter startdatoen.', en: 'The end of the period must be after its start.' },
    });
    return;
  }
  const range = { da: `${PERIOD_MONTHS.min}–${PERIOD_MONTHS.max} måneder`, en: `${PERIOD_MONTHS.min}–${PERIOD_MONTHS.max} months` };
  if (end.getTime() > addMonths(start, PERIOD_MONTHS.max).getTime()) {
    add({
      field: 'period.end',
      severity: 'warning',
      code: 'periodTooLong',
      message: {
        da: `Perioden er længere end ${PERIOD_MONTHS.max} måneder. Værktøjet lægger op til ${range.da}.`,
        en: `The period is longer than ${PERIOD_MONTHS.max} months. The tool suggests ${range.en}.`,
      },
    });
  } else if (end.getTime() < addMonths(start, PERIOD_MONTHS.min).getTime()) {
    add({
      field: 'period.end',
      severity: 'warning',
      code: 'periodTooShort',
      message: {
        da: `Perioden er kortere end ${PERIOD_MONTHS.min} måneder. Værktøjet lægger op til ${range.da}.`,
        en: `The period is shorter than ${PERIOD_MONTHS.min} months. The tool suggests ${range.en}.`,
      },
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
        message: tooLong(length(point), TEXT_LIMITS.point, { da: `Punkt ${i + 1}`, en: `Point ${i + 1}` }),
      });
    }
  });
  const filled = points.filter((p) => !blank(p)).length;
  if (filled < SUGGESTED_POINTS.min) {
    add({
      field: 'preparation.points',
      severity: 'warning',
      code: 'fewPoints',
      message: {
        da: `Vælg ${SUGGESTED_POINTS.min}–${SUGGESTED_POINTS.max} punkter, du vil tage op i dialogen.`,
        en: `Choose ${SUGGESTED_POINTS.min}–${SUGGESTED_POINTS.max} points to raise in the dialogue.`,
      },
    });
  } else if (filled > SUGGESTED_POINTS.max) {
    add({
      field: 'preparation.points',
      severity: 'warning',
      code: 'manyPoints',
      message: {
        da: `Du har ${filled} punkter. Værktøjet foreslår ${SUGGESTED_POINTS.min}–${SUGGESTED_POINTS.max}, så der er tid til dem alle.`,
        en: `You have ${filled} points. The tool suggests ${SUGGESTED_POINTS.min}–${SUGGESTED_POINTS.max}, so there is time for each.`,
      },
    });
  }
}

/** Sharing is allowed when nothing but warnings remain. */
export function isReadyToShare(issues: readonly SharingIssue[]): boolean {
  return !issues.some((i) => i.severity === 'error');
}
