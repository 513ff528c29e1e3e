/**
 * The follow-up view (?view=follow-up): record how the agreements are going at the follow-up
 * meetings, the daily tick, each agreement's history, the quarterly trend, a new period, and a
 * print view. Every change goes into the local draft at once (autosave) and on to the contract in
 * OneDrive (useSharedSave); reminders follow revisions and drops (useReminderSync). Texts both
 * people changed at once are offered for a choice (ConflictChoices), never silently overwritten.
 *
 * A link to a contract in someone else's drive (`?contract=<located ref>`, the nearest leader's
 * way in) opens it as shared with me instead (SharedFollowUp).
 */
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { resolveConflict, type MergeConflict } from '../../domain/mergeContract';
import { decodeContractRef } from '../../host/deepLink';
import { isLocated } from '../../store/contractRef';
import { useEffect, useMemo, useState } from 'react';
import { replaceContract } from '../../domain/draftEdits';
import { setDailyCheck } from '../../domain/dailyCheck';
import {
  contractAgreements,
  dropAgreement,
  editDraftContract,
  recordFollowUp,
  restoreAgreement,
  reviseAgreement,
  type AgreementWording,
} from '../../domain/followUp';
import type { Contract, Draft, FollowUpStatus, Signature } from '../../domain/model';
import { startNewPeriod } from '../../domain/newPeriod';
import { useApp } from '../../ui/AppContext';
import { graphErrorText } from '../../ui/graphErrorWords';
import { useMicrosoft365 } from '../../ui/m365';
import { useAsync } from '../../ui/useAsync';
import { hasNearestLeaderPart, nearestLeaderPart } from '../../domain/nearestLeaderPart';
import { useSharedStyles } from '../../ui/sharedStyles';
import { AcceptanceLine, NearestLeaderPartSection } from '../nearestLeader/NearestLeaderPart';
import { sharedRefOf } from '../nearestLeader/sharedRef';
import { useNearestLeaderPart } from '../nearestLeader/useNearestLeaderPart';
import type { ViewRoute } from '../../ui/views';
import { AgreementHistorySection } from './AgreementHistorySection';
import { archiveContract, markUploaded, readArchive, type ArchivedEntry } from '../../store/archivedContracts';
import { now as clockNow, today as clockToday } from './clock';
import { ConflictChoices } from './ConflictChoices';
import { DailyCheckPanel } from './DailyCheckPanel';
import { NewPeriodPanel } from './NewPeriodPanel';
import { EndBookingsNotice } from './EndBookingsNotice';
import { withBookingsEnded } from '../../domain/periodEnd';
import { PrintButton } from './PrintButton';
import { PrintContract } from './PrintContract';
import { QuarterlyTrendPanel } from './QuarterlyTrendPanel';
import { RecordNow } from './RecordNow';
import { SharedFollowUp } from './SharedFollowUp';
import { datesFromBooking, datesFromCalendar, type SeriesDate } from './seriesDates';
import { fullDate } from './StatusChart';
import { fill, followUpStrings } from './strings';
import { useReminderSync } from './useReminderSync';
import { saveFollowUpsOnce, useSharedSave } from './useSharedSave';
import { StatusLine } from './StatusLine';

