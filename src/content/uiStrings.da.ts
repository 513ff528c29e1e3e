/** The app's own words in Danish (see ./uiStrings.ts). */
import type { StartUiStrings } from './uiStrings';

export const uiStringsDa: StartUiStrings = {
  app: {
    name: 'Lederdialog',
    skipToContent: 'Spring til indholdet',
    loading: 'Indlæser …',
    loadFailed: 'Denne del af Lederdialog kunne ikke indlæses. Tjek din forbindelse, og prøv igen – dit arbejde er gemt.',
    tryAgain: 'Prøv igen',
    stepsNavLabel: 'Trin i forberedelsen',
    viewsNavLabel: 'Aftaler og opfølgning',
    views: { sharedWithMe: 'Delt med mig', dialogue: 'Dialogen', followUp: 'Opfølgning', myData: 'Mine data', connection: 'Forbindelse til Microsoft 365' },
    moreMenu: 'Flere valg',
    pagerLabel: 'Forrige og næste trin',
    steps: { start: 'Start', guide: '1 Interviewguide', contract: '2 Lederkontrakt', prepare: '3 Forbered dialogen' },
    previousStep: 'Tilbage: {step}',
    nextStep: 'Videre: {step}',
    corruptDraft: 'Dit gemte udkast kunne ikke læses, så du starter forfra. En kopi af det gamle udkast er gemt i browseren.',
    dismiss: 'Luk besked',
    unownedOffer:
      'Der ligger et udkast på denne computer fra en tidligere version af appen eller fra før nogen loggede ind. Det er ikke knyttet til en konto. Er det dit? Hvis ikke, bliver det liggende til den, det tilhører.',
    unownedMine: 'Ja, det er mit – hent det',
    unownedNotMine: 'Nej, det er ikke mit',
  },
  save: {
    saving: 'Gemmer …',
    savedAt: 'Gemt {time}',
    error: 'Kunne ikke gemme. Dine seneste ændringer er ikke gemt.',
    idle: 'Gemmes automatisk',
  },
  language: { label: 'Sprog', auto: 'Automatisk', da: 'Dansk', en: 'English' },
  timer: {
    label: 'Forberedelsestid (45 min.)',
    start: 'Start tidtagning (45 min.)',
    pause: 'Pause',
    resume: 'Fortsæt',
    reset: 'Nulstil',
    remaining: '{minutes} min. tilbage',
    paused: 'sat på pause',
    done: 'De 45 minutter er gået',
  },
  intro: {
    startPreparation: 'Start forberedelsen',
    aboutHeading: 'Om værktøjet',
    openRoles: 'Sådan kan I bruge værktøjet',
    openSeries: 'Se de fire værktøjer i serien',
    mainRole: 'Hovedrolle',
    opensInNewTab: '(åbner i en ny fane)',
    close: 'Luk',
  },
};
