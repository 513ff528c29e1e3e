/**
 * The booking engine's words, Danish and English: what goes into the Microsoft 365 items it makes
 * (reminders, the chat card, a custom follow-up's label), in the contract's language. What the
 * engine has to say to the leader (a request that cannot go, a skipped chat, a folder that was not
 * made, a failed step) it answers as kinds, worded by the invite step's bookingIssueWords.ts.
 * Placeholders are {name}, filled with fillTemplate from src/content/uiStrings.ts.
 */
import type { Locale } from '../../../content/types';

export interface EngineStrings {
  /** A follow-up: the reminder's line, the chat card's fact, a custom follow-up's label. */
  followUp: string;
  /** The contract as the leader calls it: the reminder's link, the chat card's title. */
  myAgreement: string;
  /** A reminder without a link back. */
  fromMyAgreement: string;
  card: {
    intro: string;
    when: string;
    where: string;
    teams: string;
    openApp: string;
    openWord: string;
    summary: string;
  };
}

export const engineStrings: Record<Locale, EngineStrings> = {
  da: {
    followUp: 'Opfølgning',
    myAgreement: 'Min lederaftale',
    fromMyAgreement: 'Fra min lederaftale (Lederdialog)',
    card: {
      intro: 'Jeg har delt min lederaftale med dig og booket vores dialog. Du kan læse aftalen før mødet.',
      when: 'Dialog',
      where: 'Sted',
      teams: 'Teams-møde',
      openApp: 'Åbn i Lederdialog',
      openWord: 'Åbn i Word',
      summary: 'Lederaftale delt',
    },
  },
  en: {
    followUp: 'Follow-up',
    myAgreement: 'My leader agreement',
    fromMyAgreement: 'From my leader agreement (Lederdialog)',
    card: {
      intro: 'I have shared my leader agreement with you and booked our dialogue. You can read the agreement before the meeting.',
      when: 'Dialogue',
      where: 'Place',
      teams: 'Teams meeting',
      openApp: 'Open in Lederdialog',
      openWord: 'Open in Word',
      summary: 'Leader agreement shared',
    },
  },
};
