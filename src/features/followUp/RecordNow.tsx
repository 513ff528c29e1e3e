/**
 * "Registrér nu": the compact flow for the last 5 minutes of a follow-up meeting. The meeting's
 * date is chosen already (the next booked one); one status per agreement and a short note. Each
 * choice is recorded at once — there is no save button to forget at the end of the meeting.
 */
import { Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { Locale } from '../../content/types';
import { isIsoDate, parseIsoDate } from '../../domain/dates';
import { FOLLOW_UP_NOTE_MAX, FOLLOW_UP_STATUSES, FOLLOW_UP_STATUS_LABELS, activeAgreements } from '../../domain/followUp';
import type { Contract, FollowUpStatus } from '../../domain/model';
import { HeadedSection } from '../../ui/HeadedSection';
import { useSharedStyles } from '../../ui/sharedStyles';
import { preselectDate, recordableDates, type SeriesDate } from './seriesDates';
import { fullDate } from './StatusChart';
import { followUpStrings } from './strings';
import { LOCALE_TAG } from '../../content/localeTag';

const OTHER = 'other';

/** "torsdag 10. december 2026 kl. 12.00" / "Thursday 10 December 2026, 12:00": as in the booking list. */
export function meetingLabel(d: SeriesDate, locale: Locale): string {
  const date = parseIsoDate(d.date);
  if (!date) return d.date;
  const weekday = new Intl.DateTimeFormat(LOCALE_TAG[locale], { weekday: 'long' }).format(date);
  const time = d.time ? (locale === 'da' ? ` kl. ${d.time.replace(':', '.')}` : `, ${d.time}`) : '';
  return `${weekday} ${fullDate(d.date, locale)}${time}`;
}

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  row: { display: 'grid', gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  text: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  dateRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', marginBottom: tokens.spacingVerticalM },
});

export interface RecordNowProps {
  locale: Locale;
  contract: Contract;
  dates: readonly SeriesDate[];
  datesSource: 'calendar' | 'record' | 'none';
  today: string;
  readOnly: boolean;
  onRecord(input: { agreementId: string; date: string; status: FollowUpStatus; note: string }): void;
}

export function RecordNow({ locale, contract, dates, datesSource, today, readOnly, onRecord }: RecordNowProps) {
  const t = followUpStrings[locale].record;
  const shared = useSharedStyles();
  const styles = useStyles();
  const id = useId();
  const held = recordableDates(dates, today);
  const preselected = preselectDate(dates, today);
  const [choice, setChoice] = useState<string>(held.length ? preselected : OTHER);
  const [otherDate, setOtherDate] = useState<string>(today);
  // The calendar's dates arrive after the first paint: move to the latest held meeting once they do.
  const [followsDefault, setFollowsDefault] = useState(true);
  useEffect(() => {
    if (followsDefault) setChoice(held.length ? preselected : OTHER);
  }, [held.length, preselected, followsDefault]);
  const date = choice === OTHER ? otherDate : choice;
  // A follow-up records how a meeting went: never under a date still to come.
  const future = isIsoDate(date) && date > today;
  const validDate = isIsoDate(date) && !future;
  const [notes, setNotes] = useState<Record<string, string>>({});

  const records = (contract.collaboration?.followUps ?? []).filter((r) => r.date === date);
  const agreements = activeAgreements(contract);

  return (
    <HeadedSection level={2} headingId={`${id}-h`} heading={t.heading} data-testid="record-now">
      <div className={styles.dateRow}>
        <Field label={t.dateLabel} hint={held.length ? t.dateHint : dates.length ? t.noneHeldYet : t.noSeries}>
          <Select
            value={choice}
            data-testid="follow-up-date"
            onChange={(_, d) => {
              setFollowsDefault(false);
              setChoice(d.value);
            }}
          >
            {held.map((d) => (
              <option key={d.date} value={d.date}>
                {meetingLabel(d, locale)}
              </option>
            ))}
            <option value={OTHER}>{t.otherDate}</option>
          </Select>
        </Field>
        {choice === OTHER ? (
          <Field label={t.otherDateLabel} validationState={validDate ? 'none' : 'error'} validationMessage={future ? t.futureDate : undefined}>
            <Input type="date" value={otherDate} max={today} data-testid="follow-up-other-date" onChange={(_, d) => setOtherDate(d.value)} />
          </Field>
        ) : null}
      </div>
      {datesSource === 'record' ? <p className={shared.muted}>{t.datesFromRecord}</p> : null}
      <ul className={styles.list}>
        {agreements.map(({ list, agreement }) => {
          const record = records.find((r) => r.agreementId === agreement.id);
          const note = notes[`${agreement.id}|${date}`] ?? record?.note ?? '';
          const setNote = (value: string) => {
            setNotes((n) => ({ ...n, [`${agreement.id}|${date}`]: value }));
            // A note on a recorded status is part of the record: saved as it is typed.
            if (record && validDate) onRecord({ agreementId: agreement.id, date, status: record.status, note: value });
          };
          return (
            <li key={agreement.id} className={styles.row} data-record-agreement={agreement.id}>
              <p className={styles.text} id={`${id}-${agreement.id}`}>
                {agreement.text}
              </p>
              <span className={shared.muted}>{list === 'selfAgreements' ? t.self : t.leader}</span>
              <RadioGroup
                layout="horizontal"
                aria-labelledby={`${id}-${agreement.id}`}
                aria-describedby={`${id}-status`}
                value={record?.status ?? ''}
                disabled={readOnly || !validDate}
                onChange={(_, d) => onRecord({ agreementId: agreement.id, date, status: d.value as FollowUpStatus, note })}
              >
                {FOLLOW_UP_STATUSES.map((s) => (
                  <Radio key={s} value={s} label={FOLLOW_UP_STATUS_LABELS[s][locale]} />
                ))}
              </RadioGroup>
              <Field label={t.noteLabel}>
                <Input value={note} maxLength={FOLLOW_UP_NOTE_MAX} disabled={readOnly} onChange={(_, d) => setNote(d.value)} />
              </Field>
            </li>
          );
        })}
      </ul>
      <span id={`${id}-status`} className={shared.visuallyHidden}>
        {t.statusLabel}
      </span>
    </HeadedSection>
  );
}
