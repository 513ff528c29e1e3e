/** The contract period (start and end date, 6–12 months), with the domain's own warnings. */
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { fillTemplate } from '../../content/uiStrings';
import { formatDate } from '../../domain/dateFormats';
import { parseIsoDate } from '../../domain/dates';
import { setPeriod } from '../../domain/draftEdits';
import { bookingsPastEnd, isEmptyPastEnd } from '../../domain/periodEnd';
import { useApp } from '../../ui/AppContext';
import { CardSection } from '../../ui/CardSection';
import { PeriodEndNotice } from './PeriodEndNotice';
import { useFieldIssues } from './useFieldIssues';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  date: { minWidth: '180px' },
  summary: { margin: `${tokens.spacingVerticalS} 0 0` },
});

export function ContractPeriod() {
  const { draft, update, t, locale } = useApp();
  const styles = useStyles();
  const { period } = draft.contract;
  const message = useFieldIssues();
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);

  return (
    <CardSection headingId="period-heading" heading={t.contract.periodHeading} hint={t.contract.periodHint}>
      <div className={styles.row}>
        <Field label={t.contract.periodStart} className={styles.date} {...message('period.start')}>
          <Input type="date" value={period.start} onChange={(_, data) => update((d) => setPeriod(d, { start: data.value }))} />
        </Field>
        <Field label={t.contract.periodEnd} className={styles.date} {...message('period.end')}>
          <Input type="date" value={period.end} onChange={(_, data) => update((d) => setPeriod(d, { end: data.value }))} />
        </Field>
      </div>
      {start && end && end > start ? (
        <p className={styles.summary}>{fillTemplate(t.contract.periodLength, { start: formatDate(start, locale), end: formatDate(end, locale) })}</p>
      ) : null}
      {end && draft.contract.bookings && !isEmptyPastEnd(bookingsPastEnd(draft.contract.bookings, period.end)) ? (
        <PeriodEndNotice contract={draft.contract} />
      ) : null}
    </CardSection>
  );
}
