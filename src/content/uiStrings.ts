/**
 * The app's own words (buttons, labels, status) — not the tool's text, which lives in da.ts/en.ts.
 * Both languages implement UiStrings, so a missing key is a type error; tests/unit/ui/uiStrings.test.ts
 * also proves that no string is empty. Placeholders are written {name} and filled by fillTemplate().
 */
import type { Locale } from './types';

export interface UiStrings {
  app: {
    name: string;
    skipToContent: string;
    loading: string;
    /** A step or view whose code could not be loaded (ViewErrorBoundary). */
    loadFailed: string;
    tryAgain: string;
    stepsNavLabel: string;
    viewsNavLabel: string;
    pagerLabel: string;
    steps: { start: string; guide: string; contract: string; prepare: string };
    /** Announced for the current step link, e.g. "Trin 2 af 3". */
    previousStep: string;
    nextStep: string;
    corruptDraft: string;
    dismiss: string;
  };
  save: {
    saving: string;
    savedAt: string;
    error: string;
    idle: string;
  };
  language: {
    label: string;
    auto: string;
    da: string;
    en: string;
  };
  timer: {
    label: string;
    start: string;
    pause: string;
    resume: string;
    reset: string;
    remaining: string;
    paused: string;
    done: string;
  };
  intro: {
    startPreparation: string;
    aboutHeading: string;
    openRoles: string;
    openSeries: string;
    mainRole: string;
    opensInNewTab: string;
    close: string;
  };
  guide: {
    intro: string;
    privateNotice: string;
    themeNoteLabel: string;
    questionNoteHint: string;
    figureHeading: string;
    figureInstructions: string;
    figureDrawingLabel: string;
    /** The leader in the middle of the six directions (the seed's figure has no text there). */
    figureCentreLabel: string;
    /** Before the wheel's centre text, e.g. „I midten: Styrk dit psykiske arbejdsmiljø som leder“. */
    wheelCentre: string;
    figureHasNote: string;
    figureNoNote: string;
    figureNoteLabel: string;
    figureCloseNote: string;
    figureListHeading: string;
    figureEdit: string;
    adviceHeading: string;
  };
  contract: {
    intro: string;
    showExample: string;
    hideExample: string;
    yourAgreement: string;
    pullFromNotes: string;
    pulled: string;
    nothingToPull: string;
    agreementLabel: string;
    agreementText: string;
    followUpLabel: string;
    cadenceLabel: string;
    cadence: { none: string; daily: string; weekly: string; biweekly: string; monthly: string; quarterly: string };
    addAgreement: string;
    removeAgreement: string;
    moveUp: string;
    moveDown: string;
    noAgreements: string;
    periodHeading: string;
    periodStart: string;
    periodEnd: string;
    periodHint: string;
    periodLength: string;
    exampleColumn: string;
  };
  prepare: {
    intro: string;
    checklistHint: string;
    pointsHeading: string;
    pointsHint: string;
    pointLabel: string;
    addPoint: string;
    removePoint: string;
    tooManyPoints: string;
    questionsHeading: string;
    questionsHint: string;
    questionsChosen: string;
    showPreview: string;
    hidePreview: string;
    previewHeading: string;
    previewIntro: string;
    previewEnd: string;
    previewEmpty: string;
    previewPeriod: string;
    previewAgendaHeading: string;
    previewAgendaHint: string;
  };
}

