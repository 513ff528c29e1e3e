/**
 * The follow-up view of a contract shared with me (the nearest leader, from the chat card or "Delt
 * med mig"). With write access I record how the agreements are going and may revise one: each
 * record is signed with my role (nearestLeader) and saved in the shared lederaftale.json. With read
 * access the view is read-only and says so in one line. The daily tick, dropping agreements, new
 * periods and reminders are the leader's own and are not offered here.
 */
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { newId } from '../../domain/ids';
import { contractAgreements, recordFollowUp, reviseAgreement, type AgreementWording } from '../../domain/followUp';
import { resolveConflict, type MergeConflict } from '../../domain/mergeContract';
import type { FollowUpStatus, Signature } from '../../domain/model';
import type { ContractRef } from '../../store/contractRef';
import { useApp } from '../../ui/AppContext';
import { RetryError } from '../../ui/RetryError';
import { useSharedStyles } from '../../ui/sharedStyles';
import { roleOf, signatureOf, type Viewer } from '../nearestLeader/contributions';
import { AgreementHistorySection } from './AgreementHistorySection';
import { now as clockNow, today as clockToday } from './clock';
import { ConflictChoices } from './ConflictChoices';
import { PrintButton } from './PrintButton';
import { PrintContract } from './PrintContract';
import { QuarterlyTrendPanel } from './QuarterlyTrendPanel';
import { RecordNow } from './RecordNow';
import { datesFromBooking } from './seriesDates';
import { fullDate } from './StatusChart';
import { fill, followUpStrings } from './strings';
import { useForeignContract } from './useForeignContract';
import { StatusLine } from './StatusLine';
import { contractTroubleText } from '../nearestLeader/contractAccessStrings';

const useStyles = makeStyles({
  top: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
});

export function SharedFollowUp({ contractRef }: { contractRef: ContractRef }) {
  const { locale, content } = useApp();
  const t = followUpStrings[locale];
  const shared = useSharedStyles();
  const styles = useStyles();
  const state = useForeignContract(contractRef);
  const { m365, result, contract, status } = state;
  const today = clockToday();
  const dates = useMemo(() => datesFromBooking(contract?.bookings?.followUps ?? []), [contract?.bookings?.followUps]);

  const heading = (
    <h1 className={shared.h2} tabIndex={-1}>
      {t.heading}
    </h1>
  );
  if (m365.status === 'error') {
    return (
      <div data-testid="follow-up-view" data-mode="shared">
        {heading}
        <RetryError message={m365.error?.[locale]} retryLabel={t.sync.retry} onRetry={m365.retry} />
      </div>
    );
  }
  if (result && result.status !== 'opened') {
    return (
      <div data-testid="follow-up-view" data-mode="shared" data-problem={result.status}>
        {heading}
        <MessageBar intent="warning">
          <MessageBarBody>{contractTroubleText(result, locale)}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  if (!result || !contract || !m365.me) {
    return (
      <div data-testid="follow-up-view" data-mode="shared">
        {heading}
        <p role="status">{m365.status === 'ready' ? t.sharedMode.loading : t.connecting}</p>
      </div>
    );
  }

  const viewer: Viewer = {
    id: m365.me.id,
    displayName: m365.me.displayName,
    ...(m365.me.mail ? { mail: m365.me.mail } : {}),
    userPrincipalName: m365.me.userPrincipalName,
  };
  const role = roleOf(contract, viewer);
  const readOnly = result.access === 'read' || status.kind === 'readOnly' || Boolean(contract.archivedAt);
  const sign = (): Signature => signatureOf(viewer, role, clockNow());
  const onRecord = (input: { agreementId: string; date: string; status: FollowUpStatus; note: string }) =>
    state.edit((c) => recordFollowUp(c, { ...input, by: sign() }, clockNow(), newId));
  const onRevise = (agreementId: string, wording: AgreementWording) => state.edit((c) => reviseAgreement(c, agreementId, wording, sign(), clockNow()));
  const onChoose = (conflict: MergeConflict, choice: 'mine' | 'theirs') => {
    if (choice === 'mine') state.edit((c) => resolveConflict(c, conflict, 'mine'));
    state.settle(conflict);
  };
  const statusText =
    status.kind === 'saving' || (status.kind === 'saved' && state.pending)
      ? t.sharedMode.saving
      : status.kind === 'saved'
        ? t.sharedMode.saved
        : status.kind === 'failed'
          ? fill(t.sharedMode.failed, { message: status.message[locale] })
          : '';

  return (
    <div
      data-testid="follow-up-view"
      data-mode="shared"
      data-access={readOnly ? 'read' : 'write'}
      data-role={role}
      data-shared-status={status.kind === 'saved' && state.pending ? 'saving' : status.kind}
    >
      <div data-print="hide">
        <div className={styles.top}>
          <div>
            {heading}
            {contract.leader?.displayName ? <p>{fill(t.sharedMode.sharedBy, { name: contract.leader.displayName })}</p> : null}
            <p>{fill(t.period, { start: fullDate(contract.period.start, locale), end: fullDate(contract.period.end, locale) })}</p>
          </div>
          <PrintButton locale={locale} />
        </div>
        {readOnly ? (
          <MessageBar intent="info" data-testid="read-only-line">
            <MessageBarBody>
              {contract.archivedAt ? fill(t.archived, { date: fullDate(contract.archivedAt.slice(0, 10), locale) }) : t.sharedMode.readOnly}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <p className={shared.muted}>{role === 'nearestLeader' ? fill(t.sharedMode.signedAs, { name: viewer.displayName }) : t.intro}</p>
        )}
        <StatusLine testId="shared-status" text={statusText} retry={status.kind === 'failed' ? { label: t.sync.retry, onRetry: state.retry } : undefined} />
        {!readOnly ? <ConflictChoices conflicts={state.conflicts} contract={contract} content={content} locale={locale} onChoose={onChoose} /> : null}
        {contractAgreements(contract).length === 0 ? <p>{t.noAgreements}</p> : null}
        {!readOnly ? (
          <RecordNow locale={locale} contract={contract} dates={dates} datesSource="none" today={today} readOnly={false} onRecord={onRecord} />
        ) : null}
        <AgreementHistorySection locale={locale} contract={contract} readOnly={readOnly} headingId="shared-follow-up-history-heading" onRevise={onRevise} />
        <QuarterlyTrendPanel locale={locale} contract={contract} today={today} />
      </div>
      <PrintContract contract={contract} content={content} />
    </div>
  );
}
