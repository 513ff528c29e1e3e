/**
 * The words for what opening or saving the shared contract can end in (src/store/sharedContract.ts
 * answers with a status; this is what the UI says about it), Danish and English.
 */
import type { Locale } from '../../content/types';
import type { LocalizedText } from '../../domain/localized';
import type { OpenContractResult, SaveContractResult } from '../../store/sharedContract';
import { bothLanguages } from '../../domain/localized';
import { graphErrorText } from '../../ui/graphErrorWords';

export interface ContractAccessStrings {
  noAccess: string;
  notFound: string;
  invalid: string;
  notFromNamedLeader(sharedBy: string, namedLeader: string): string;
  readOnly: string;
  /** A save OneDrive refused: the grant turned out to be read-only. */
  readOnlyRefused: string;
  busy: string;
}

export const contractAccessStrings: Record<Locale, ContractAccessStrings> = {
  da: {
    noAccess:
      'Du har ikke adgang til denne lederaftale. Kun lederen og den nærmeste leder, som aftalen er delt med, kan åbne den. Bed lederen om at dele den med dig, hvis du skal se den.',
    notFound: 'Lederaftalen blev ikke fundet. Den kan være flyttet eller slettet – eller den er ikke delt med dig.',
    invalid: 'Filen kunne ikke læses som en lederaftale.',
    notFromNamedLeader: (sharedBy, namedLeader) =>
      `Advarsel: Denne fil siger, at den er en lederaftale fra ${namedLeader}, men den er lagt i OneDrive af ${sharedBy}. Den åbnes derfor ikke som ${namedLeader}s aftale, og du kan ikke kommentere eller godkende den. Spørg ${namedLeader} direkte, om der er delt en lederaftale med dig.`,
    readOnly: 'Du kan kun læse denne aftale. Svar i chatten i stedet.',
    readOnlyRefused: 'OneDrive tillod ikke, at du gemmer i denne aftale: du kan kun læse den. Det, du skrev, er ikke tabt – send det i chatten i stedet.',
    busy: 'Aftalen bliver ændret af en anden lige nu. Prøv igen om lidt – intet er gået tabt.',
  },
  en: {
    noAccess:
      'You do not have access to this leader agreement. Only the leader and the manager it was shared with can open it. Ask the leader to share it with you if you need to see it.',
    notFound: 'The leader agreement was not found. It may have been moved or deleted, or it has not been shared with you.',
    invalid: 'The file could not be read as a leader agreement.',
    notFromNamedLeader: (sharedBy, namedLeader) =>
      `Warning: this file says it is a leader agreement from ${namedLeader}, but it was put in OneDrive by ${sharedBy}. It is therefore not opened as ${namedLeader}'s agreement, and you cannot comment on or accept it. Ask ${namedLeader} directly whether they shared a leader agreement with you.`,
    readOnly: 'You can only read this agreement. Reply in the chat instead.',
    readOnlyRefused: 'OneDrive did not let you save in this agreement: you can only read it. What you wrote is not lost – send it in the chat instead.',
    busy: 'Someone else is changing the agreement right now. Try again in a moment; nothing has been lost.',
  },
};

/** Every answer of openContract or saveContract except success. */
export type ContractTrouble = Exclude<OpenContractResult, { status: 'opened' }> | Exclude<SaveContractResult, { status: 'saved' }>;

/** What the UI says about an open or save that did not succeed, in one language. */
export function contractTroubleText(result: ContractTrouble, locale: Locale): string {
  const t = contractAccessStrings[locale];
  switch (result.status) {
    case 'noAccess':
      return t.noAccess;
    case 'notFound':
      return t.notFound;
    case 'invalid':
      return t.invalid;
    case 'notFromNamedLeader':
      return t.notFromNamedLeader(result.sharedBy, result.namedLeader);
    case 'readOnly':
      return result.refused ? t.readOnlyRefused : t.readOnly;
    case 'busy':
      return t.busy;
    case 'failed':
      return 'unreadable' in result && result.unreadable ? t.invalid : graphErrorText(result.error.kind, locale);
  }
}

/** The same, in both languages (for state kept across a language switch). */
export function contractTroubleMessage(result: ContractTrouble): LocalizedText {
  return bothLanguages((locale) => contractTroubleText(result, locale));
}
