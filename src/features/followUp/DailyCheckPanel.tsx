/**
 * The daily tick for each agreement with oneself that has a daily cadence: "Har du overholdt det
 * i dag?" ja/nej, one tap, the streak of days kept in a row, and the last 14 days.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Locale } from '../../content/types';
import { checkOn, checksFor, dailyAgreements, dailyStreak, danishDay, longestStreak, recentDays } from '../../domain/dailyCheck';

/** "De sidste 14 dage" — from the agreement's creation when that is more recent. */
const RECENT_DAYS = 14;

/** The agreement's first day (its creation, a Danish day), or an earlier answered day if there is one. */
function firstShownDay(createdAt: string, checks: readonly { date: string }[]): string {
  const created = danishDay(new Date(createdAt));
  const firstAnswer = checks[0]?.date;
  return firstAnswer !== undefined && firstAnswer < created ? firstAnswer : created;
}
import type { Contract } from '../../domain/model';
import { HeadedSection } from '../../ui/HeadedSection';
import { useSharedStyles } from '../../ui/sharedStyles';
import { fullDate } from './StatusChart';
import { fill, followUpStrings } from './strings';

const useStyles = makeStyles({
  item: { display: 'grid', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  days: { display: 'flex', flexWrap: 'wrap', gap: '4px', listStyle: 'none', margin: 0, padding: 0 },
  day: {
    width: '1.6em',
    height: '1.6em',
    borderRadius: '4px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    display: 'grid',
    placeItems: 'center',
    fontSize: tokens.fontSizeBase200,
  },
  kept: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  notKept: { backgroundColor: tokens.colorPaletteRedBackground2 },
});

export interface DailyCheckPanelProps {
  locale: Locale;
  contract: Contract;
  today: string;
  readOnly: boolean;
  onAnswer(agreementId: string, kept: boolean): void;
}

export function DailyCheckPanel({ locale, contract, today, readOnly, onAnswer }: DailyCheckPanelProps) {
  const t = followUpStrings[locale].daily;
  const shared = useSharedStyles();
  const styles = useStyles();
  const id = useId();
  const agreements = dailyAgreements(contract);
  return (
    <HeadedSection level={2} headingId={`${id}-h`} heading={t.heading} data-testid="daily-check">
      {agreements.length === 0 ? <p>{t.none}</p> : null}
      {agreements.map((a) => {
        const checks = checksFor(contract, a.id);
        const answer = checkOn(contract, a.id, today);
        const streak = dailyStreak(checks, today);
        const streakText = streak === 0 ? t.streakNone : streak === 1 ? t.streakOne : fill(t.streak, { count: streak });
        return (
          <div key={a.id} className={styles.item} data-daily-agreement={a.id}>
            <h3 className={shared.h3} id={`${id}-${a.id}`}>
              {a.text}
            </h3>
            <div className={styles.buttons} role="group" aria-labelledby={`${id}-${a.id}-q ${id}-${a.id}`}>
              <span id={`${id}-${a.id}-q`}>{t.question}</span>
              {[true, false].map((kept) => (
                <Button
                  key={String(kept)}
                  aria-pressed={answer?.kept === kept}
                  appearance={answer?.kept === kept ? 'primary' : 'secondary'}
                  disabled={readOnly}
                  onClick={() => onAnswer(a.id, kept)}
                >
                  {kept ? t.yes : t.no}
                </Button>
              ))}
            </div>
            <p role="status" data-testid="daily-streak" data-streak={streak}>
              {answer ? `${fill(t.answered, { answer: answer.kept ? t.kept : t.notKept })} · ` : ''}
              {streakText} · {fill(t.longest, { count: longestStreak(checks) })}
            </p>
            <h4 className={shared.h3}>{t.recent}</h4>
            <ol className={styles.days} aria-label={t.recent}>
              {recentDays(checks, today, RECENT_DAYS, firstShownDay(a.createdAt, checks)).map((d) => {
                const label = `${fullDate(d.date, locale)}: ${d.kept === null ? t.notAnswered : d.kept ? t.kept : t.notKept}`;
                return (
                  <li
                    key={d.date}
                    className={`${styles.day} ${d.kept === true ? styles.kept : d.kept === false ? styles.notKept : ''}`}
                    data-date={d.date}
                    data-kept={String(d.kept)}
                    title={label}
                  >
                    <span aria-hidden="true">{d.kept === null ? '·' : d.kept ? '✓' : '✗'}</span>
                    <span className={shared.visuallyHidden}>{label}</span>
                  </li>
                );
              })}
            </ol>
            <p className={shared.muted} aria-hidden="true">
              {t.legend}
            </p>
          </div>
        );
      })}
    </HeadedSection>
  );
}
