/**
 * The `dialogue` view (?view=dialogue): in the meeting's side panel, as a meeting tab, from the
 * personal tab, or in a browser for a dialogue held in a room without Teams. It finds the contract
 * that belongs to this dialogue on its own (resolveDialogue) and edits the shared contract live;
 * with no shared contract yet, it works on the leader's local draft. In the tab's configuration
 * frame (?configure=1) it is the configuration page instead.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { newId } from '../../domain/ids';
import type { Locale } from '../../content/types';
import { resolveConflict, type MergeConflict } from '../../domain/mergeContract';
import type { Contract, ContractRole } from '../../domain/model';
import type { OpenContractResult } from '../../store/sharedContract';
import { useApp } from '../../ui/AppContext';
import { RetryError } from '../../ui/RetryError';
import { useMicrosoft365, type Microsoft365 } from '../../ui/m365';
import { useAsync } from '../../ui/useAsync';
import type { ViewRoute } from '../../ui/views';
import { addLeaderAgreement, closeDialogue, roleOf, signatureFor, updateLeaderAgreement, type Viewer } from './dialogueModel';
import { DialoguePanel, type DialogueSession } from './DialoguePanel';
import { agendasStale, type RecordChange } from './finishDialogue';
import { DialogueJournalKeeper } from './dialogueJournal';
import { LiveContract, type LiveState } from './liveContract';
import { readMeetingContext, type MeetingContext } from './meetingContext';
import { resolveDialogue, type ResolvedDialogue } from './resolveDialogue';
import { useAgendaSync, type AgendaSyncState } from './useAgendaSync';
import { dialogueStrings, type DialogueStrings } from './strings';
import { contractTroubleText } from '../nearestLeader/contractAccessStrings';

const MeetingTabConfig = lazy(() => import(/* webpackChunkName: "meeting-tab-config" */ '../meetingTab/MeetingTabConfig'));

/** The line after "closed …": what became of the follow-up agendas. */
function agendaLine(sync: AgendaSyncState, role: ContractRole, contract: Contract, t: DialogueStrings, locale: Locale): string | undefined {
  switch (sync.kind) {
    case 'updating':
      return t.agendasUpdating;
    case 'updated':
      return t.agendasUpdated(sync.series);
    case 'failed':
      return `${t.agendasFailed} ${sync.message[locale]}`;
    default:
      // The nearest leader cannot PATCH the leader's series; the leader's app does it when it next opens.
      return role !== 'leader' && agendasStale(contract) ? t.agendasByLeader : undefined;
  }
}

export default function DialogueView({ route }: { route: ViewRoute }) {
  const { draft, locale } = useApp();
  const configuring = new URLSearchParams(window.location.search).get('configure') === '1';
  // readMeetingContext never rejects; null while it is asked.
  const meetingAnswer = useAsync(() => readMeetingContext(), []);
  const meeting: MeetingContext | undefined | null = meetingAnswer.state === 'done' ? meetingAnswer.value : null;
  if (meeting === null) return <p role="status">{dialogueStrings[locale].loading}</p>;
  if (configuring || meeting?.frameContext === 'settings') return <MeetingTabConfig meeting={meeting} />;
  const resolved = resolveDialogue({ routeContract: route.contract, meeting, draftContract: draft.contract });
  const certain = resolved.source === 'link' || resolved.source === 'meetingChat';
  // In a meeting whose contract is not on this device (a tab added by hand, the nearest leader's
  // app): look among the contracts shared with me for the one booked with this meeting's chat.
  if (!certain && meeting?.chatId) return <MeetingChatLookup chatId={meeting.chatId} fallback={resolved} />;
  return resolved.ref ? <SharedDialogue resolved={resolved} /> : <LocalDialogue />;
}

/** The contract shared with me that was booked with this meeting's chat (null: none), remembered as opened. */
async function findForMeetingChat(
  graph: NonNullable<Microsoft365['graph']>,
  me: NonNullable<Microsoft365['me']>,
  chatId: string,
  signal: AbortSignal,
): Promise<ResolvedDialogue | null> {
  const { findSharedContractForMeeting } = await import(/* webpackChunkName: "shared-contract" */ './findMeetingContract');
  const viewer = { id: me.id, displayName: me.displayName, userPrincipalName: me.userPrincipalName, ...(me.mail ? { mail: me.mail } : {}) };
  const opened = await findSharedContractForMeeting(graph, viewer, chatId).catch(() => undefined);
  // The question changed (another user or chat) or the view went: not remembered as opened.
  if (signal.aborted || !opened) return null;
  const { rememberOpenedContract } = await import(/* webpackChunkName: "shared-contract" */ '../../store/openedContracts');
  rememberOpenedContract(me.id, {
    ref: opened.ref,
    leaderName: opened.contract.leader?.displayName ?? '',
    period: opened.contract.period,
    openedAt: new Date().toISOString(),
  });
  return { source: 'sharedWithMe', ref: opened.ref };
}

