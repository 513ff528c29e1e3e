/**
 * Follow-ups: the tool's presets and one series of the leader's own, each with its first dates
 * listed before anything is booked, and the series' end (the contract period's end).
 */
import { Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import { followUpPresets } from '../../domain/cadence';
import { CadenceOptions } from '../../ui/CadenceOptions';
import { formatDate } from '../../domain/dateFormats';
import { parseIsoDate } from '../../domain/dates';
import type { FollowUpCadence } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { HeadedSection } from '../../ui/HeadedSection';
import { useSharedStyles } from '../../ui/sharedStyles';
import { customDraft, firstFollowUpDates, firstStartOf, followUpMinutes, presetDraft, type FollowUpDraft, type InviteChoices } from './choices';
import { FollowUpClashCheck } from './FollowUpClashCheck';
import { formatMoment } from './slots';
import { inviteStrings } from './strings';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  details: {
    marginLeft: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    '@media (max-width: 600px)': { marginLeft: tokens.spacingHorizontalM },
  },
  inputs: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  dates: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** What the calendar check needs; absent (or for a booked series) there is no check. */
export interface CalendarCheck {
  graph: GraphClient;
  leaderMail: string | undefined;
  nearestLeader: { mail?: string; displayName: string } | undefined;
  /** Keys of the series already booked: they are not checked again. */
  bookedKeys: readonly string[];
  /** The mailbox's zone, when the dialogue's slot has none yet. */
  timeZone: string;
}

export interface FollowUpPlanSectionProps {
  locale: Locale;
  calendarCheck?: CalendarCheck;
  choices: InviteChoices;
  period: { start: string; end: string };
  onChange(followUps: FollowUpDraft[]): void;
  /** Issues per index of choices.followUps, and those about all of them. */
  errorsAt(index: number): string[];
}

export function FollowUpPlanSection({ locale, choices, period, onChange, errorsAt, calendarCheck }: FollowUpPlanSectionProps) {
  const t = inviteStrings[locale].followUps;
  const shared = useSharedStyles();
  const styles = useStyles();
  const end = parseIsoDate(period.end);
  const start = parseIsoDate(period.start);
  const custom = choices.followUps.find((f) => !f.preset);

  const toggle = (draft: FollowUpDraft, on: boolean) => {
    const rest = choices.followUps.filter((f) => f.key !== draft.key);
    onChange(on ? [...rest, draft] : rest);
  };
  // A new first date, time or cadence places the meetings anew: moves made for the old dates go.
  const patch = (key: string, change: Partial<FollowUpDraft>) =>
    onChange(
      choices.followUps.map((f) => {
        if (f.key !== key) return f;
        const { moves: _moves, ...rest } = f;
        return { ...rest, ...change, ...(change.cadence && !f.preset ? { key: `custom-${change.cadence}` } : {}) };
      }),
    );
  const replace = (key: string, next: FollowUpDraft) => onChange(choices.followUps.map((f) => (f.key === key ? next : f)));

  const details = (f: FollowUpDraft) => {
    const index = choices.followUps.findIndex((x) => x.key === f.key);
    const dates = firstFollowUpDates(f, choices.slot, period.end);
    const first = firstStartOf(f, choices.slot);
    const errors = errorsAt(index);
    return (
      <div className={styles.details} data-follow-up={f.key}>
        <div className={styles.inputs}>
          <Field label={t.firstDateLabel}>
            <Input
              type="date"
              value={first?.slice(0, 10) ?? ''}
              onChange={(_, d) => patch(f.key, { firstDate: d.value, time: first?.slice(11, 16) ?? f.time })}
            />
          </Field>
          <Field label={t.timeLabel}>
            <Input
              type="time"
              step={900}
              value={first?.slice(11, 16) ?? ''}
              onChange={(_, d) => patch(f.key, { time: d.value, firstDate: first?.slice(0, 10) ?? f.firstDate })}
            />
          </Field>
        </div>
        {errors.length ? (
          <p className={styles.error} role="alert">
            {errors.join(' ')}
          </p>
        ) : null}
        {!first ? (
          <p className={shared.muted}>{t.needsDialogue}</p>
        ) : (
          <>
            <span>{t.firstDates}</span>
            {dates.length ? (
              <ul className={styles.dates} data-testid={`first-dates-${f.key}`}>
                {dates.map((d) => (
                  <li key={d.toISOString()}>{formatMoment(d, locale)}</li>
                ))}
              </ul>
            ) : (
              <p>{t.noDates}</p>
            )}
            {end ? <span className={shared.muted}>{fillTemplate(t.until, { date: formatDate(end, locale) })}</span> : null}
            {calendarCheck && dates.length && !calendarCheck.bookedKeys.includes(f.key) ? (
              <FollowUpClashCheck
                locale={locale}
                graph={calendarCheck.graph}
                leaderMail={calendarCheck.leaderMail}
                nearestLeader={calendarCheck.nearestLeader}
                draft={f}
                firstStart={first}
                periodEnd={period.end}
                durationMinutes={followUpMinutes(f)}
                timeZone={choices.slot?.timeZone ?? calendarCheck.timeZone}
                onReplace={(next) => replace(f.key, next)}
              />
            ) : null}
          </>
        )}
      </div>
    );
  };

  return (
    <HeadedSection headingId="invite-followups-heading" heading={t.heading} intro={t.intro} data-invite-section="followUps">
      {start && end ? <p className={shared.muted}>{fillTemplate(t.periodNote, { start: formatDate(start, locale), end: formatDate(end, locale) })}</p> : null}
      <ul className={styles.list}>
        {followUpPresets.map((preset) => {
          const chosen = choices.followUps.find((f) => f.preset === preset.id);
          return (
            <li key={preset.id}>
              <Checkbox
                checked={!!chosen}
                onChange={(_, d) => toggle(chosen ?? presetDraft(preset.id), d.checked === true)}
                label={`${preset.label[locale]} (${fillTemplate(t.minutes, { minutes: preset.durationMinutes })})`}
              />
              {chosen ? details(chosen) : null}
            </li>
          );
        })}
        <li>
          <Checkbox checked={!!custom} onChange={(_, d) => toggle(custom ?? customDraft('monthly'), d.checked === true)} label={t.custom} />
          {custom ? (
            <>
              <div className={styles.details}>
                <Field label={t.cadenceLabel}>
                  <Select value={custom.cadence} onChange={(_, d) => patch(custom.key, { cadence: d.value as FollowUpCadence })}>
                    <CadenceOptions locale={locale} />
                  </Select>
                </Field>
                <span className={shared.muted}>{fillTemplate(t.minutes, { minutes: followUpMinutes(custom) })}</span>
              </div>
              {details(custom)}
            </>
          ) : null}
        </li>
      </ul>
      {errorsAt(-1).length ? (
        <p className={styles.error} role="alert">
          {errorsAt(-1).join(' ')}
        </p>
      ) : null}
    </HeadedSection>
  );
}
