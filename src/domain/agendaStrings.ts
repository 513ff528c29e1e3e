/**
 * The app's words in the meeting agendas (the tool's purpose text comes from src/content), Danish
 * and English.
 */
import type { Locale } from '../content/types';

export interface AgendaStrings {
  dialogueTitle: string;
  followUpTitle: string;
  tool: string;
  quotedTitle: string;
  minutes: string;
  points: string;
  prepare: string;
  questions: string;
  noPoints: string;
  contractLink: string;
  howIsItGoing: string;
  leaderAgreements: string;
  noLeaderAgreements: string;
  followUp: string;
}

export const agendaStrings: Record<Locale, AgendaStrings> = {
  da: {
    dialogueTitle: 'Dialog om min ledelsesopgave og mit psykiske arbejdsmiljø',
    followUpTitle: 'Opfølgning på vores aftaler',
    tool: 'Vi bruger værktøjet',
    quotedTitle: '„{title}“',
    minutes: 'Vi har 45 minutter.',
    points: 'Mine punkter til dialogen',
    prepare: 'Jeg vil gerne bede dig forberede dig på en dialog om mine mål, mit ledelsesrum og min egen trivsel som leder.',
    questions: 'Spørgsmål, jeg selv forbereder mig på',
    noPoints: 'Jeg tager mine punkter med til mødet.',
    contractLink: 'Se min lederaftale',
    howIsItGoing: 'Vi følger op på, hvordan det går med de aftaler, vi har lavet sammen: Holder de? Skal noget justeres?',
    leaderAgreements: 'Vores aftaler',
    noLeaderAgreements: 'Vi har endnu ingen fælles aftaler – lad os lave dem.',
    followUp: 'Opfølgning',
  },
  en: {
    dialogueTitle: 'Dialogue about my leadership role and my psychosocial work environment',
    followUpTitle: 'Follow-up on our agreements',
    tool: 'We are using the tool',
    quotedTitle: '“{title}”',
    minutes: 'We have 45 minutes.',
    points: 'My points for the dialogue',
    prepare: 'Please prepare for a dialogue about my goals, my leadership latitude and my own wellbeing as a leader.',
    questions: 'The questions I am preparing for',
    noPoints: 'I will bring my points to the meeting.',
    contractLink: 'See my leader agreement',
    howIsItGoing: 'We follow up on how the agreements we made together are going: Are they working? Does anything need adjusting?',
    leaderAgreements: 'Our agreements',
    noLeaderAgreements: 'We have no joint agreements yet – let us make them.',
    followUp: 'Follow-up',
  },
};
