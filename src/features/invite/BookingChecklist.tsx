/**
 * The visible checklist of "Book og del": one item per part, each with an icon and its status in
 * words (venter / i gang / færdig / fejlede …), announced politely as it changes.
 */
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, Circle20Regular, DismissCircle20Filled, SubtractCircle20Regular, Warning20Filled } from '@fluentui/react-icons';
import type { Locale } from '../../content/types';
import { BOOKING_STEPS, type BookingStep } from '../../domain/bookingPlan';
import { stepOutcomeText } from './bookingIssueWords';
import type { StepOutcome } from './engine';
import { inviteStrings, type ChecklistStatus } from './strings';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: `${tokens.spacingVerticalM} 0`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'grid', gridTemplateColumns: '20px 1fr', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  status: { color: tokens.colorNeutralForeground2 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  message: { gridColumn: '2', margin: 0 },
});

/** Each step's status, and why it failed or was skipped (kinds, worded here in the language shown now). */
export type ChecklistState = Record<BookingStep, { status: ChecklistStatus } & Pick<StepOutcome, 'errorKind' | 'reason'>>;

export function waitingChecklist(): ChecklistState {
  return Object.fromEntries(BOOKING_STEPS.map((s) => [s, { status: 'waiting' }])) as ChecklistState;
}

function Icon({ status }: { status: ChecklistStatus }) {
  const styles = useStyles();
  switch (status) {
    case 'running':
      return <Spinner size="extra-tiny" aria-hidden />;
    case 'done':
    case 'unchanged':
      return <CheckmarkCircle20Filled className={styles.done} aria-hidden />;
    case 'failed':
      return <DismissCircle20Filled className={styles.failed} aria-hidden />;
    case 'conflict':
      return <Warning20Filled className={styles.failed} aria-hidden />;
    case 'skipped':
      return <SubtractCircle20Regular aria-hidden />;
    default:
      return <Circle20Regular aria-hidden />;
  }
}

export function BookingChecklist({ locale, state }: { locale: Locale; state: ChecklistState }) {
  const t = inviteStrings[locale];
  const styles = useStyles();
  return (
    // eslint-disable-next-line jsx-a11y-x/no-redundant-roles -- Safari/VoiceOver drop the list role of a ul styled with list-style: none
    <ul role="list" className={styles.list} aria-label={t.book.checklistLabel} aria-live="polite" data-testid="booking-checklist">
      {BOOKING_STEPS.map((step) => {
        const { status } = state[step];
        const why = status === 'failed' || status === 'skipped' || status === 'conflict' ? stepOutcomeText(state[step], locale) : undefined;
        return (
          <li key={step} className={styles.item} data-step={step} data-status={status}>
            <Icon status={status} />
            <span>
              {t.steps[step]}: <span className={styles.status}>{t.status[status]}</span>
            </span>
            {why ? <p className={styles.message}>{why}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
