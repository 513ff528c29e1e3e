/**
 * After booking: "Flyt mødet" moves the same event (rescheduleDialogue PATCHes it) and "Aflys"
 * cancels it (and, if chosen, the follow-up series). Never a new event.
 */
import { Button, Checkbox, Field, Input, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Locale } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import type { Bookings, Contract } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { graphErrorText } from '../../ui/graphErrorWords';
import { HeadedSection } from '../../ui/HeadedSection';
import { useSharedStyles } from '../../ui/sharedStyles';
import { cancelDialogue, rescheduleDialogue, type ChangeResult } from './engine';
import { readManualTime } from './manualTime';
import { formatSlot } from './slots';
import { inviteStrings } from './strings';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', marginTop: tokens.spacingVerticalM },
});

export interface ChangeDialogueSectionProps {
  graph: GraphClient;
  locale: Locale;
  contract: Contract;
  /** The new record; `movedTo` is the new start when the meeting was moved. */
  onChanged(bookings: Bookings, movedTo?: { start: string; timeZone: string }): void;
}

export function ChangeDialogueSection({ graph, locale, contract, onChanged }: ChangeDialogueSectionProps) {
  const t = inviteStrings[locale].change;
  const tt = inviteStrings[locale].time;
  const refusal = (result: Exclude<ChangeResult, { ok: true }>): string => ('problem' in result ? t[result.problem] : graphErrorText(result.errorKind, locale));
  const shared = useSharedStyles();
  const styles = useStyles();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [withFollowUps, setWithFollowUps] = useState(false);
  const dialogue = contract.bookings?.dialogue;
  if (!dialogue?.eventId) return null;

  const move = async () => {
    const read = readManualTime(date, time, dialogue.timeZone, new Date());
    if (!read.ok) {
      setMessage({ text: read.problem === 'missing' ? tt.manualMissing : read.problem === 'invalid' ? tt.manualInvalid : tt.manualPast, error: true });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    const result = await rescheduleDialogue(graph, contract, { start: read.start, timeZone: dialogue.timeZone });
    setBusy(false);
    if (result.ok) {
      const d = result.bookings.dialogue;
      onChanged(result.bookings, { start: read.start, timeZone: dialogue.timeZone });
      setMessage({ text: fillTemplate(t.moved, { time: d ? formatSlot(d.start, d.end, locale) : '' }), error: false });
    } else setMessage({ text: refusal(result), error: true });
  };

  const cancel = async () => {
    setConfirming(false);
    setBusy(true);
    setMessage(undefined);
    const result = await cancelDialogue(graph, contract, { withFollowUps });
    setBusy(false);
    if (result.ok) {
      onChanged(result.bookings);
      setMessage({ text: t.cancelled, error: false });
    } else setMessage({ text: refusal(result), error: true });
  };

  return (
    <HeadedSection
      headingId="invite-change-heading"
      heading={t.heading}
      intro={fillTemplate(t.current, { time: formatSlot(dialogue.start, dialogue.end, locale) })}
      data-invite-section="change"
    >
      <h4 className={shared.h3}>{t.moveHeading}</h4>
      <div className={styles.row}>
        <Field label={tt.manualDate}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Field label={tt.manualTime}>
          <Input type="time" step={900} value={time} onChange={(_, d) => setTime(d.value)} />
        </Field>
        <Button onClick={() => void move()} disabled={busy}>
          {t.move}
        </Button>
        <Button onClick={() => setConfirming(true)} disabled={busy}>
          {t.cancel}
        </Button>
      </div>
      {busy ? <Spinner size="tiny" label={t.working} /> : null}
      <p role={message?.error ? 'alert' : 'status'}>{message?.text ?? ''}</p>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t.cancelTitle}
        body={
          <>
            <p>{t.cancelBody}</p>
            <Checkbox checked={withFollowUps} onChange={(_, d) => setWithFollowUps(d.checked === true)} label={t.cancelFollowUps} />
          </>
        }
        confirmLabel={t.confirmCancel}
        onConfirm={() => void cancel()}
        cancelLabel={t.keep}
        actionsClassName={styles.actions}
      />
    </HeadedSection>
  );
}
