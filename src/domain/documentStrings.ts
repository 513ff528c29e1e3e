/**
 * The app's words in Lederaftale.docx and the follow-up history (the tool's own headings come from
 * src/content), Danish and English. Placeholders {name} are filled with fillTemplate.
 */
import type { Locale } from '../content/types';

export interface ContractDocumentStrings {
  leader: string;
  nearestLeader: string;
  period: string;
  followUp: string;
  cadence: string;
  signed: string;
  theirAgreements: string;
  comment: string;
  acceptanceHeading: string;
  accepted: string;
  changed: string;
  notAccepted: string;
  empty: string;
  noAgreements: string;
  date: string;
  footer: string;
}

export const contractDocumentStrings: Record<Locale, ContractDocumentStrings> = {
  da: {
    leader: 'Leder',
    nearestLeader: 'Nærmeste leder',
    period: 'Periode',
    followUp: 'Opfølgning',
    cadence: 'Hyppighed',
    signed: 'Tilføjet af {name} den {date}',
    theirAgreements: 'Aftaler tilføjet af {name}',
    comment: 'Kommentar fra {name}, {date}',
    acceptanceHeading: 'Accept',
    accepted: 'Accepteret af {name} den {date}.',
    changed: 'Ændret efter accept: {name} accepterede en tidligere version den {date}. Aftalen er ikke accepteret i sin nuværende form endnu.',
    notAccepted: 'Ikke accepteret endnu.',
    empty: '(ikke udfyldt)',
    noAgreements: '(ingen aftaler endnu)',
    date: 'Dato',
    footer: 'Lavet med Lederdialog — værktøjet „Styrk lederens dialog med nærmeste leder“ (godtarbejdsmiljo.dk/lederdialog).',
  },
  en: {
    leader: 'Leader',
    nearestLeader: 'Manager',
    period: 'Period',
    followUp: 'Follow-up',
    cadence: 'Frequency',
    signed: 'Added by {name} on {date}',
    theirAgreements: 'Agreements added by {name}',
    comment: 'Comment from {name}, {date}',
    acceptanceHeading: 'Acceptance',
    accepted: 'Accepted by {name} on {date}.',
    changed: 'Changed after acceptance: {name} accepted an earlier version on {date}. The agreement in its current form is not accepted yet.',
    notAccepted: 'Not accepted yet.',
    empty: '(not filled in)',
    noAgreements: '(no agreements yet)',
    date: 'Date',
    footer: 'Made with Lederdialog — the tool “Strengthen the leader’s dialogue with their manager” (godtarbejdsmiljo.dk/lederdialog).',
  },
};

export interface HistoryDocumentStrings {
  heading: string;
  self: string;
  leader: string;
  earlier: string;
  changed: string;
  dropped: string;
  noRecords: string;
  daily: string;
  dailyText: string;
}

export const historyDocumentStrings: Record<Locale, HistoryDocumentStrings> = {
  da: {
    heading: 'Opfølgning over tid',
    self: 'Aftale med dig selv',
    leader: 'Aftale med nærmeste leder',
    earlier: 'Tidligere formulering',
    changed: 'ændret',
    dropped: 'Opgivet',
    noRecords: 'Ingen opfølgninger registreret.',
    daily: 'Daglig afkrydsning',
    dailyText: '{kept} af {answered} dage overholdt ({first} – {last}); flest dage i træk: {streak}.',
  },
  en: {
    heading: 'Follow-up over time',
    self: 'Agreement with yourself',
    leader: 'Agreement with your manager',
    earlier: 'Earlier wording',
    changed: 'changed',
    dropped: 'Dropped',
    noRecords: 'No follow-ups recorded.',
    daily: 'Daily check',
    dailyText: '{kept} of {answered} days kept ({first} – {last}); longest streak {streak} days in a row.',
  },
};

export interface PageStrings {
  page: string;
  of: string;
}

export const pageStrings: Record<Locale, PageStrings> = {
  da: {
    page: 'Side',
    of: 'af',
  },
  en: {
    page: 'Page',
    of: 'of',
  },
};
