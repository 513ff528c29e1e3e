/** The words around the lines of "Forbindelse til Microsoft 365" (the lines themselves: src/domain/connectionStatus.ts). */
import type { Locale } from '../../content/types';

export interface ConnectionStrings {
  heading: string;
  intro: string;
  connecting: string;
  looking: string;
  tryAgain: string;
  checkAgain: string;
  ok: string;
  attention: string;
}

export const connectionStrings: Record<Locale, ConnectionStrings> = {
  da: {
    heading: 'Forbindelse til Microsoft 365',
    intro: 'Her kan du se, hvad appen kan bruge i Microsoft 365, og hvad det betyder for dig. Grønt er i orden; gult bør du eller din it-afdeling se på.',
    connecting: 'Forbinder til Microsoft 365 …',
    looking: 'Tjekker forbindelsen …',
    tryAgain: 'Prøv igen',
    checkAgain: 'Tjek igen',
    ok: 'I orden',
    attention: 'Bør ses på',
  },
  en: {
    heading: 'Connection to Microsoft 365',
    intro:
      'Here you can see what the app can use in Microsoft 365, and what it means for you. Green is fine; yellow is something you or your IT department should look at.',
    connecting: 'Connecting to Microsoft 365 …',
    looking: 'Checking the connection …',
    tryAgain: 'Try again',
    checkAgain: 'Check again',
    ok: 'Fine',
    attention: 'Needs attention',
  },
};
