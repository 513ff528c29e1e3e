/**
 * When and where: free 45-minute slots for both (findMeetingTimes in the mailbox's time zone),
 * grouped by week, or a time typed by hand (a past time is refused at once); an optional quiet
 * room when the directory offers rooms, and "or another quiet place" as free text.
 */
import { Button, Field, Input, Link, Radio, RadioGroup, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Locale } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import type { BookedRoom } from '../../domain/model';
import type { MeetingSlot, Room } from '../../graph/types';
import { HeadedSection } from '../../ui/HeadedSection';
import { useSharedStyles } from '../../ui/sharedStyles';
import type { InviteChoices } from './choices';
import { addMinutesLocal, DIALOGUE_MINUTES } from './engine';
import { readManualTime } from './manualTime';
import { formatSlot, formatSlotParts, groupSlotsByWeek, weekHeading, zoneName } from './slots';
import { inviteStrings } from './strings';

export type SlotsState = { status: 'waiting' } | { status: 'loading' } | { status: 'done'; slots: MeetingSlot[] } | { status: 'failed'; message: string };
export type RoomsState = { status: 'notAsked' } | { status: 'loading' } | { status: 'available'; rooms: Room[] } | { status: 'unavailable' };

const useStyles = makeStyles({
  weeks: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  week: { border: 0, margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginTop: tokens.spacingVerticalS },
  manual: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', marginTop: tokens.spacingVerticalS },
  manualField: { minWidth: '10rem' },
  chosen: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalM },
  time: { whiteSpace: 'nowrap' },
  place: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalL, maxWidth: '28rem' },
});

export interface DialogueTimeSectionProps {
  locale: Locale;
  slots: SlotsState;
  timeZone: string;
  orgContact: boolean;
  slot: InviteChoices['slot'];
  onSlot(slot: NonNullable<InviteChoices['slot']>): void;
  rooms: RoomsState;
  /** The leader asks for a room (the rooms scope is asked for only then). */
  onAskForRooms: () => void;
  /** Where an administrator can allow rooms (the admin consent link). */
  adminLink: string;
  room: BookedRoom | undefined;
  onRoom(room: BookedRoom | undefined): void;
  place: string;
  onPlace(place: string): void;
  slotErrors: string[];
  placeErrors: string[];
  now?: () => Date;
}