function MeetingChatLookup({ chatId, fallback }: { chatId: string; fallback: ResolvedDialogue }) {
  const { locale } = useApp();
  const t = dialogueStrings[locale];
  const m365 = useMicrosoft365();
  const { graph, me } = m365;
  // Undefined while the first look-up runs; a later one keeps what the earlier one found until it answers.
  const found = useAsync((signal) => (graph && me ? findForMeetingChat(graph, me, chatId, signal) : undefined), [graph, me, chatId]).value;

  // Without Microsoft 365 (an error, or still connecting) the device's own contract is all there is.
  if (m365.status === 'error') return fallback.ref ? <SharedDialogue resolved={fallback} /> : <LocalDialogue />;
  if (found === undefined)
    return (
      <p role="status" data-testid="dialogue-finding">
        {m365.status === 'ready' ? t.findingMeeting : t.connecting}
      </p>
    );
  const chosen = found ?? fallback;
  return chosen.ref ? <SharedDialogue resolved={chosen} /> : <LocalDialogue />;
}

/** No shared contract yet: the leader's own draft, saved on this device. */
function LocalDialogue() {
  const { draft, update, locale, content } = useApp();
  const t = dialogueStrings[locale];
  const me: Viewer = { displayName: draft.contract.leader?.displayName ?? '' };
  const [closeMessage, setCloseMessage] = useState<string>();
  const change = useCallback((fn: (c: Contract) => Contract) => update((d) => ({ ...d, contract: fn(d.contract) })), [update]);
  const session: DialogueSession = { contract: draft.contract, status: 'local', conflicts: [], canEdit: true, change, resolve: () => undefined };
  return (
    <DialoguePanel
      session={session}
      viewerRole="leader"
      content={content}
      t={t}
      onAddAgreement={() => change((c) => addLeaderAgreement(c, newId(), signatureFor('leader', me, new Date())))}
      onUpdateAgreement={(id, delta) => change((c) => updateLeaderAgreement(c, id, delta))}
      onCloseDialogue={async () => {
        change((c) => closeDialogue(c, signatureFor('leader', me, new Date())));
        setCloseMessage(undefined);
      }}
      closeMessage={closeMessage}
    />
  );
}

