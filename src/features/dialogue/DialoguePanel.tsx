/**
 * The dialogue, compact enough for the meeting's side panel (~320 px): the leader's points and the
 * questions the nearest leader prepared, the five fields at a glance (collapsible), the agreements
 * with the nearest leader written by either of the two, a quiet 45-minute indicator with the prompt
 * to agree the next follow-up near the end, and "Afslut dialogen".
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Timer20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { ToolContent } from '../../content/types';
import { formatDate, formatDateTime } from '../../domain/dateFormats';
import type { MergeConflict } from '../../domain/mergeContract';
import type { Contract, ContractRole } from '../../domain/model';
import { hasNearestLeaderPart, nearestLeaderPart } from '../../domain/nearestLeaderPart';
import { callName, counterpart } from '../../domain/speakers';
import { NearestLeaderPartSection } from '../nearestLeader/NearestLeaderPart';
import { buildSharePreview, chosenQuestions } from '../../domain/sharePreview';
import { ChosenQuestionList } from '../nearestLeader/ChosenQuestions';
import { bookedStartNearNow, DIALOGUE_MINUTES, dialogueClock } from './dialogueClock';
import { activeLeaderAgreements, isDialogueClosed } from './dialogueModel';
import type { DialogueStrings } from './strings';

export type SessionStatus = 'saved' | 'saving' | 'readOnly' | 'error' | 'local';

/** What the panel edits: the shared contract live, or the local draft. */
export interface DialogueSession {
  contract: Contract;
  status: SessionStatus;
  conflicts: MergeConflict[];
  canEdit: boolean;
  change(update: (contract: Contract) => Contract): void;
  resolve(conflict: MergeConflict, choice: 'mine' | 'theirs'): void;
}

