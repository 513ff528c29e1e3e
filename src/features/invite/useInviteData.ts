/**
 * What the booking screen reads from Microsoft 365 before anything is booked: the nearest leader
 * from the directory, the mailbox's time zone and working hours, and the free slots for both —
 * refetched when another nearest leader is chosen. The rooms only when the leader asks for one:
 * Place.Read.All needs an administrator's consent, so asking on opening the step would put an
 * approval prompt before a user who never wanted a room (incremental consent).
 */
import { useCallback, useState } from 'react';
import type { Locale } from '../../content/types';
import type { Person } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { getMailboxSettings } from '../../graph/me';
import { findDialogueTimes } from '../../graph/meetingTimes';
import { getNearestLeader } from '../../graph/people';
import { listRooms } from '../../graph/rooms';
import type { MailboxSettingsResult } from '../../graph/types';
import { useAsync } from '../../ui/useAsync';
import { answerStatus, type AnswerStatus } from './answerStatus';
import type { RoomsState, SlotsState } from './DialogueTimeSection';
import type { DirectoryLeader } from './NearestLeaderSection';
import { spreadSlots } from './slots';

/** About three weeks of working days: "the coming weeks". */
export const SLOT_WORKING_DAYS = 15;

export type MailboxState = AnswerStatus<{ settings: MailboxSettingsResult }>;

/** The device's zone, when the mailbox has none to give (Graph accepts IANA names too). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** `picked`: the person the leader chose instead of the directory's nearest leader, if any. */
export function useInviteData(graph: GraphClient | undefined, picked: Person | undefined, locale: Locale) {
  const [rooms, setRooms] = useState<RoomsState>({ status: 'notAsked' });
  // The locale only words a failure, at render: a language switch does not ask Graph again.
  const directory: DirectoryLeader = answerStatus(
    useAsync(() => (graph ? getNearestLeader(graph) : undefined), [graph]),
    locale,
    (leader) => ({ leader }),
  );
  const mailbox: MailboxState = answerStatus(
    useAsync(() => (graph ? getMailboxSettings(graph) : undefined), [graph]),
    locale,
    (settings) => ({ settings }),
  );

  const fromDirectory = directory.status === 'done' && directory.leader.kind !== 'none' ? directory.leader.person : undefined;
  const leader = picked ?? fromDirectory;
  const mail = leader?.mail;
  const name = leader?.displayName;
  const settings = mailbox.status === 'done' ? mailbox.settings : undefined;
  const times = useAsync(
    () =>
      graph && mail && settings
        ? findDialogueTimes(graph, {
            attendee: { mail, ...(name ? { displayName: name } : {}) },
            workingHours: settings.workingHours,
            timeZone: settings.timeZone,
            workingDays: SLOT_WORKING_DAYS,
            now: new Date(),
            maxCandidates: 60,
          }).then((found) => spreadSlots(found.slots))
        : undefined,
    [graph, mail, name, settings],
  );
  // Until there is someone to book with and a mailbox to book from, the slots wait.
  const slots: SlotsState = graph && mail && settings ? answerStatus(times, locale, (spread) => ({ slots: spread })) : { status: 'waiting' };

  /** The leader asked for a room: only now is the rooms scope asked for. */
  const askForRooms = useCallback(() => {
    if (!graph) return;
    setRooms({ status: 'loading' });
    listRooms(graph).then(
      (r) => setRooms(r.available ? { status: 'available', rooms: r.rooms } : { status: 'unavailable' }),
      () => setRooms({ status: 'unavailable' }),
    );
  }, [graph]);

  const timeZone = settings?.timeZone ?? deviceTimeZone();
  return { directory, mailbox, rooms, askForRooms, slots, timeZone, nearestLeader: leader };
}
