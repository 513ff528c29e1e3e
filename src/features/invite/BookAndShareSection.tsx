/**
 * Step 3's last part, after the preview: "Book og del". The leader confirms the nearest leader,
 * picks the dialogue's time (and a quiet place), the follow-ups, the reminders and the sharing,
 * and one action books and shares it all with a visible checklist. Loaded as its own chunk; the
 * Microsoft 365 session comes from src/ui/m365.ts.
 */
import { readSharedBase } from '../../store/sharedBase';
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarAdd20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { appConfig } from '../../config';
import { adminConsentUrl } from '../../auth/adminConsent';
import { fillTemplate } from '../../content/uiStrings';
import { savedBookingChoices, setBookingChoices } from '../../domain/bookingChoices';
import { replaceContract, setBookings, setLeader, setNearestLeader } from '../../domain/draftEdits';
import type { Contract, Draft, Person } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import type { Me } from '../../graph/types';
import { buildContractDeepLink, contractWebUrl } from '../../host/contractLinks';
import { encodeContractRef } from '../../host/deepLink';
import { useApp } from '../../ui/AppContext';
import { useMicrosoft365 } from '../../ui/m365';
import { useSharedStyles } from '../../ui/sharedStyles';
import { BookingChecklist } from './BookingChecklist';
import { requestIssueText } from './bookingIssueWords';
import { BookingOutcome } from './BookingOutcome';
import { ChangeDialogueSection } from './ChangeDialogueSection';
import { buildRequest, firstStartOf, followUpIndexOf, initialChoices, issueArea, samePerson, type InviteChoices } from './choices';
import { ConflictDialog } from './ConflictDialog';
import { DialogueTimeSection } from './DialogueTimeSection';
import { resolveStorageConflict, type ConflictChoice, type RequestIssue, type StorageConflict } from './engine';
import { FollowUpPlanSection } from './FollowUpPlanSection';
import { NearestLeaderSection } from './NearestLeaderSection';
import { ReminderSection } from './ReminderSection';
import { ShareSection } from './ShareSection';
import { inviteStrings } from './strings';
import { useBookAndShare } from './useBookAndShare';
import { useInviteData } from './useInviteData';

/** The Teams tab's entityId in manifest/manifest.json (staticTabs). */
const TAB_ENTITY_ID = 'lederdialog';

