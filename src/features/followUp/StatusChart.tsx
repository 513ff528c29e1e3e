/**
 * One agreement's status over time: an SVG chart (role="img", with a title and a description that
 * say what it shows) and, beside it, a table with exactly the same data — the accessible form, and
 * the one a screen reader or a printout reads.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Locale } from '../../content/types';
import { formatDate, formatShortDate } from '../../domain/dateFormats';
import { parseIsoDate } from '../../domain/dates';
import { FOLLOW_UP_STATUS_LABELS } from '../../domain/followUp';
import type { StatusPoint } from '../../domain/followUpTrend';
import type { FollowUpStatus } from '../../domain/model';
import { fill, followUpStrings } from './strings';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  svg: { width: '100%', maxWidth: '360px', height: 'auto', flexShrink: 0 },
  table: {
    borderCollapse: 'collapse',
    minWidth: '240px',
    '& th, & td': {
      textAlign: 'left',
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: 'top',
    },
  },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  // Colours from the theme, so the chart follows light, dark and high contrast (there every status is
  // the foreground colour, and the marker's shape tells them apart). The status colours are Fluent's
  // success / warning / danger foregrounds: each has 3:1 or more against its theme's background.
  held: { fill: tokens.colorStatusSuccessForeground1 },
  partly: { fill: tokens.colorStatusWarningForeground1 },
  notHeld: { stroke: tokens.colorStatusDangerForeground1 },
  gridLine: { stroke: tokens.colorNeutralStroke1 },
  trend: { stroke: tokens.colorNeutralForeground3 },
});

/** "26. nov. 2026": only where space is tight (the chart's axis). */
export function shortDate(iso: string, locale: Locale): string {
  const date = parseIsoDate(iso);
  return date ? formatShortDate(date, locale) : iso;
}

/** "26. november 2026": the house style for dates in text and tables. */
export function fullDate(iso: string, locale: Locale): string {
  const date = parseIsoDate(iso);
  return date ? formatDate(date, locale) : iso;
}

const LEVELS: FollowUpStatus[] = ['held', 'partly', 'notHeld'];

const W = 360;
const H = 150;
const LEFT = 82;
const RIGHT = 12;
const TOP = 14;
const BOTTOM = 24;

function y(level: number): number {
  return TOP + ((2 - level) * (H - TOP - BOTTOM)) / 2;
}

/** Shapes as well as colours, so the status does not depend on seeing colour. */
function Marker({ status, cx, cy }: { status: FollowUpStatus; cx: number; cy: number }) {
  const styles = useStyles();
  if (status === 'held') return <circle className={styles.held} cx={cx} cy={cy} r={5} />;
  if (status === 'partly') return <rect className={styles.partly} x={cx - 5} y={cy - 5} width={10} height={10} />;
  return <path className={styles.notHeld} d={`M${cx - 5} ${cy - 5}L${cx + 5} ${cy + 5}M${cx + 5} ${cy - 5}L${cx - 5} ${cy + 5}`} strokeWidth={2.5} />;
}

/**
 * A follow-up history's table inside its <table>: a header row (date, status, note), then one row
 * per record. The chart's text twin and the printout show the same rows.
 */
export function StatusTableRows({
  locale,
  headings,
  records,
}: {
  locale: Locale;
  headings: { date: string; status: string; note: string };
  records: readonly { date: string; status: FollowUpStatus; note?: string }[];
}) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">{headings.date}</th>
          <th scope="col">{headings.status}</th>
          <th scope="col">{headings.note}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((r, i) => (
          <tr key={`${r.date}-${i}`} data-status={r.status}>
            <td>{fullDate(r.date, locale)}</td>
            <td>{FOLLOW_UP_STATUS_LABELS[r.status][locale]}</td>
            <td>{r.note}</td>
          </tr>
        ))}
      </tbody>
    </>
  );
}

export interface StatusChartProps {
  locale: Locale;
  agreementText: string;
  points: readonly StatusPoint[];
}

export function StatusChart({ locale, agreementText, points }: StatusChartProps) {
  const t = followUpStrings[locale].history;
  const styles = useStyles();
  const id = useId();
  if (points.length === 0) return <p data-testid="history-empty">{t.chartEmpty}</p>;
  const first = points[0] as StatusPoint;
  const last = points.at(-1) as StatusPoint;
  const span = Math.max(1, points.length - 1);
  const x = (i: number) => (points.length === 1 ? (LEFT + W - RIGHT) / 2 : LEFT + (i * (W - LEFT - RIGHT)) / span);
  const title = fill(t.chartTitle, { agreement: agreementText });
  const desc = fill(t.chartDesc, {
    count: points.length,
    first: fullDate(first.date, locale),
    last: fullDate(last.date, locale),
    latest: FOLLOW_UP_STATUS_LABELS[last.status][locale],
  });
  return (
    <div className={styles.wrap} data-testid="status-history">
      <svg
        className={styles.svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        data-testid="status-chart"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {LEVELS.map((status) => {
          const level = status === 'held' ? 2 : status === 'partly' ? 1 : 0;
          return (
            <g key={status} aria-hidden="true">
              <line className={styles.gridLine} x1={LEFT} x2={W - RIGHT} y1={y(level)} y2={y(level)} strokeDasharray="3 3" />
              <text x={LEFT - 8} y={y(level) + 4} textAnchor="end" fontSize="11" fill="currentColor">
                {FOLLOW_UP_STATUS_LABELS[status][locale]}
              </text>
            </g>
          );
        })}
        <polyline className={styles.trend} aria-hidden="true" fill="none" strokeWidth={1.5} points={points.map((p, i) => `${x(i)},${y(p.level)}`).join(' ')} />
        {points.map((p, i) => (
          <g key={`${p.date}-${i}`} aria-hidden="true" data-status={p.status}>
            <Marker status={p.status} cx={x(i)} cy={y(p.level)} />
          </g>
        ))}
        <text x={LEFT} y={H - 6} fontSize="11" fill="currentColor" aria-hidden="true">
          {shortDate(first.date, locale)}
        </text>
        {points.length > 1 ? (
          <text x={W - RIGHT} y={H - 6} fontSize="11" textAnchor="end" fill="currentColor" aria-hidden="true">
            {shortDate(last.date, locale)}
          </text>
        ) : null}
      </svg>
      <table className={styles.table} data-testid="status-table">
        <caption className={styles.caption}>{fill(t.tableCaption, { agreement: agreementText })}</caption>
        <StatusTableRows locale={locale} headings={t} records={points} />
      </table>
    </div>
  );
}
