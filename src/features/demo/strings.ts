import type { Locale } from '../../content/types';

/** The demo marker's few words, kept with the feature (they exist only in demo mode). */
export const demoStrings: Record<Locale, { badge: string; badgeTitle: string; actAs: string; loading: string; unavailable: string }> = {
  da: {
    badge: 'Demo',
    badgeTitle: 'Demotilstand: appen bruger en lokal efterligning af Microsoft 365 med opdigtede personer. Intet sendes til Microsoft.',
    actAs: 'Brug appen som',
    loading: 'Henter demobrugere …',
    unavailable: 'Demoserveren svarer ikke',
  },
  en: {
    badge: 'Demo',
    badgeTitle: 'Demo mode: the app uses a local stand-in for Microsoft 365 with made-up people. Nothing is sent to Microsoft.',
    actAs: 'Use the app as',
    loading: 'Loading demo users …',
    unavailable: 'The demo server is not answering',
  },
};