const da: UiStrings = {
  app: {
    name: 'Lederdialog',
    skipToContent: 'Spring til indholdet',
    loading: 'Indlæser …',
    loadFailed: 'Denne del af Lederdialog kunne ikke indlæses. Tjek din forbindelse, og prøv igen – dit arbejde er gemt.',
    tryAgain: 'Prøv igen',
    stepsNavLabel: 'Trin i forberedelsen',
    viewsNavLabel: 'Aftaler og opfølgning',
    pagerLabel: 'Forrige og næste trin',
    steps: { start: 'Start', guide: '1 Interviewguide', contract: '2 Lederkontrakt', prepare: '3 Forbered dialogen' },
    previousStep: 'Tilbage: {step}',
    nextStep: 'Videre: {step}',
    corruptDraft:
      'Dit gemte udkast kunne ikke læses, så du starter forfra. En kopi af det gamle udkast er gemt i browseren.',
    dismiss: 'Luk besked',
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
  guide: {
    intro:
      'Gå interviewguiden igennem med dig selv – eller bed en om at hjælpe dig. Skriv så meget eller så lidt, som du har brug for.',
    privateNotice: 'Kun du kan se dine noter. De deles ikke med din leder.',
    themeNoteLabel: 'Noter til tema {number}: {title}',
    questionNoteHint: 'Din note',
    figureHeading: 'Hele vejen rundt',
    figureInstructions:
      'Vælg en retning for at skrive en note. Brug piletasterne til at gå mellem retningerne og Enter for at skrive.',
    figureDrawingLabel: 'Figur: hele vejen rundt om din ledelsesopgave, med seks retninger rundt om dig som leder',
    figureCentreLabel: 'Dig som leder',
    wheelCentre: 'I midten:',
    figureHasNote: 'har en note',
    figureNoNote: 'ingen note endnu',
    figureNoteLabel: 'Note: {direction}',
    figureCloseNote: 'Luk noten',
    figureListHeading: 'Retningerne som liste',
    figureEdit: 'Skriv note',
    adviceHeading: 'Godt råd',
  },
  contract: {
    intro: 'Brug dine noter fra interviewguiden til at lave tydelige aftaler med dig selv og med din nærmeste leder.',
    showExample: 'Vis eksempel',
    hideExample: 'Skjul eksempel',
    yourAgreement: 'Din aftale',
    pullFromNotes: 'Hent fra noter',
    pulled: 'Dine noter fra tema {number} er føjet til feltet.',
    nothingToPull: 'Der er ingen nye noter fra tema {number} at hente.',
    agreementLabel: 'Aftale {n}',
    agreementText: 'Aftalen',
    followUpLabel: 'Hvornår og hvordan følger du op?',
    cadenceLabel: 'Fast opfølgning',
    cadence: {
      none: 'Ingen',
      daily: 'Dagligt',
      weekly: 'Ugentligt',
      biweekly: 'Hver 14. dag',
      monthly: 'Månedligt',
      quarterly: 'Kvartalsvis',
    },
    addAgreement: 'Tilføj aftale',
    removeAgreement: 'Fjern aftale {n}',
    moveUp: 'Flyt aftale {n} op',
    moveDown: 'Flyt aftale {n} ned',
    noAgreements: 'Ingen aftaler endnu.',
    periodHeading: 'Aftalens periode',
    periodStart: 'Fra',
    periodEnd: 'Til',
    periodHint: 'Aftalen gælder typisk 6–12 måneder.',
    periodLength: 'Aftalen løber fra {start} til {end}.',
    exampleColumn: 'Eksempel',
  },
  prepare: {
    intro: 'Forbered din dialog med nærmeste leder om din ledelsesopgave og dit psykiske arbejdsmiljø.',
    checklistHint: 'Sæt flueben, efterhånden som du når det.',
    pointsHeading: 'Dine 2–3 pointer til dialogen',
    pointsHint: 'Hvilke to til tre pointer vil du drøfte med din nærmeste leder?',
    pointLabel: 'Pointe {n}',
    addPoint: 'Tilføj pointe',
    removePoint: 'Fjern pointe {n}',
    tooManyPoints: 'Tre pointer er ofte nok til 45 minutter. Overvej hvilke der er vigtigst.',
    questionsHeading: 'Spørgsmål din leder kan forberede sig på',
    questionsHint: 'Vælg de støttespørgsmål, du vil vise din nærmeste leder.',
    questionsChosen: '{count} spørgsmål valgt',
    showPreview: 'Se forhåndsvisning',
    hidePreview: 'Skjul forhåndsvisning',
    previewHeading: 'Det ser din nærmeste leder',
    previewIntro: 'Præcis dette kan din nærmeste leder se. Dine private noter fra interviewguiden er ikke med.',
    previewEnd: 'Forberedelsen er klar.',
    previewEmpty: 'Ikke udfyldt endnu.',
    previewPeriod: 'Periode: {start} – {end}',
    previewAgendaHeading: 'Tekst til mødeinvitationen',
    previewAgendaHint: 'Sådan vil dagsordenen stå i invitationen til jeres 45 minutter.',
  },
};

const en: UiStrings = {
  app: {
    name: 'Lederdialog',
    skipToContent: 'Skip to content',
    loading: 'Loading …',
    loadFailed: 'This part of Lederdialog could not be loaded. Check your connection and try again – your work is saved.',
    tryAgain: 'Try again',
    stepsNavLabel: 'Preparation steps',
    viewsNavLabel: 'Agreements and follow-up',
    pagerLabel: 'Previous and next step',
    steps: { start: 'Start', guide: '1 Interview guide', contract: '2 Leader agreement', prepare: '3 Prepare the dialogue' },
    previousStep: 'Back: {step}',
    nextStep: 'Next: {step}',
    corruptDraft:
      'Your saved draft could not be read, so you are starting afresh. A copy of the old draft is kept in the browser.',
    dismiss: 'Dismiss message',
  },
  save: {
    saving: 'Saving …',
    savedAt: 'Saved {time}',
    error: 'Could not save. Your latest changes are not saved.',
    idle: 'Saved automatically',
  },
  language: { label: 'Language', auto: 'Automatic', da: 'Dansk', en: 'English' },
  timer: {
    label: 'Preparation time (45 min)',
    start: 'Start timer (45 min)',
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    remaining: '{minutes} min left',
    paused: 'paused',
    done: 'The 45 minutes are up',
  },
  intro: {
    startPreparation: 'Start preparing',
    aboutHeading: 'About the tool',
    openRoles: 'How you can use the tool',
    openSeries: 'See the four tools in the series',
    mainRole: 'Main role',
    opensInNewTab: '(opens in a new tab)',
    close: 'Close',
  },
  guide: {
    intro:
      'Go through the interview guide on your own – or ask someone to help you. Write as much or as little as you need.',
    privateNotice: 'Only you can see your notes. They are not shared with your manager.',
    themeNoteLabel: 'Notes for theme {number}: {title}',
    questionNoteHint: 'Your note',
    figureHeading: 'All the way around',
    figureInstructions:
      'Choose a direction to write a note. Use the arrow keys to move between directions and Enter to write.',
    figureDrawingLabel: 'Figure: all the way around your leadership role, with six directions around you as a leader',
    figureCentreLabel: 'You as a leader',
    wheelCentre: 'At the centre:',
    figureHasNote: 'has a note',
    figureNoNote: 'no note yet',
    figureNoteLabel: 'Note: {direction}',
    figureCloseNote: 'Close the note',
    figureListHeading: 'The directions as a list',
    figureEdit: 'Write note',
    adviceHeading: 'Advice',
  },
  contract: {
    intro: 'Use your notes from the interview guide to make clear agreements with yourself and with your manager.',
    showExample: 'Show example',
    hideExample: 'Hide example',
    yourAgreement: 'Your agreement',
    pullFromNotes: 'Pull from notes',
    pulled: 'Your notes from theme {number} were added to the field.',
    nothingToPull: 'There are no new notes from theme {number} to pull in.',
    agreementLabel: 'Agreement {n}',
    agreementText: 'The agreement',
    followUpLabel: 'When and how will you follow up?',
    cadenceLabel: 'Regular follow-up',
    cadence: {
      none: 'None',
      daily: 'Daily',
      weekly: 'Weekly',
      biweekly: 'Every 14 days',
      monthly: 'Monthly',
      quarterly: 'Quarterly',
    },
    addAgreement: 'Add agreement',
    removeAgreement: 'Remove agreement {n}',
    moveUp: 'Move agreement {n} up',
    moveDown: 'Move agreement {n} down',
    noAgreements: 'No agreements yet.',
    periodHeading: 'Agreement period',
    periodStart: 'From',
    periodEnd: 'To',
    periodHint: 'The agreement usually runs for 6–12 months.',
    periodLength: 'The agreement runs from {start} to {end}.',
    exampleColumn: 'Example',
  },
  prepare: {
    intro: 'Prepare your dialogue with your manager about your leadership role and your psychosocial work environment.',
    checklistHint: 'Tick each item as you get it done.',
    pointsHeading: 'Your 2–3 points for the dialogue',
    pointsHint: 'Which two or three points do you want to discuss with your manager?',
    pointLabel: 'Point {n}',
    addPoint: 'Add point',
    removePoint: 'Remove point {n}',
    tooManyPoints: 'Three points are often enough for 45 minutes. Consider which matter most.',
    questionsHeading: 'Questions your manager can prepare for',
    questionsHint: 'Choose the support questions you want to show your manager.',
    questionsChosen: '{count} questions chosen',
    showPreview: 'Show preview',
    hidePreview: 'Hide preview',
    previewHeading: 'What your manager will see',
    previewIntro: 'This is exactly what your manager can see. Your private notes from the interview guide are not included.',
    previewEnd: 'Your preparation is ready.',
    previewEmpty: 'Not filled in yet.',
    previewPeriod: 'Period: {start} – {end}',
    previewAgendaHeading: 'Text for the meeting invitation',
    previewAgendaHint: 'This is how the agenda will read in the invitation to your 45 minutes.',
  },
};

export const uiStrings: Record<Locale, UiStrings> = { da, en };

/** Fills {name} placeholders; an unknown placeholder is left visible so a mistake shows up in review. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
