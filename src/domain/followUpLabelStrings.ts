/**
 * The app's names for follow-up cadences, follow-up statuses and the suggested follow-ups (label and
 * meeting subject), Danish and English. Read through src/domain/cadence.ts and followUp.ts, which
 * keep them per key in both languages for the documents, agendas and views that show them.
 */
import type { Locale } from '../content/types';
import type { FollowUpCadence, FollowUpPresetId, FollowUpStatus } from './model';

export interface FollowUpLabelStrings {
  cadence: Record<FollowUpCadence, string>;
  status: Record<FollowUpStatus, string>;
  /** A suggested follow-up: its name in the list, and the subject of the events it books. */
  presetLabel: Record<FollowUpPresetId, string>;
  presetSubject: Record<FollowUpPresetId, string>;
}

export const followUpLabelStrings: Record<Locale, FollowUpLabelStrings> = {
  da: {
    cadence: { daily: 'dagligt', weekly: 'ugentligt', biweekly: 'hver 14. dag', monthly: 'månedligt', quarterly: 'kvartalsvis' },
    status: { held: 'Holdt', partly: 'Delvist', notHeld: 'Ikke holdt' },
    presetLabel: { shortDialogueBiweekly: 'Kort dialog hver 14. dag', weeklyStatus: 'Ugentligt statusmøde', quarterlyDialogue: 'Kvartalsdialog' },
    presetSubject: { shortDialogueBiweekly: 'Kort dialog om lederaftalen', weeklyStatus: 'Statusmøde', quarterlyDialogue: 'Kvartalsdialog om lederaftalen' },
  },
  en: {
    cadence: { daily: 'daily', weekly: 'weekly', biweekly: 'every 14 days', monthly: 'monthly', quarterly: 'quarterly' },
    status: { held: 'Kept', partly: 'Partly', notHeld: 'Not kept' },
    presetLabel: { shortDialogueBiweekly: 'Short dialogue every 14 days', weeklyStatus: 'Weekly status meeting', quarterlyDialogue: 'Quarterly dialogue' },
    presetSubject: {
      shortDialogueBiweekly: 'Short dialogue on the leader agreement',
      weeklyStatus: 'Status meeting',
      quarterlyDialogue: 'Quarterly dialogue on the leader agreement',
    },
  },
};
