/**
 * `?view=shared-contract&contract=<ref>`: a contract someone shared, opened from the chat card's
 * link (Teams subPageId or the browser address) or from "Delt med mig". It reads in the viewer's
 * own language; the viewer's part (comments, agreements, "Vi er enige") is saved to the shared
 * contract where OneDrive lets them write, and otherwise they are offered the chat.
 */
import { Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { fillTemplate } from '../../content/uiStrings';
import { newId } from '../../domain/ids';
import { resolveConflict, type MergeConflict } from '../../domain/mergeContract';
import type { Contract } from '../../domain/model';
import { decodeContractRef } from '../../host/deepLink';
import { useApp } from '../../ui/AppContext';
import { RetryError } from '../../ui/RetryError';
import { useSharedStyles } from '../../ui/sharedStyles';
import { navigateTo, searchForRoute, type ViewRoute } from '../../ui/views';
import { ChatReply } from './ChatReply';
import { ConflictList } from './ConflictList';
import { ContractReading } from './ContractReading';
import {
  acceptContract,
  addFieldComment,
  addSharedAgreement,
  deleteFieldComment,
  editFieldComment,
  roleOf,
  signatureOf,
  type NewAgreement,
} from './contributions';
import { showDate, showMeetingTime } from './format';
import { sharedStrings } from './strings';
import { useSharedContract } from './useSharedContract';
import { YourPart } from './YourPart';
import { nearestLeaderPart } from '../../domain/nearestLeaderPart';
import { NearestLeaderPartSection } from './NearestLeaderPart';
import { partStrings } from './partStrings';
import { contractTroubleText } from './contractAccessStrings';

const useStyles = makeStyles({
  facts: {
    margin: `0 0 ${tokens.spacingVerticalM}`,
    paddingLeft: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  links: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  status: { minHeight: '1.5em', marginTop: tokens.spacingVerticalM },
});

/**
 * The leader opening their own contract (the chat card's link, or "Delt med mig" on another device):
 * the contract on this device opens in step 2, where the nearest leader's part is shown beside the
 * leader's own; a contract this device does not hold is shown to read, with that part.
 */
function OwnContract({ contract }: { contract: Contract }) {
  const { draft, goTo, locale, content } = useApp();
  const t = sharedStrings[locale];
  const p = partStrings[locale];
  const shared = useSharedStyles();
  const onThisDevice = draft.contract.id === contract.id;
  // Once: goTo is the app's step change, and the step belongs to the leader from then on.
  const went = useRef(false);
  useEffect(() => {
    if (!onThisDevice || went.current) return;
    went.current = true;
    goTo('contract');
  }, [onThisDevice, goTo]);
  if (onThisDevice) return <p role="status">{t.loading}</p>;
  return (
    <section aria-labelledby="shared-contract-heading" data-view="shared-contract" data-own-contract="">
      <h2 id="shared-contract-heading" className={shared.h2} tabIndex={-1}>
        {content.contract.heading}
      </h2>
      <p>{p.ownContract}</p>
      <NearestLeaderPartSection part={nearestLeaderPart(contract)} locale={locale} content={content} headingLevel={3} className={shared.section} />
      <ContractReading contract={contract} content={content} locale={locale} t={t} busy={false} />
    </section>
  );
}

export default function SharedContractView({ route }: { route: ViewRoute }) {
  const { locale, content } = useApp();
  const t = sharedStrings[locale];
  const styles = useStyles();
  const shared = useSharedStyles();
  const ref = useMemo(() => decodeContractRef(route.contract), [route.contract]);
  const state = useSharedContract(ref);
  const { m365, result, viewer, saveStatus } = state;
  // What the user typed in a save OneDrive refused: handed to the chat reply, so nothing is lost.
  const [unsaved, setUnsaved] = useState('');
  const toOverview = (
    <p>
      <Link
        href="?view=shared-with-me"
        onClick={(e) => {
          e.preventDefault();
          navigateTo({ view: 'sharedWithMe' });
        }}
      >
        {t.backToOverview}
      </Link>
    </p>
  );

  let body: ReactElement;
  let heading = content.contract.heading;
  if (!ref) {
    body = (
      <MessageBar intent="error">
        <MessageBarBody>{t.badLink}</MessageBarBody>
      </MessageBar>
    );
  } else if (m365.status === 'error') {
    body = <RetryError message={m365.error?.[locale]} retryLabel={t.tryAgain} onRetry={m365.retry} />;
  } else if (!result || !viewer || !m365.graph) {
    body = <p role="status">{m365.status === 'ready' ? t.loading : t.connecting}</p>;
  } else if (result.status !== 'opened') {
    body = (
      <>
        <MessageBar intent="warning" data-shared-problem={result.status}>
          <MessageBarBody>{contractTroubleText(result, locale)}</MessageBarBody>
        </MessageBar>
        {toOverview}
      </>
    );
  } else {
    const { contract, access } = result;
    const role = roleOf(contract, viewer);
    if (role === 'leader') {
      // One's own contract from the chat card's link: one's own view, never the nearest leader's form.
      return <OwnContract contract={contract} />;
    }
    const canWrite = access !== 'read';
    const busy = saveStatus.kind === 'saving';
    const leaderName = contract.leader?.displayName ?? '';
    if (leaderName) heading = fillTemplate(t.viewHeading, { name: leaderName });
    const sign = () => signatureOf(viewer, role, new Date());
    const save = (change: (c: Contract) => Contract) => state.save(change);
    /** Save what was typed; if it is not saved, keep the words for the chat reply. */
    const saveTyped = (typed: string, change: (c: Contract) => Contract) =>
      save(change).then((ok) => {
        setUnsaved(ok ? '' : typed.trim());
        return ok;
      });
    const fieldHeading = (id: string) => content.contract.fields.find((f) => f.id === id)?.heading ?? id;
    const dialogue = contract.bookings?.dialogue;
    const wordUrl = contract.bookings?.storage?.docx.webUrl;
    body = (
      <>
        <ul className={styles.facts}>
          {leaderName ? <li>{fillTemplate(t.sharedBy, { name: leaderName })}</li> : null}
          <li>{fillTemplate(t.period, { start: showDate(contract.period.start, locale), end: showDate(contract.period.end, locale) })}</li>
          {dialogue ? <li>{fillTemplate(t.meeting, { time: showMeetingTime(dialogue.start, locale) })}</li> : null}
        </ul>
        <div className={styles.links}>
          {dialogue?.joinUrl ? (
            <Link href={dialogue.joinUrl} target="_blank" rel="noopener noreferrer">
              {t.joinMeeting}
            </Link>
          ) : null}
          {wordUrl ? (
            <Link href={wordUrl} target="_blank" rel="noopener noreferrer">
              {t.openInWord}
            </Link>
          ) : null}
          {route.contract ? (
            <Link
              href={searchForRoute({ view: 'followUp', contract: route.contract }, '')}
              onClick={(e) => {
                e.preventDefault();
                navigateTo({ view: 'followUp', contract: route.contract });
              }}
            >
              {t.openFollowUp}
            </Link>
          ) : null}
        </div>
        <ConflictList
          conflicts={state.conflicts}
          t={t}
          busy={busy}
          onChoose={(conflict: MergeConflict, choice) => {
            if (choice === 'theirs') state.dismissConflict(conflict);
            else void save((c) => resolveConflict(c, conflict, 'mine')).then((ok) => ok && state.dismissConflict(conflict));
          }}
        />
        <ContractReading
          contract={contract}
          content={content}
          locale={locale}
          t={t}
          busy={busy}
          {...(canWrite
            ? {
                onComment: (field, text) => saveTyped(`${fieldHeading(field)}: ${text}`, (c) => addFieldComment(c, field, text, sign(), newId())),
                ownComments: {
                  viewerId: viewer.id,
                  onEdit: (id, text) => saveTyped(text, (c) => editFieldComment(c, id, text, viewer, new Date())),
                  onDelete: (id) => save((c) => deleteFieldComment(c, id, viewer, new Date())),
                },
              }
            : {})}
        />
        {canWrite ? (
          <YourPart
            contract={contract}
            locale={locale}
            t={t}
            busy={busy}
            canAccept={role === 'nearestLeader'}
            onAddAgreement={(input: NewAgreement) =>
              saveTyped([input.text.trim(), input.followUp.trim() ? `${t.followUp} ${input.followUp.trim()}` : ''].filter(Boolean).join('\n'), (c) =>
                addSharedAgreement(c, input, sign(), newId()),
              )
            }
            onAccept={() => save((c) => acceptContract(c, sign()))}
          />
        ) : role === 'nearestLeader' && contract.leader ? (
          <ChatReply graph={m365.graph} me={viewer} leader={contract.leader} title={heading} locale={locale} t={t} initialText={unsaved} />
        ) : null}
        <div role="status" className={styles.status}>
          {saveStatus.kind === 'saving' ? t.saving : saveStatus.kind === 'saved' ? (saveStatus.docxFailed ? t.docxFailed : t.saved) : ''}
        </div>
        {saveStatus.kind === 'readOnly' ? (
          <MessageBar intent="warning" data-shared-problem="readOnlyAfterSave">
            <MessageBarBody>
              {saveStatus.message[locale]} {unsaved && role === 'nearestLeader' ? t.unsavedMovedToChat : ''}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {saveStatus.kind === 'failed' ? (
          <MessageBar intent="error">
            <MessageBarBody>
              {t.saveFailed} {saveStatus.message[locale]}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </>
    );
  }

  return (
    <section aria-labelledby="shared-contract-heading" data-view="shared-contract">
      <h2 id="shared-contract-heading" className={shared.h2} tabIndex={-1}>
        {heading}
      </h2>
      {body}
    </section>
  );
}
