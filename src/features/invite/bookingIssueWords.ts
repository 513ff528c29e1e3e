/**
 * The words for what "Book and share" answers as kinds: a request that cannot go (RequestIssue, with
 * the contract's own issues worded by ui/sharingIssueWords.ts) and a step that failed or was skipped
 * (StepOutcome: a reason of its own, else its Graph error's kind, worded by ui/graphErrorWords.ts).
 * Said in the language shown now, so a language switch rewords what is on screen.
 */
import type { Locale } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import { graphErrorText } from '../../ui/graphErrorWords';
import { lengthWords, sharingIssueText } from '../../ui/sharingIssueWords';
import { contractTroubleText } from '../nearestLeader/contractAccessStrings';
import { bookingIssueStrings } from './bookingIssueStrings';
import type { RequestIssue, StepOutcome, StepReason } from './engine';

/** The sentence for one reason the request cannot go. */
export function requestIssueText(issue: RequestIssue, locale: Locale): string {
  const t = bookingIssueStrings[locale].request;
  switch (issue.code) {
    case 'contract':
      return sharingIssueText(issue.issue, locale);
    case 'tooLong':
      return fillTemplate(t.tooLong, { what: t.names[issue.what], ...lengthWords(issue.values, locale) });
    case 'dialogueLasts':
      return fillTemplate(t.dialogueLasts, issue.values);
    default:
      return t[issue.code];
  }
}

function reasonText(reason: StepReason, locale: Locale): string {
  const t = bookingIssueStrings[locale];
  switch (reason.kind) {
    case 'chatSkipped':
      return reason.because === 'orgContact' ? t.skipped.orgContact : t.skipped.noUser;
    case 'needsFolder':
      return t.needsFolder;
    case 'saveRefused':
      return contractTroubleText(reason.trouble, locale);
  }
}

/** Why a step failed, conflicts or was skipped, when the engine said why; otherwise undefined. */
export function stepOutcomeText(outcome: Pick<StepOutcome, 'errorKind' | 'reason'>, locale: Locale): string | undefined {
  if (outcome.reason) return reasonText(outcome.reason, locale);
  return outcome.errorKind ? graphErrorText(outcome.errorKind, locale) : undefined;
}
