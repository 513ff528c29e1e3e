/**
 * "Større opfølgning på kvartalsdialogen": the agreements' statuses at the last quarterly dialogue
 * against now, as a table (counts per status, then and now) and per agreement the direction.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Locale } from '../../content/types';
import { FOLLOW_UP_STATUSES, FOLLOW_UP_STATUS_LABELS, findAgreement } from '../../domain/followUp';
import { quarterlyTrend } from '../../domain/followUpTrend';
import type { Contract } from '../../domain/model';
import { useSharedStyles } from '../../ui/sharedStyles';
import { fullDate } from './StatusChart';
import { fill, followUpStrings } from './strings';

const useStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    '& th, & td': {
      textAlign: 'left',
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
});

export function QuarterlyTrendPanel({ locale, contract, today }: { locale: Locale; contract: Contract; today: string }) {
  const t = followUpStrings[locale].quarterly;
  const shared = useSharedStyles();
  const styles = useStyles();
  const id = useId();
  const trend = quarterlyTrend(contract, today);
  const since = fullDate(trend.since, locale);
  const unrecordedThen = trend.agreements.filter((a) => !a.then).length;
  const unrecordedNow = trend.agreements.filter((a) => !a.now).length;
  return (
    <section className={shared.section} aria-labelledby={`${id}-h`} data-testid="quarterly-trend">
      <h2 id={`${id}-h`} className={shared.h2}>
        {t.heading}
      </h2>
      <p>{fill(trend.sinceFromSeries ? t.intro : t.introStart, { date: since })}</p>
      <table className={styles.table}>
        <caption className={styles.caption}>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.status}</th>
            <th scope="col">{fill(t.then, { date: since })}</th>
            <th scope="col">{t.now}</th>
          </tr>
        </thead>
        <tbody>
          {FOLLOW_UP_STATUSES.map((s) => (
            <tr key={s} data-status={s}>
              <th scope="row">{FOLLOW_UP_STATUS_LABELS[s][locale]}</th>
              <td data-col="then">{trend.then[s]}</td>
              <td data-col="now">{trend.now[s]}</td>
            </tr>
          ))}
          <tr data-status="none">
            <th scope="row">{t.noRecord}</th>
            <td data-col="then">{unrecordedThen}</td>
            <td data-col="now">{unrecordedNow}</td>
          </tr>
        </tbody>
      </table>
      <p>{trend.recordsSince === 0 ? t.sinceNone : trend.recordsSince === 1 ? t.sinceOne : fill(t.since, { count: trend.recordsSince })}</p>
      <ul>
        {trend.agreements.map((a) => (
          <li key={a.agreementId} data-trend={a.direction}>
            {findAgreement(contract, a.agreementId)?.agreement.text}: {t[a.direction]}
          </li>
        ))}
      </ul>
    </section>
  );
}