export interface DialoguePanelProps {
  session: DialogueSession;
  /** Who is reading: the title names the other person, and the questions are the leader's own. */
  viewerRole: ContractRole;
  content: ToolContent;
  t: DialogueStrings;
  onAddAgreement(): void;
  onUpdateAgreement(id: string, change: { text?: string; followUp?: string }): void;
  onCloseDialogue(): Promise<void>;
  /** A line after closing (the agendas). */
  closeMessage?: string;
  /** Given when updating the agendas failed: a "try again" beside the line. */
  onRetryAgendas?: () => void;
  now?: () => number;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px', minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  quiet: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  clock: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  startClock: { alignSelf: 'flex-start' },
  agreement: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  fieldText: { whiteSpace: 'pre-wrap', margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function ClockIndicator({ contract, t, now }: { contract: Contract; t: DialogueStrings; now: () => number }) {
  const styles = useStyles();
  const [tick, setTick] = useState(now());
  const [manualStart, setManualStart] = useState<number | undefined>(undefined);
  useEffect(() => {
    const timer = setInterval(() => setTick(now()), 15_000);
    return () => clearInterval(timer);
  }, [now]);
  const started = manualStart ?? bookedStartNearNow(contract.bookings?.dialogue?.start, tick);
  const clock = dialogueClock(started, tick);
  const nextFollowUp = (contract.bookings?.followUps ?? []).map((f) => f.start).sort()[0];
  return (
    <section aria-label={t.timeLabel} className={styles.clock} data-testid="dialogue-clock" data-phase={clock.phase}>
      {clock.phase === 'notStarted' ? (
        // The one action before the talk: a real button with a timer, not a caption-like subtle one.
        <Button className={styles.startClock} icon={<Timer20Regular />} onClick={() => setManualStart(now())}>
          {t.startClock}
        </Button>
      ) : (
        <>
          <ProgressBar
            value={clock.fraction}
            thickness="medium"
            color={clock.phase === 'running' ? 'brand' : 'warning'}
            aria-label={t.timeLabel}
            aria-valuetext={t.timeOf(clock.elapsedMinutes, DIALOGUE_MINUTES)}
          />
          <p className={styles.quiet}>
            {t.timeOf(clock.elapsedMinutes, DIALOGUE_MINUTES)} · {clock.phase === 'over' ? t.timeOver : t.timeLeft(clock.remainingMinutes)}
          </p>
        </>
      )}
      {clock.phase === 'nearEnd' || clock.phase === 'over' ? (
        <MessageBar intent="warning" data-testid="next-follow-up-prompt">
          <MessageBarBody>
            {t.nearEnd} {nextFollowUp ? t.nextFollowUp(formatDateTime(new Date(nextFollowUp), contract.locale)) : t.noFollowUp}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

function ConflictNotice({ conflict, t, onResolve }: { conflict: MergeConflict; t: DialogueStrings; onResolve(choice: 'mine' | 'theirs'): void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="dialogue-conflict">
      <MessageBarBody>
        <strong>{t.conflictTitle}</strong>
        <p className={styles.fieldText}>
          {t.conflictTheirs}: {t.quoted(conflict.theirs)}
        </p>
        <p className={styles.fieldText}>
          {t.conflictMine}: {t.quoted(conflict.mine)}
        </p>
        <div className={styles.actions}>
          <Button size="small" onClick={() => onResolve('mine')}>
            {t.keepMine}
          </Button>
          <Button size="small" appearance="subtle" onClick={() => onResolve('theirs')}>
            {t.keepTheirs}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

export function DialoguePanel({
  session,
  viewerRole,
  content,
  t,
  onAddAgreement,
  onUpdateAgreement,
  onCloseDialogue,
  closeMessage,
  onRetryAgendas,
  now = Date.now,
}: DialoguePanelProps) {
  const styles = useStyles();
  const { contract } = session;
  const shared = buildSharePreview(contract);
  const questions = chosenQuestions(shared.preparation.questionsForLeader, content);
  const other = counterpart(contract, viewerRole);
  const points = shared.preparation.points.filter((p) => p.trim() !== '');
  const closed = isDialogueClosed(contract);
  const editable = session.canEdit && !closed;
  const [closing, setClosing] = useState(false);
  const agreements = activeLeaderAgreements(contract);
  const part = nearestLeaderPart(contract);
  const closedBy = contract.collaboration?.dialogue?.closedBy;
  const statusText = { saved: t.saved, saving: t.saving, readOnly: t.readOnly, error: t.saveFailed, local: t.localOnly }[session.status];

  const close = async () => {
    setClosing(true);
    try {
      await onCloseDialogue();
    } finally {
      setClosing(false);
    }
  };

  return (
    <div className={styles.panel} data-testid="dialogue-panel" data-contract-id={contract.id}>
      <h1 className={styles.heading}>{other ? t.titleFor(other.displayName) : viewerRole === 'leader' ? t.title : t.titleLeader}</h1>
      {!closed ? <ClockIndicator contract={contract} t={t} now={now} /> : null}

      <section aria-labelledby="dialogue-points">
        <h2 id="dialogue-points" className={styles.subheading}>
          {t.points}
        </h2>
        {points.length ? (
          <ol className={styles.list} data-testid="dialogue-points">
            {points.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ol>
        ) : (
          <p className={styles.quiet}>{t.noPoints}</p>
        )}
      </section>

      {questions.length ? (
        <section aria-labelledby="dialogue-questions">
          <h2 id="dialogue-questions" className={styles.subheading}>
            {viewerRole === 'leader' ? t.questionsOwn : t.questions(callName(contract.leader?.displayName ?? '') || t.theLeader)}
          </h2>
          <ChosenQuestionList questions={questions} className={styles.list} />
        </section>
      ) : null}

      <section aria-labelledby="dialogue-fields">
        <h2 id="dialogue-fields" className={styles.subheading}>
          {t.fields}
        </h2>
        <Accordion multiple collapsible data-testid="dialogue-fields">
          {content.contract.fields.map((field) => (
            <AccordionItem value={field.id} key={field.id}>
              <AccordionHeader size="small">{field.heading}</AccordionHeader>
              <AccordionPanel>
                {field.id === 'selfAgreements' || field.id === 'leaderAgreements' ? (
                  shared[field.id].length ? (
                    <ul className={styles.list}>
                      {shared[field.id].map((a) => (
                        <li key={a.id}>{a.text || t.empty}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className={styles.quiet}>{t.noAgreements}</p>
                  )
                ) : (
                  <p className={styles.fieldText}>{shared.fields[field.id].trim() || t.empty}</p>
                )}
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </section>

      {/* The leader sees what the nearest leader added and whether they accepted, signed, in its own list. */}
      {viewerRole === 'leader' && hasNearestLeaderPart(part) ? (
        <NearestLeaderPartSection part={part} locale={content.locale} content={content} headingClassName={styles.subheading} />
      ) : null}

      <section aria-labelledby="dialogue-agreements" data-testid="dialogue-agreements">
        <h2 id="dialogue-agreements" className={styles.subheading}>
          {t.agreements}
        </h2>
        {session.conflicts.map((c) => (
          <ConflictNotice key={JSON.stringify(c.target)} conflict={c} t={t} onResolve={(choice) => session.resolve(c, choice)} />
        ))}
        <div className={styles.panel}>
          {agreements.map((a, i) => (
            <div key={a.id} className={styles.agreement} data-agreement-id={a.id} role="group" aria-label={`${t.agreementText} ${i + 1}`}>
              <Field label={t.agreementText}>
                <Textarea value={a.text} readOnly={!editable} resize="vertical" onChange={(_, d) => onUpdateAgreement(a.id, { text: d.value })} />
              </Field>
              <Field label={t.agreementFollowUp}>
                <Textarea value={a.followUp} readOnly={!editable} resize="vertical" onChange={(_, d) => onUpdateAgreement(a.id, { followUp: d.value })} />
              </Field>
              {a.addedBy ? <p className={styles.quiet}>{t.writtenBy(a.addedBy.displayName)}</p> : null}
              {a.agreedAt ? (
                <p className={styles.quiet} data-testid="agreed">
                  {t.agreedOn(formatDate(new Date(a.agreedAt), contract.locale))}
                </p>
              ) : null}
            </div>
          ))}
          {editable ? (
            <div className={styles.actions}>
              <Button onClick={onAddAgreement}>{t.addAgreement}</Button>
            </div>
          ) : null}
        </div>
      </section>

      <p className={styles.quiet} role="status" aria-live="polite" data-testid="dialogue-save-status" data-status={session.status}>
        {statusText}
      </p>

      {closed && closedBy ? (
        <MessageBar intent={onRetryAgendas ? 'warning' : 'success'} data-testid="dialogue-closed">
          <MessageBarBody>
            {t.closedOn(formatDate(new Date(contract.collaboration?.dialogue?.closedAt ?? closedBy.at), contract.locale), closedBy.displayName)}{' '}
            <span data-testid="agenda-status">{closeMessage ?? ''}</span>
            {onRetryAgendas ? (
              <>
                {' '}
                <Button size="small" onClick={onRetryAgendas} data-testid="retry-agendas">
                  {t.agendasRetry}
                </Button>
              </>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {session.canEdit ? (
        <section className={styles.clock}>
          <Button appearance="primary" onClick={() => void close()} disabled={closing} data-testid="close-dialogue">
            {closing ? t.closing : t.close}
          </Button>
          <p className={styles.quiet}>{t.closeHelp}</p>
        </section>
      ) : null}
    </div>
  );
}
