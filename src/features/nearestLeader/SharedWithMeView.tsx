/**
 * "Delt med mig" (the tool's box "Ledere af ledere: brug værktøjet til at sætte struktur på dine
 * løbende dialoger med underordnede ledere"): every leader agreement shared with me, with the
 * leader, the period, the next follow-up and where it stands. Sources: see overview.ts.
 */
import { Badge, Button, Link, MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { fillTemplate } from '../../content/uiStrings';
import { removeSharedContract } from '../../store/openedContracts';
import { encodeContractRef } from '../../host/deepLink';
import { useApp } from '../../ui/AppContext';
import { RetryError } from '../../ui/RetryError';
import { ColumnHeaders } from '../../ui/ColumnHeaders';
import { useSharedStyles } from '../../ui/sharedStyles';
import { navigateTo, searchForRoute } from '../../ui/views';
import { showDate } from './format';
import type { OverviewRow } from './overview';
import { sharedStrings } from './strings';
import { useOverview } from './useOverview';

// Under 480 px (Teams on a phone) four columns squeeze names and dates until words break mid-word:
// there each row becomes a card, its cells stacked, each led by its column's name (data-label).
const PHONE = '@media (max-width: 479px)';

const useStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    marginTop: tokens.spacingVerticalL,
    [PHONE]: { display: 'block', '& tbody': { display: 'grid', gap: tokens.spacingVerticalM } },
  },
  head: {
    [PHONE]: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  },
  row: {
    [PHONE]: {
      display: 'grid',
      gap: tokens.spacingVerticalXS,
      padding: tokens.spacingHorizontalM,
      border: `1px solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      backgroundColor: tokens.colorNeutralBackground1,
    },
  },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
    [PHONE]: {
      display: 'block',
      padding: 0,
      borderBottom: 'none',
      overflowWrap: 'normal',
      '::before': { content: 'attr(data-label)', display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
    },
  },
  leaderCell: { [PHONE]: { fontSize: tokens.fontSizeBase400, '::before': { content: 'none' } } },
});

const BADGE: Record<OverviewRow['status'], 'informative' | 'success' | 'danger'> = { new: 'informative', accepted: 'success', followUpDue: 'danger' };

export default function SharedWithMeView() {
  const { locale } = useApp();
  const t = sharedStrings[locale];
  const styles = useStyles();
  const shared = useSharedStyles();
  const { m365, overview, failed, reload } = useOverview();
  const [removed, setRemoved] = useState<{ id: string; name: string }[]>([]);

  const remove = (row: OverviewRow) => {
    if (!m365.me) return;
    // Forgotten and hidden on this device; OneDrive lets only the owner end the sharing itself.
    removeSharedContract(m365.me.id, row.contract.id);
    setRemoved((list) => [...list, { id: row.contract.id, name: row.leaderName }]);
  };
  const rows = overview?.rows.filter((r) => !removed.some((x) => x.id === r.contract.id)) ?? [];

  const open = (row: OverviewRow) => {
    navigateTo({ view: 'sharedContract', contract: encodeContractRef(row.ref) });
  };

  let body;
  if (m365.status === 'error' || failed) {
    body = <RetryError message={m365.error?.[locale]} retryLabel={t.tryAgain} onRetry={failed ? reload : m365.retry} />;
  } else if (!overview) {
    body = <p role="status">{t.overviewLoading}</p>;
  } else if (rows.length === 0) {
    body = <p role="status">{t.overviewEmpty}</p>;
  } else {
    body = (
      <table className={styles.table} data-shared-overview>
        <thead className={styles.head}>
          <ColumnHeaders
            cellClassName={styles.cell}
            columns={[
              { key: 'leader', label: t.columnLeader },
              { key: 'period', label: t.columnPeriod },
              { key: 'next', label: t.columnNext },
              { key: 'status', label: t.columnStatus },
              { key: 'remove', label: <span className={shared.visuallyHidden}>{t.remove}</span> },
            ]}
          />
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.contract.id} className={styles.row} data-contract-id={row.contract.id}>
              <th scope="row" className={mergeClasses(styles.cell, styles.leaderCell)} data-label={t.columnLeader}>
                <Link
                  href={searchForRoute({ view: 'sharedContract', contract: encodeContractRef(row.ref) }, '')}
                  aria-label={fillTemplate(t.open, { name: row.leaderName })}
                  onClick={(e) => {
                    e.preventDefault();
                    open(row);
                  }}
                >
                  {row.leaderName}
                </Link>
              </th>
              <td className={styles.cell} data-label={t.columnPeriod}>
                {showDate(row.period.start, locale)} – {showDate(row.period.end, locale)}
              </td>
              <td className={styles.cell} data-label={t.columnNext} data-next-follow-up={row.nextFollowUp ?? ''}>
                {row.nextFollowUp ? showDate(row.nextFollowUp, locale) : t.noFollowUp}
              </td>
              <td className={styles.cell} data-label={t.columnStatus}>
                <Badge appearance="tint" color={BADGE[row.status]} data-status={row.status}>
                  {t.status[row.status]}
                </Badge>
              </td>
              <td className={styles.cell}>
                <Button size="small" aria-label={fillTemplate(t.removeLabel, { name: row.leaderName })} onClick={() => remove(row)} data-remove-shared>
                  {t.remove}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <section aria-labelledby="shared-with-me-heading" data-view="shared-with-me">
      <h2 id="shared-with-me-heading" className={shared.h2} tabIndex={-1}>
        {t.overviewHeading}
      </h2>
      <p className={shared.lead}>{t.overviewIntro}</p>
      {overview && (overview.sources.chat === 'failed' || overview.sources.sharedWithMe === 'failed') ? <p className={shared.muted}>{t.sourceFailed}</p> : null}
      {removed.map((r) => (
        <MessageBar key={r.id} intent="info" data-removed-shared={r.id}>
          <MessageBarBody>{fillTemplate(t.removed, { name: r.name })}</MessageBarBody>
        </MessageBar>
      ))}
      {body}
    </section>
  );
}