const useStyles = makeStyles({
  top: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  status: { display: 'grid', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
});

export default function FollowUpView({ route }: { route: ViewRoute }) {
  const { draft } = useApp();
  const ref = useMemo(() => decodeContractRef(route.contract), [route.contract]);
  // Someone else's contract, located in their drive: opened as shared with me.
  if (ref && ref.contractId !== draft.contract.id && ref.driveId && isLocated(ref)) return <SharedFollowUp contractRef={ref} />;
  return <OwnFollowUp route={route} />;
}

function OwnFollowUp({ route }: { route: ViewRoute }) {
  const { draft, update, locale, content } = useApp();
  const t = followUpStrings[locale];
  const shared = useSharedStyles();
  const styles = useStyles();
  const m365 = useMicrosoft365();
  const graph = m365.status === 'ready' ? m365.graph : undefined;
  // A failed connection (throttling, offline) is tried again by itself: the saves wait for it.
  const m365Failed = m365.status === 'error';
  const reconnect = m365.retry;
  useEffect(() => {
    if (!m365Failed) return;
    const timer = setTimeout(reconnect, 3000);
    return () => clearTimeout(timer);
  }, [m365Failed, reconnect]);
  const today = clockToday();
  const [archive, setArchive] = useState<ArchivedEntry[]>(() => readArchive());
  const [notice, setNotice] = useState<string | null>(null);

  // A link to an earlier period shows it read-only; anything else shows the current contract.
  const archived = route.contract && route.contract !== draft.contract.id ? archive.find((e) => e.contract.id === route.contract)?.contract : undefined;
  const contract: Contract = archived ?? draft.contract;
  const readOnly = Boolean(contract.archivedAt);

  const sharedSave = useSharedSave(draft.contract, graph, update);
  // The nearest leader's part, read from the shared file (an earlier period: from its archived copy).
  const ownPart = useNearestLeaderPart(draft.contract);
  const part = archived ? nearestLeaderPart(archived) : ownPart.part;
  const isShared = Boolean(sharedRefOf(contract));
  const reminders = useReminderSync(draft.contract, graph, update, today);

  // The follow-up dates: the calendar's instances, else what the booking implies.
  const fromRecord = useMemo(() => datesFromBooking(contract.bookings?.followUps ?? []), [contract.bookings?.followUps]);
  const seriesKey = (contract.bookings?.followUps ?? []).map((f) => f.seriesMasterId ?? '').join(',');
  // Kept while the next answer loads and when there is no series to ask about; none after a failure.
  const calendarDates: SeriesDate[] | null =
    useAsync(
      () => (graph && seriesKey.replace(/,/g, '') !== '' ? datesFromCalendar(graph, contract) : undefined),
      // eslint-disable-next-line react-hooks/exhaustive-deps -- the series, not every contract edit
      [graph, seriesKey],
    ).value ?? null;
  const dates = calendarDates ?? fromRecord;
  const datesSource = calendarDates ? 'calendar' : fromRecord.length ? 'record' : 'none';

  // Archived contracts whose OneDrive copy is not saved yet are saved again.
  useEffect(() => {
    if (!graph) return;
    for (const entry of archive.filter((e) => e.pendingUpload)) {
      saveFollowUpsOnce(graph, entry.contract).then(
        (r) => {
          if (r.ok) setArchive(markUploaded(entry.contract.id));
        },
        () => undefined,
      );
    }
  }, [graph, archive]);

  const signature = (): Signature => {
    const by: Signature = { role: 'leader', displayName: draft.contract.leader?.displayName ?? m365.me?.displayName ?? '', at: clockNow().toISOString() };
    const id = draft.contract.leader?.id ?? m365.me?.id;
    if (id) by.id = id;
    return by;
  };
  const edit = (change: (c: Contract) => Contract) => update((d: Draft) => editDraftContract(d, change));

  const onRecord = (input: { agreementId: string; date: string; status: FollowUpStatus; note: string }) =>
    edit((c) => recordFollowUp(c, { ...input, by: signature() }, clockNow()));
  const onRevise = (agreementId: string, wording: AgreementWording) => edit((c) => reviseAgreement(c, agreementId, wording, signature(), clockNow()));
  const onDrop = (agreementId: string) => edit((c) => dropAgreement(c, agreementId, clockNow()));
  const onRestore = (agreementId: string) => edit((c) => restoreAgreement(c, agreementId, clockNow()));
  const onAnswer = (agreementId: string, kept: boolean) => edit((c) => setDailyCheck(c, agreementId, today, kept, clockNow()));
  const onChooseConflict = (conflict: MergeConflict, choice: 'mine' | 'theirs') => {
    // Theirs is in the contract already; mine goes back in and is saved like any change.
    if (choice === 'mine') edit((c) => resolveConflict(c, conflict, 'mine'));
    sharedSave.settle(conflict);
  };
  const onNewPeriod = (keep: string[]) => {
    const { next, archived: old } = startNewPeriod(draft.contract, keep, today, clockNow());
    setArchive(archiveContract(old, Boolean(old.bookings?.storage?.json.itemId)));
    update((d) => replaceContract(d, next));
    setNotice(t.newPeriod.started);
  };

  const syncText = (() => {
    switch (sharedSave.state.status) {
      case 'notShared':
        return t.sync.notShared;
      case 'saving':
        return t.sync.saving;
      case 'saved':
        return sharedSave.pending ? t.sync.saving : t.sync.saved;
      case 'failed':
        return fill(t.sync.failed, { message: sharedSave.state.message?.[locale] ?? '' });
      default:
        if (m365.status === 'error') return fill(t.sync.failed, { message: m365.error?.[locale] ?? '' });
        return m365.status === 'ready' ? t.sync.local : t.connecting;
    }
  })();

  return (
    <div
      data-testid="follow-up-view"
      data-onedrive-status={sharedSave.state.status === 'saved' && sharedSave.pending ? 'saving' : sharedSave.state.status}
      data-reminder-status={reminders.status}
    >
      <div data-print="hide">
        <div className={styles.top}>
          <div>
            <h1 className={shared.h2} tabIndex={-1}>
              {t.heading}
            </h1>
            <p>{fill(t.period, { start: fullDate(contract.period.start, locale), end: fullDate(contract.period.end, locale) })}</p>
            {isShared ? <AcceptanceLine part={part} locale={locale} /> : null}
          </div>
          <PrintButton locale={locale} />
        </div>
        <p className={shared.lead}>{t.intro}</p>
        {readOnly ? (
          <MessageBar intent="info">
            <MessageBarBody>{fill(t.archived, { date: fullDate((contract.archivedAt as string).slice(0, 10), locale) })}</MessageBarBody>
          </MessageBar>
        ) : null}
        {!readOnly ? (
          <EndBookingsNotice
            locale={locale}
            contract={contract}
            graph={graph}
            timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'}
            onEnded={(lastDay, ended) => edit((c) => (c.bookings ? { ...c, bookings: withBookingsEnded(c.bookings, lastDay, ended) } : c))}
          />
        ) : null}
        {notice ? (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.status}>
          <StatusLine
            testId="onedrive-status"
            text={syncText}
            retry={
              sharedSave.state.status === 'failed' || m365.status === 'error'
                ? { label: t.sync.retry, onRetry: m365.status === 'error' ? m365.retry : sharedSave.retry }
                : undefined
            }
          />
          {!readOnly ? (
            <ConflictChoices conflicts={sharedSave.state.conflicts} contract={contract} content={content} locale={locale} onChoose={onChooseConflict} />
          ) : null}
          <StatusLine
            testId="reminder-status"
            className={reminders.status === 'inStep' ? shared.visuallyHidden : undefined}
            text={
              reminders.status === 'running' || reminders.status === 'pending'
                ? graph
                  ? t.reminders.updating
                  : t.reminders.notConnected
                : reminders.status === 'failed'
                  ? fill(t.reminders.failed, { message: reminders.failures[0] ? graphErrorText(reminders.failures[0].errorKind, locale) : '' })
                  : reminders.status === 'updated'
                    ? t.reminders.updated
                    : ''
            }
            retry={reminders.status === 'failed' ? { label: t.reminders.retry, onRetry: reminders.retry } : undefined}
          />
        </div>

        {contractAgreements(contract).length === 0 ? <p>{t.noAgreements}</p> : null}
        {!readOnly ? (
          <RecordNow locale={locale} contract={contract} dates={dates} datesSource={datesSource} today={today} readOnly={readOnly} onRecord={onRecord} />
        ) : null}
        {!readOnly ? <DailyCheckPanel locale={locale} contract={contract} today={today} readOnly={readOnly} onAnswer={onAnswer} /> : null}

        {isShared && hasNearestLeaderPart(part) ? <NearestLeaderPartSection part={part} locale={locale} content={content} className={shared.section} /> : null}

        <AgreementHistorySection
          locale={locale}
          contract={contract}
          readOnly={readOnly}
          headingId="follow-up-history-heading"
          onRevise={onRevise}
          onDrop={onDrop}
          onRestore={onRestore}
        />

        <QuarterlyTrendPanel locale={locale} contract={contract} today={today} />
        {!readOnly ? <NewPeriodPanel key={contract.id} locale={locale} contract={contract} today={today} onStart={onNewPeriod} /> : null}

        {archive.length > 0 ? (
          <section className={shared.section} aria-labelledby="follow-up-archive-heading">
            <h2 id="follow-up-archive-heading" className={shared.h2}>
              {t.newPeriod.previous}
            </h2>
            <ul>
              {archive.map((e) => (
                <li key={e.contract.id}>
                  <a href={`?view=follow-up&contract=${encodeURIComponent(e.contract.id)}`}>
                    {fill(t.newPeriod.open, { start: fullDate(e.contract.period.start, locale), end: fullDate(e.contract.period.end, locale) })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <PrintContract contract={contract} content={content} />
    </div>
  );
}
