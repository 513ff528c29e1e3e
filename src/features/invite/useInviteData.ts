/**
 * What the booking screen reads from Microsoft 365 before anything is booked: the nearest leader
 * from the directory, the mailbox's time zone and working hours, and the free slots for both —
 * refetched when another nearest leader is chosen. The rooms only when the leader asks for one:
 * Place.Read.All needs an administrator's consent, so asking on opening the step would put an
 * approval prompt before a user who never wanted a room (incremental consent).
 */
import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../../content/types';
import type { Person } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { isGraphAppError } from '../../graph/errors';
import { getMailboxSettings } from '../../graph/me';
import { findDialogueTimes } from '../../graph/meetingTimes';
import { getNearestLeader } from '../../graph/people';
import { listRooms } from '../../graph/rooms';
import type { MailboxSettingsResult } from '../../graph/types';
import { graphErrorText } from '../../ui/graphErrorWords';
import type { RoomsState, SlotsState } from './DialogueTimeSection';
import type { DirectoryLeader } from './NearestLeaderSection';
import { spreadSlots } from './slots';

/** About three weeks of working days: "the coming weeks". */
export const SLOT_WORKING_DAYS = 15;

export type MailboxState = { status: 'loading' } | { status: 'done'; settings: MailboxSettingsResult } | { status: 'failed'; message: string };

function messageOf(thrown: unknown, locale: Locale): string {
  return isGraphAppError(thrown) ? graphErrorText(thrown.kind, locale) : String(thrown);
}

/** The device's zone, when the mailbox has none to give (Graph accepts IANA names too). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** `picked`: the person the leader chose instead of the directory's nearest leader, if any. */
export function useInviteData(graph: GraphClient | undefined, picked: Person | undefined, locale: Locale) {
  const [directory, setDirectory] = useState<DirectoryLeader>({ status: 'loading' });
  const [mailbox, setMailbox] = useState<MailboxState>({ status: 'loading' });
  const [rooms, setRooms] = useState<RoomsState>({ status: 'notAsked' });
  const [slots, setSlots] = useState<SlotsState>({ status: 'waiting' });

  useEffect(() => {
    if (!graph) return undefined;
    let live = true;
    setDirectory({ status: 'loading' });
    getNearestLeader(graph).then(
      (l) => live && setDirectory({ status: 'done', leader: l }),
      (e: unknown) => live && setDirectory({ status: 'failed', message: messageOf(e, locale) }),
    );
    getMailboxSettings(graph).then(
      (settings) => live && setMailbox({ status: 'done', settings }),
      (e: unknown) => live && setMailbox({ status: 'failed', message: messageOf(e, locale) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the locale only words the failure; a language switch need not ask Graph again
  }, [graph]);

  const fromDirectory = directory.status === 'done' && directory.leader.kind !== 'none' ? directory.leader.person : undefined;
  const leader = picked ?? fromDirectory;
  const mail = leader?.mail;
  const name = leader?.displayName;
  const settings = mailbox.status === 'done' ? mailbox.settings : undefined;
  useEffect(() => {
    if (!graph || !mail || !settings) {
      setSlots({ status: 'waiting' });
      return undefined;
    }
    let live = true;
    setSlots({ status: 'loading' });
    findDialogueTimes(graph, {
      attendee: { mail, ...(name ? { displayName: name } : {}) },
      workingHours: settings.workingHours,
      timeZone: settings.timeZone,
      workingDays: SLOT_WORKING_DAYS,
      now: new Date(),
      maxCandidates: 60,
    }).then(
      (times) => live && setSlots({ status: 'done', slots: spreadSlots(times.slots) }),
      (e: unknown) => live && setSlots({ status: 'failed', message: messageOf(e, locale) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the locale only words the failure; a language switch need not ask Graph again
  }, [graph, mail, name, settings]);

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
