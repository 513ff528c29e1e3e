/**
 * The words for what stands between a contract and sharing it: src/domain/contractValidation.ts
 * answers with a SharingIssue's code and values, the UI says it with content/contractValidationStrings.ts
 * in the language shown now (as graphErrorWords.ts does for Graph failures). The words name the field,
 * agreement or point and, for long text, its length; never the leader's own text.
 */
import { contractValidationStrings, type ContractValidationStrings } from '../content/contractValidationStrings';
import type { Locale } from '../content/types';
import { fillTemplate } from '../content/uiStrings';
import type { IssueSubject, SharingIssue } from '../domain/contractValidation';
import { formatNumber } from '../domain/dateFormats';

/** A field, agreement or point by its name and place ("Aftale med dig selv nr. 3"). */
function subjectName(subject: IssueSubject, t: ContractValidationStrings): string {
  switch (subject.kind) {
    case 'field':
      return t.fields[subject.id];
    case 'agreement':
      return fillTemplate(t.numbered, { list: t.lists[subject.list], number: subject.number });
    case 'followUp':
      return fillTemplate(t.followUpOf, { item: fillTemplate(t.numbered, { list: t.lists[subject.list].toLowerCase(), number: subject.number }) });
    case 'point':
      return fillTemplate(t.point, { number: subject.number });
  }
}

/** A length and its limit, written the language's way ("100.000" / "100,000"), for a "too long" sentence. */
export function lengthWords(values: { length: number; limit: number }, locale: Locale): { length: string; limit: string } {
  return { length: formatNumber(values.length, locale), limit: formatNumber(values.limit, locale) };
}

/** The sentence for an issue, in the language shown now (numbers written the language's way). */
export function sharingIssueText(issue: SharingIssue, locale: Locale): string {
  const t = contractValidationStrings[locale];
  switch (issue.code) {
    case 'required':
      return fillTemplate(t.required, { field: subjectName(issue.subject, t) });
    case 'agreementWithoutText':
      return fillTemplate(t.agreementWithoutText, { item: subjectName(issue.subject, t) });
    case 'tooLong':
      return fillTemplate(t.tooLong, { what: subjectName(issue.subject, t), ...lengthWords(issue.values, locale) });
    case 'invalidDate':
      return issue.field === 'period.start' ? t.invalidStart : t.invalidEnd;
    case 'endInPast':
    case 'endBeforeStart':
    case 'noSelfAgreements':
    case 'noLeaderAgreements':
      return t[issue.code];
    case 'periodTooLong':
    case 'periodTooShort':
    case 'fewPoints':
    case 'manyPoints':
      return fillTemplate(t[issue.code], { ...issue.values });
  }
}
