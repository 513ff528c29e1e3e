/**
 * What the last "Book og del" came to: the issues to fix (nothing booked), what failed in plain
 * words with "Prøv igen", or the summary linking to everything created.
 */
import { Button, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { forwardRef } from 'react';
import type { Locale } from '../../content/types';
import { fillTemplate, type UiStrings } from '../../content/uiStrings';
import type { StepId } from '../../domain/model';
import { graphErrorText } from '../../ui/graphErrorWords';
import { useSharedStyles } from '../../ui/sharedStyles';
import { adminConsentUrl } from '../../auth/adminConsent';
import { appConfig } from '../../config';
import { requestIssueText, stepOutcomeText } from './bookingIssueWords';
import { meetingTabText } from '../meetingTab/strings';
import { issueArea, type IssueArea } from './choices';
import { summaryLinks } from './links';
import { inviteStrings } from './strings';
import type { RunOutcome } from './useBookAndShare';

const useStyles = makeStyles({
  box: {
    marginTop: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    border: `2px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus': { outline: 'none' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  done: { border: `2px solid ${tokens.colorPaletteGreenBorder2}` },
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalXL },
});

const STEP_OF_AREA: Partial<Record<IssueArea, StepId>> = { contract: 'contract', prepare: 'prepare', guide: 'guide' };

export interface BookingOutcomeProps {
  locale: Locale;
  outcome: RunOutcome | undefined;
  appStrings: UiStrings;
  onRetry(): void;
  onGoTo(step: StepId): void;
  retryDisabled: boolean;
}

export const BookingOutcome = forwardRef<HTMLDivElement, BookingOutcomeProps>(function BookingOutcome(
  { locale, outcome, appStrings, onRetry, onGoTo, retryDisabled },
  ref,
) {
  const t = inviteStrings[locale];
  const shared = useSharedStyles();
  const styles = useStyles();
  if (!outcome) return null;

  if (outcome.status === 'invalid') {
    const earlier = [
      ...new Set(
        outcome.issues
          .map(issueArea)
          .map((a) => STEP_OF_AREA[a])
          .filter((s): s is StepId => s !== undefined),
      ),
    ];
    return (
      <div ref={ref} tabIndex={-1} className={styles.box} role="alert" data-testid="booking-invalid">
        <h3 className={shared.h3}>{t.book.invalidHeading}</h3>
        <ul className={styles.list}>
          {outcome.issues.map((issue, i) => (
            <li key={`${issue.field}-${i}`} data-issue-field={issue.field}>
              {requestIssueText(issue, locale)}
            </li>
          ))}
        </ul>
        {earlier.length ? (
          <>
            <p>{t.book.earlierSteps}</p>
            {earlier.map((step) => (
              <Button key={step} appearance="secondary" onClick={() => onGoTo(step)}>
                {fillTemplate(t.book.goToStep, { step: appStrings.app.steps[step] })}
              </Button>
            ))}
          </>
        ) : null}
      </div>
    );
  }

  if (outcome.status === 'error' || outcome.status === 'partial') {
    const failed = outcome.status === 'partial' ? outcome.steps.filter((s) => s.status === 'failed' || s.status === 'conflict') : [];
    return (
      <div ref={ref} tabIndex={-1} className={styles.box} role="alert" data-testid="booking-partial">
        <h3 className={shared.h3}>{t.book.partialHeading}</h3>
        {outcome.status === 'error' ? <p>{graphErrorText(outcome.errorKind, locale)}</p> : null}
        {failed.length ? (
          <ul className={styles.list}>
            {failed.map((s) => (
              <li key={s.step}>
                {t.steps[s.step]}: {stepOutcomeText(s, locale) ?? t.status[s.status]}
              </li>
            ))}
          </ul>
        ) : null}
        <p>{t.book.partialIntro}</p>
        <p className={shared.muted}>{t.book.draftSafe}</p>
        <Button appearance="primary" icon={<ArrowClockwise20Regular />} onClick={onRetry} disabled={retryDisabled}>
          {t.book.retry}
        </Button>
      </div>
    );
  }

  const links = summaryLinks(outcome.links, outcome.bookings);
  const skipped = outcome.steps.flatMap((s) => {
    const why = s.status === 'skipped' ? stepOutcomeText(s, locale) : undefined;
    return why ? [{ step: s.step, why }] : [];
  });
  return (
    <div ref={ref} tabIndex={-1} className={`${styles.box} ${styles.done}`} role="status" data-testid="booking-complete">
      <h3 className={shared.h3}>{t.book.completeHeading}</h3>
      <p>{t.book.completeIntro}</p>
      <ul className={styles.list}>
        {links.map((l) => (
          <li key={l.key}>
            <Link href={l.href} target="_blank" rel="noreferrer" data-link={l.key}>
              {t.links[l.key]}
              <span className={shared.visuallyHidden}> {t.links.opensInNewTab}</span>
            </Link>
          </li>
        ))}
      </ul>
      {skipped.map((s) => (
        <MessageBar key={s.step} intent="info">
          <MessageBarBody>{s.why}</MessageBarBody>
        </MessageBar>
      ))}
      {outcome.meetingTab ? (
        <MessageBar intent="info" data-testid="meeting-tab-outcome" data-status={outcome.meetingTab.status}>
          <MessageBarBody>
            {meetingTabText(outcome.meetingTab.status, locale)}
            {outcome.meetingTab.status === 'notAllowed' &&
            (outcome.meetingTab.errorKind === 'consentMissing' || outcome.meetingTab.errorKind === 'accessDenied') ? (
              <>
                {' '}
                {t.book.pinNeedsAdmin}{' '}
                <Link href={adminConsentUrl(appConfig)} target="_blank" rel="noreferrer" data-testid="meeting-tab-admin-link">
                  {t.time.adminLink}
                </Link>
              </>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
});
