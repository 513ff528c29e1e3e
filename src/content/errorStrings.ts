/**
 * What the UI says when signing in or connecting fails, Danish and English. src/auth answers with
 * an AuthError's kind (interactionRequired, consentRequired, …); the UI picks the words here with
 * `errorStrings[locale].auth[error.kind]`, so a kind without words is a type error there.
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
  },
};
