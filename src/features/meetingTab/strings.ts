/**
 * The summary's line about the app in the meeting chat (book and share), Danish and English:
 * pinMeetingTab answers with a status, meetingTabText says it in the language shown now.
 */
import type { Locale } from '../../content/types';
import type { MeetingTabStatus } from './pinMeetingTab';

export interface MeetingTabStrings {
  pinned: string;
  byHand: string;
}

export const meetingTabStrings: Record<Locale, MeetingTabStrings> = {
  da: {
    pinned: 'Lederdialog er sat fast i mødet: I finder aftalen i mødets sidepanel.',
    byHand: 'Tilføj selv Lederdialog til mødet: åbn mødet i Teams, vælg + (Tilføj en app), søg efter Lederdialog, og vælg aftalen.',
  },
  en: {
    pinned: "Lederdialog is pinned in the meeting: you will find the agreement in the meeting's side panel.",
    byHand: 'Add Lederdialog to the meeting yourself: open the meeting in Teams, choose + (Add an app), search for Lederdialog and choose the agreement.',
  },
};

/** Where to find the app in the meeting, or how to add it by hand when it could not be pinned. */
export function meetingTabText(status: MeetingTabStatus, locale: Locale): string {
  const t = meetingTabStrings[locale];
  return status === 'pinned' || status === 'alreadyPinned' ? t.pinned : t.byHand;
}