/** The shared contract in OneDrive, written by both people at once. */
function SharedDialogue({ resolved }: { resolved: ResolvedDialogue & { ref?: NonNullable<ResolvedDialogue['ref']> } }) {
  const { locale, content } = useApp();
  const t = dialogueStrings[locale];
  const m365 = useMicrosoft365();
  const [opened, setOpened] = useState<OpenContractResult>();
  const [live, setLive] = useState<LiveState>();
  const [closing, setClosing] = useState(false);
  const sessionRef = useRef<LiveContract | undefined>(undefined);
  // What was typed and not yet in OneDrive, kept on the device (dialogueJournal.ts), and the
  // conflicts it brought back on opening.
  const journalRef = useRef<DialogueJournalKeeper | undefined>(undefined);
  const [restored, setRestored] = useState<MergeConflict[]>([]);
  const me = m365.me;
  const viewer: Viewer | undefined = useMemo(
    () => (me ? { id: me.id, mail: me.mail, userPrincipalName: me.userPrincipalName, displayName: me.displayName } : undefined),
    [me],
  );
  const refKey = JSON.stringify(resolved.ref);

  // Not useAsync: opening starts a live session (LiveContract) that lives until the next one, not one answer.
  useEffect(() => {
    const graph = m365.graph;
    if (!graph || !viewer || !resolved.ref) return undefined;
    let active = true;
    void (async () => {
      const { openContract } = await import(/* webpackChunkName: "shared-contract" */ '../../store/sharedContract');
      const result = await openContract(graph, resolved.ref!, { me: { id: viewer.id ?? '', mail: viewer.mail, userPrincipalName: viewer.userPrincipalName } });
      if (!active) return;
      setOpened(result);
      if (result.status !== 'opened') return;
      const journal = new DialogueJournalKeeper(result.contract.id);
      const kept = journal.open(result.contract);
      const onState = (s: LiveState) => {
        journal.observe(s);
        if (active) setLive(s);
      };
      const session = new LiveContract(graph, result, { me: { id: viewer.id ?? '', mail: viewer.mail, userPrincipalName: viewer.userPrincipalName }, onState });
      sessionRef.current = session;
      journalRef.current = journal;
      if (result.access !== 'read' && kept.journal.agreements.length > 0) session.change(kept.retype);
      setRestored(kept.conflicts);
      setLive(session.state);
    })();
    return () => {
      active = false;
      sessionRef.current?.dispose();
      sessionRef.current = undefined;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refKey stands for resolved.ref (a new object on every render)
  }, [m365.graph, viewer, refKey]);

  const session = sessionRef.current;
  const role: ContractRole | undefined = live && viewer ? (roleOf(live.contract, viewer) ?? (live.access === 'owner' ? 'leader' : 'nearestLeader')) : undefined;
  // The leader's app brings the follow-up agendas up to date whenever the contract says they lag
  // behind: right after this user closes the dialogue, or on opening it after the other one did.
  const record: RecordChange = useCallback(async (change) => {
    const current = sessionRef.current;
    if (!current) return false;
    current.change(change);
    await current.flush();
    return current.state.status === 'saved';
  }, []);
  const agendas = useAgendaSync({
    ...(m365.graph ? { graph: m365.graph } : {}),
    ...(live ? { contract: live.contract } : {}),
    ...(role ? { role } : {}),
    record,
    enabled: !closing && !!session,
  });

  if (m365.status === 'error') {
    return <RetryError message={m365.error?.[locale]} retryLabel="OK" onRetry={m365.retry} />;
  }
  if (!m365.graph || !viewer) return <p role="status">{t.connecting}</p>;
  if (opened && opened.status !== 'opened') {
    return (
      <MessageBar intent="warning" data-testid="dialogue-unavailable">
        <MessageBarBody>{contractTroubleText(opened, locale)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!live || !session || !role) return <p role="status">{t.loading}</p>;

  const journal = journalRef.current;
  const sameTarget = (a: MergeConflict, b: MergeConflict) => JSON.stringify(a.target) === JSON.stringify(b.target);
  const dialogueSession: DialogueSession = {
    contract: live.contract,
    status: live.status,
    conflicts: [...live.conflicts, ...restored.filter((r) => !live.conflicts.some((c) => sameTarget(c, r)))],
    canEdit: live.access !== 'read',
    change: (fn) => session.change(fn),
    resolve: (c, choice) => {
      if (live.conflicts.some((l) => sameTarget(l, c))) session.resolve(c, choice);
      else if (choice === 'mine') session.change((contract) => resolveConflict(contract, c, 'mine'));
      setRestored((list) => list.filter((r) => !sameTarget(r, c)));
      journal?.resolved(c, session.state.contract);
    },
  };
  return (
    <DialoguePanel
      session={dialogueSession}
      viewerRole={role}
      content={content}
      t={t}
      onAddAgreement={() => {
        const id = newId();
        session.change((c) => addLeaderAgreement(c, id, signatureFor(role, viewer, new Date())));
        journal?.typed(session.state.contract, id);
      }}
      onUpdateAgreement={(id, delta) => {
        session.change((c) => updateLeaderAgreement(c, id, delta));
        journal?.typed(session.state.contract, id);
      }}
      onCloseDialogue={async () => {
        setClosing(true);
        try {
          // Whatever is typed goes first; then the close is saved (the store re-renders the .docx).
          await session.flush();
          await session.refresh();
          // An agreement the other person saved in the same moment arrives through the merge: close again
          // until every written agreement is marked (a bounded number of times).
          for (let round = 0; round < 3; round += 1) {
            session.change((c) => closeDialogue(c, signatureFor(role, viewer, new Date())));
            await session.flush();
            const open = session.state.contract.leaderAgreements.some((a) => !a.droppedAt && !a.agreedAt && a.text.trim() !== '');
            if (!open) break;
          }
        } finally {
          // The agendas follow (useAgendaSync), once the closed contract is saved.
          setClosing(false);
        }
      }}
      closeMessage={agendaLine(agendas.state, role, live.contract, t, locale)}
      {...(agendas.state.kind === 'failed' ? { onRetryAgendas: agendas.retry } : {})}
    />
  );
}
