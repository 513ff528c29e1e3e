/**
 * What the UI says when signing in, connecting or a Graph call fails, Danish and English. src/auth
 * answers with an AuthError's kind (interactionRequired, consentRequired, …) and src/graph with a
 * GraphAppError's kind (notFound, throttled, …); the UI picks the words here with
 * `errorStrings[locale].auth[error.kind]` / `.graph[error.kind]`, so a kind without words is a type
 * error there.
 */
import type { Locale } from './types';

export interface ErrorStrings {
  /** Connecting failed for a reason with no words of its own. */
  connectFailed: string;
  /** Sign-in failures, by src/auth's AuthErrorKind. */
  auth: {
    interactionRequired: string;
    consentRequired: string;
    blocked: string;
    popupBlocked: string;
    unknown: string;
  };
  /** Graph failures, by src/graph's GraphErrorKind (English as in DESIGN.md's Words). */
  graph: {
    consentMissing: string;
    sessionExpired: string;
    noMailbox: string;
    notFound: string;
    throttled: string;
    offline: string;
    conflict: string;
    accessDenied: string;
    badRequest: string;
    unknown: string;
  };
}

export const errorStrings: Record<Locale, ErrorStrings> = {
  da: {
    connectFailed: 'Appen kunne ikke forbinde til Microsoft 365. Dit arbejde er gemt lokalt; prøv igen om lidt.',
    auth: {
      interactionRequired: 'Du skal logge ind igen for at fortsætte. Vælg „Log ind“, og følg vejledningen.',
      consentRequired: 'Appen mangler din tilladelse til denne handling i Microsoft 365. Prøv igen, og giv tilladelse, når du bliver spurgt.',
      blocked:
        'Log-in er blokeret af din organisation (fx en politik eller en manglende godkendelse fra en administrator). Kontakt din IT-afdeling. Dine lokale noter er ikke berørt.',
      popupBlocked: 'Browseren blokerede log-in-vinduet. Tillad pop op-vinduer for denne side, og prøv igen.',
      unknown: 'Log-in mislykkedes. Prøv igen om lidt.',
    },
    graph: {
      consentMissing: 'Appen har ikke fået lov til dette endnu. Log ind igen og giv samtykke – eller bed din it-afdeling om at godkende appen.',
      sessionExpired: 'Din log-ind er udløbet. Vælg „Prøv igen“ for at logge ind igen – dit arbejde er gemt lokalt.',
      noMailbox: 'Din konto har ikke en Outlook-postkasse, så kalender og mødeforslag kan ikke bruges.',
      notFound: 'Det, du leder efter, findes ikke længere, eller du har ikke adgang til det.',
      throttled: 'Microsoft 365 har travlt lige nu. Vent et øjeblik, og prøv igen – intet er gået tabt.',
      offline: 'Der er ingen forbindelse til Microsoft 365. Dit arbejde er gemt lokalt; prøv igen, når du er online.',
      conflict: 'Nogen har ændret dette, siden du åbnede det. Vælg, hvilken version du vil beholde.',
      accessDenied: 'Du har ikke adgang til dette. Bed ejeren om at dele det med dig.',
      badRequest: 'Microsoft 365 afviste oplysningerne. Tjek felterne, og prøv igen.',
      unknown: 'Noget gik galt i forbindelsen til Microsoft 365. Prøv igen om lidt.',
    },
  },
  en: {
    connectFailed: 'The app could not connect to Microsoft 365. Your work is saved locally; try again in a moment.',
    auth: {
      interactionRequired: 'You need to sign in again to continue. Choose "Sign in" and follow the steps.',
      consentRequired: 'The app needs your permission for this action in Microsoft 365. Try again and give permission when asked.',
      blocked:
        'Sign-in is blocked by your organisation (for example a policy or a missing administrator approval). Contact your IT department. Your local notes are not affected.',
      popupBlocked: 'The browser blocked the sign-in window. Allow pop-ups for this site and try again.',
      unknown: 'Sign-in failed. Please try again in a moment.',
    },
    graph: {
      consentMissing: 'The app has not been given permission for this yet. Sign in again and consent, or ask your IT department to approve the app.',
      sessionExpired: 'Your sign-in has expired. Choose “Try again” to sign in again; your work is saved locally.',
      noMailbox: 'Your account has no Outlook mailbox, so the calendar and meeting suggestions cannot be used.',
      notFound: 'What you are looking for no longer exists, or you do not have access to it.',
      throttled: 'Microsoft 365 is busy right now. Wait a moment and try again; nothing has been lost.',
      offline: 'There is no connection to Microsoft 365. Your work is saved locally; try again when you are online.',
      conflict: 'Someone has changed this since you opened it. Choose which version to keep.',
      accessDenied: 'You do not have access to this. Ask the owner to share it with you.',
      badRequest: 'Microsoft 365 rejected the details. Check the fields and try again.',
      unknown: 'Something went wrong talking to Microsoft 365. Try again in a moment.',
    },
  },
};