const useStyles = makeStyles({
  root: {
    marginTop: tokens.spacingVerticalXXXL,
    padding: tokens.spacingHorizontalXL,
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalM },
  },
  book: { marginTop: tokens.spacingVerticalXXL, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** The link carries the contract's location when known, so it opens without any search (encodeContractRef). */
function deepLink(contractId: string, location?: { driveId?: string; folderId?: string }): string {
  const ref = encodeContractRef({ contractId, ...location });
  return buildContractDeepLink({ appId: appConfig.teamsAppId, entityId: TAB_ENTITY_ID, contractId: ref, webUrl: contractWebUrl(appConfig.appOrigin, ref) });
}

function personOf(me: Me): Person {
  return { displayName: me.displayName, ...(me.mail ? { mail: me.mail } : {}), id: me.id, kind: 'user' };
}

function withNearestLeader(choices: InviteChoices, person: Person | undefined): InviteChoices {
  const next = { ...choices };
  if (person) next.nearestLeader = person;
  else delete next.nearestLeader;
  return next;
}

/** Fix the follow-ups' first dates to what was booked, so moving the dialogue later does not move them. */
function pinFollowUps(choices: InviteChoices): InviteChoices {
  return {
    ...choices,
    followUps: choices.followUps.map((f) => {
      const start = firstStartOf(f, choices.slot);
      return start ? { ...f, firstDate: start.slice(0, 10), time: start.slice(11, 16) } : f;
    }),
  };
}

function BookAndShareSection() {
  const { locale } = useApp();
  const t = inviteStrings[locale];
  const shared = useSharedStyles();
  const styles = useStyles();
  const m365 = useMicrosoft365();

  return (
    <section aria-labelledby="book-and-share-heading" className={`${shared.card} ${styles.root}`} data-book-and-share="">
      <h2 id="book-and-share-heading" className={shared.h2}>
        {t.heading}
      </h2>
      <p className={shared.lead}>{t.intro}</p>
      {m365.status === 'ready' && m365.graph && m365.me ? (
        <BookAndShareForm graph={m365.graph} me={m365.me} />
      ) : m365.status === 'error' ? (
        <div role="alert">
          <p>
            {t.connectFailed} {m365.error?.[locale]}
          </p>
          <Button onClick={m365.retry}>{t.tryAgain}</Button>
        </div>
      ) : (
        <Spinner size="small" label={t.connecting} />
      )}
    </section>
  );
}

function BookAndShareForm({ graph, me }: { graph: GraphClient; me: Me }) {
  const { draft, update, locale, goTo, t: appStrings } = useApp();
  const t = inviteStrings[locale];
  const shared = useSharedStyles();
  const styles = useStyles();
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const outcomeRef = useRef<HTMLDivElement>(null);

  // Every choice lives in the draft (autosaved like the contract), so a reload keeps all of them.
  const [defaults] = useState<InviteChoices>(() => initialChoices(draft.contract.bookings));
  const choices = savedBookingChoices(draft) ?? defaults;
  const setChoices = useCallback(
    (change: (c: InviteChoices) => InviteChoices) => update((d) => setBookingChoices(d, change(savedBookingChoices(d) ?? defaults))),
    [update, defaults],
  );
  const picked = choices.nearestLeader ?? draft.contract.nearestLeader;
  const setPicked = (person: Person | undefined) => setChoices((c) => withNearestLeader(c, person));
  const [conflict, setConflict] = useState<StorageConflict | undefined>();
  const data = useInviteData(graph, picked, locale);
  const nearestLeader = data.nearestLeader;
  const booking = useBookAndShare(graph, update);
  const outcome = booking.outcome;

  useEffect(() => {
    if (outcome && outcome.status !== 'complete') outcomeRef.current?.focus();
  }, [outcome]);

  const issues: RequestIssue[] = outcome?.status === 'invalid' ? outcome.issues : [];
  const messagesFor = (area: ReturnType<typeof issueArea>) => issues.filter((i) => issueArea(i) === area).map((i) => requestIssueText(i, locale));
  const followUpErrors = (index: number) =>
    issues
      .filter((i) => issueArea(i) === 'followUps' && (followUpIndexOf(i) ?? -1) === index && (index >= 0 || !/^followUps\[\d+\]\./.test(i.field)))
      .map((i) => requestIssueText(i, locale));

  const book = async (contractOverride?: Contract) => {
    const now = new Date();
    const mePerson = personOf(me);
    const withPeople = (d: Draft): Draft => {
      let next = contractOverride ? replaceContract(d, contractOverride) : d;
      if (!samePerson(next.contract.leader, mePerson)) next = setLeader(next, mePerson, now);
      if (nearestLeader && !samePerson(next.contract.nearestLeader, nearestLeader)) next = setNearestLeader(next, nearestLeader, now);
      return next;
    };
    const current = draftRef.current;
    const next = withPeople(current);
    if (next !== current) update(withPeople);
    const request = buildRequest({
      contract: next.contract,
      notes: next.notes,
      me: mePerson,
      nearestLeader,
      choices,
      timeZone: data.timeZone,
      locale,
      deepLink,
      now,
    });
    // What the leader changed is measured against the version this device last saw (the nearest leader's part is then kept).
    const sharedBase = readSharedBase(next.contract.id);
    const result = await booking.run(sharedBase ? { ...request, sharedBase } : request);
    if (result && result.status !== 'invalid' && result.status !== 'error') {
      setChoices(pinFollowUps);
      if (result.conflicts.length > 0) setConflict(result.conflicts[0]);
    }
  };

  const choose = (choice: ConflictChoice) => {
    const c = conflict;
    setConflict(undefined);
    if (!c) return;
    void book(resolveStorageConflict(draftRef.current.contract, c, choice));
  };

  // A room chosen earlier (a saved choice): the leader asked for rooms then, so the list is shown again.
  const { rooms: roomsState, askForRooms } = data;
  const hasRoom = choices.room !== undefined;
  useEffect(() => {
    if (hasRoom && roomsState.status === 'notAsked') askForRooms();
  }, [hasRoom, roomsState.status, askForRooms]);

  return (
    <>
      <p className={shared.muted}>{fillTemplate(t.signedInAs, { name: me.displayName })}</p>
      <NearestLeaderSection
        graph={graph}
        locale={locale}
        directory={data.directory}
        chosen={nearestLeader}
        onChoose={setPicked}
        errors={messagesFor('leader')}
      />
      <DialogueTimeSection
        locale={locale}
        slots={data.slots}
        timeZone={data.timeZone}
        orgContact={nearestLeader?.kind === 'orgContact'}
        slot={choices.slot}
        onSlot={(slot) => setChoices((c) => ({ ...c, slot }))}
        rooms={data.rooms}
        onAskForRooms={data.askForRooms}
        adminLink={adminConsentUrl(appConfig)}
        room={choices.room}
        onRoom={(room) =>
          setChoices((c) => {
            const next = { ...c };
            if (room) next.room = room;
            else delete next.room;
            return next;
          })
        }
        place={choices.place}
        onPlace={(place) => setChoices((c) => ({ ...c, place }))}
        slotErrors={messagesFor('slot')}
        placeErrors={messagesFor('place')}
      />
      <FollowUpPlanSection
        locale={locale}
        choices={choices}
        period={draft.contract.period}
        onChange={(followUps) => setChoices((c) => ({ ...c, followUps }))}
        errorsAt={followUpErrors}
        calendarCheck={{
          graph,
          leaderMail: me.mail ?? undefined,
          nearestLeader,
          bookedKeys: (draft.contract.bookings?.followUps ?? []).filter((f) => f.seriesMasterId).map((f) => f.id),
          timeZone: data.timeZone,
        }}
      />
      <ReminderSection
        locale={locale}
        contract={draft.contract}
        kind={choices.reminderKind}
        onKind={(reminderKind) => setChoices((c) => ({ ...c, reminderKind }))}
        weekdaysOnly={choices.weekdaysOnly === true}
        onWeekdaysOnly={(weekdaysOnly) => setChoices((c) => ({ ...c, weekdaysOnly }))}
      />
      <ShareSection
        locale={locale}
        role={choices.shareRole}
        onRole={(shareRole) => setChoices((c) => ({ ...c, shareRole }))}
        pinInMeeting={choices.pinInMeeting !== false}
        onPinInMeeting={(pinInMeeting) => setChoices((c) => ({ ...c, pinInMeeting }))}
      />

      <div className={styles.book}>
        <Button appearance="primary" size="large" icon={<CalendarAdd20Regular />} onClick={() => void book()} disabled={booking.running}>
          {t.book.button}
        </Button>
        {booking.running ? <Spinner size="tiny" label={t.book.running} /> : null}
      </div>
      {booking.checklist ? <BookingChecklist locale={locale} state={booking.checklist} /> : null}
      <BookingOutcome
        ref={outcomeRef}
        locale={locale}
        outcome={outcome}
        appStrings={appStrings}
        onRetry={() => void book()}
        onGoTo={goTo}
        retryDisabled={booking.running}
      />
      <ConflictDialog locale={locale} conflict={conflict} onChoose={choose} />
      {!booking.running ? (
        <ChangeDialogueSection
          graph={graph}
          locale={locale}
          contract={draft.contract}
          onChanged={(bookings, movedTo) => {
            update((d) => setBookings(d, bookings));
            if (movedTo) setChoices((c) => ({ ...pinFollowUps(c), slot: movedTo }));
          }}
        />
      ) : null}
    </>
  );
}

export default BookAndShareSection;