export function DialogueTimeSection(props: DialogueTimeSectionProps) {
  const { locale, slots, timeZone, slot } = props;
  const t = inviteStrings[locale].time;
  const shared = useSharedStyles();
  const styles = useStyles();
  const ids = useId();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [manualError, setManualError] = useState<string | undefined>();
  const slotError = props.slotErrors.join(' ') || undefined;

  const useManual = () => {
    const result = readManualTime(date, time, timeZone, (props.now ?? (() => new Date()))());
    if (!result.ok) {
      setManualError(result.problem === 'missing' ? t.manualMissing : result.problem === 'invalid' ? t.manualInvalid : t.manualPast);
      return;
    }
    setManualError(undefined);
    props.onSlot({ start: result.start, timeZone });
  };

  const weeks = slots.status === 'done' ? groupSlotsByWeek(slots.slots, locale) : [];
  const chosenInList = slots.status === 'done' && slot ? slots.slots.some((s) => s.start.dateTime === slot.start) : false;

  return (
    <HeadedSection headingId="invite-time-heading" heading={t.heading} intro={t.intro} data-invite-section="time">
      <p className={shared.muted}>{fillTemplate(t.timeZone, { zone: zoneName(timeZone, locale) })}</p>
      {props.orgContact ? <p>{t.orgContactHint}</p> : null}
      {slots.status === 'loading' ? <Spinner size="tiny" label={t.loading} /> : null}
      {slots.status === 'failed' ? <p role="alert">{`${t.failed} ${slots.message}`}</p> : null}
      {slots.status === 'done' && slots.slots.length === 0 ? <p>{t.none}</p> : null}
      {weeks.length > 0 ? (
        <Field label={t.slotsLabel} validationMessage={slotError} validationState={slotError ? 'error' : 'none'}>
          <RadioGroup
            value={chosenInList ? slot?.start : ''}
            onChange={(_, data) => {
              const picked = slots.status === 'done' ? slots.slots.find((s) => s.start.dateTime === data.value) : undefined;
              if (picked) props.onSlot({ start: picked.start.dateTime, timeZone: picked.start.timeZone });
            }}
            className={styles.weeks}
            data-testid="slot-list"
          >
            {weeks.map((week) => (
              <div key={week.key} role="group" aria-labelledby={`${ids}-${week.key}`} className={styles.week}>
                <div id={`${ids}-${week.key}`} className={styles.legend}>
                  {weekHeading(week.label)}
                </div>
                {week.slots.map((s) => (
                  <Radio key={s.start.dateTime} value={s.start.dateTime} label={<SlotLabel start={s.start.dateTime} end={s.end.dateTime} locale={locale} />} />
                ))}
              </div>
            ))}
          </RadioGroup>
        </Field>
      ) : null}

      <h4 className={shared.h3}>{t.manualHeading}</h4>
      <div className={styles.manual}>
        <Field label={t.manualDate} className={styles.manualField} validationMessage={manualError} validationState={manualError ? 'error' : 'none'}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} data-testid="manual-date" />
        </Field>
        <Field label={t.manualTime} className={styles.manualField}>
          <Input type="time" value={time} step={900} onChange={(_, d) => setTime(d.value)} data-testid="manual-time" />
        </Field>
        <Button onClick={useManual}>{t.useManual}</Button>
      </div>
      {!weeks.length && slotError ? <p role="alert">{slotError}</p> : null}
      {slot && slot.start ? (
        <p className={styles.chosen} role="status" data-testid="chosen-slot">
          {fillTemplate(t.chosen, { time: formatSlot(slot.start, addMinutesLocal(slot.start, DIALOGUE_MINUTES), locale) })}
        </p>
      ) : null}

      <div className={styles.place}>
        {props.rooms.status === 'available' ? (
          <Field label={t.roomLabel}>
            <Select
              value={props.room?.emailAddress ?? ''}
              onChange={(_, d) => {
                const room = props.rooms.status === 'available' ? props.rooms.rooms.find((r) => r.emailAddress === d.value) : undefined;
                props.onRoom(room ? { displayName: room.displayName, emailAddress: room.emailAddress } : undefined);
              }}
            >
              <option value="">{t.noRoom}</option>
              {props.rooms.rooms.map((r) => (
                <option key={r.emailAddress} value={r.emailAddress}>
                  {r.capacity ? `${r.displayName} (${r.capacity})` : r.displayName}
                </option>
              ))}
            </Select>
          </Field>
        ) : props.rooms.status === 'unavailable' ? (
          <p className={shared.muted} data-testid="rooms-need-admin">
            {t.roomsUnavailable}{' '}
            <Link href={props.adminLink} target="_blank" rel="noreferrer">
              {t.adminLink}
            </Link>
          </p>
        ) : props.rooms.status === 'notAsked' ? (
          <Button onClick={props.onAskForRooms} data-testid="ask-for-rooms">
            {t.askForRooms}
          </Button>
        ) : null}
        <Field
          label={t.placeLabel}
          hint={t.placeHint}
          validationMessage={props.placeErrors.join(' ') || undefined}
          validationState={props.placeErrors.length ? 'error' : 'none'}
        >
          <Input value={props.place} onChange={(_, d) => props.onPlace(d.value)} />
        </Field>
      </div>
    </HeadedSection>
  );
}

/** The slot's day may wrap; its time stays on one line. */
function SlotLabel({ start, end, locale }: { start: string; end: string; locale: Locale }) {
  const styles = useStyles();
  const { day, time } = formatSlotParts(start, end, locale);
  return (
    <>
      {day}
      <span className={styles.time}>{time}</span>
    </>
  );
}
