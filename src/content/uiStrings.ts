/**
 * The app's own words (buttons, labels, status) — not the tool's text, which lives in da.ts/en.ts.
 * Both languages implement UiStrings (uiStrings.da.ts, uiStrings.en.ts: one module each, so the app
 * loads only the language it shows, beside that language's tool text), so a missing key is a type
 * error; tests/unit/ui/uiStrings.test.ts also proves that no string is empty. Placeholders are
 * written {name} and filled by fillTemplate().
 */

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
    /** The header's links to the views (src/ui/viewRegistry.tsx names which). */
    views: { sharedWithMe: string; dialogue: string; followUp: string; myData: string; connection: string };
    /** The phone-width button that shows the timer, language and demo user. */
    moreMenu: string;
    pagerLabel: string;
    steps: { start: string; guide: string; contract: string; prepare: string };
    /** Announced for the current step link, e.g. "Trin 2 af 3". */
    previousStep: string;
    nextStep: string;
    corruptDraft: string;
    dismiss: string;
    /** A draft without owner (an older version's, or written before the first sign-in) is on this device. */
    unownedOffer: string;
    unownedMine: string;
    unownedNotMine: string;
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

/** The words only steps 1–3 use; the start page loads the rest (StartUiStrings) first (src/ui/loadContent.ts). */
type StepUiStringsKey = 'guide' | 'contract' | 'prepare';
export type StartUiStrings = Omit<UiStrings, StepUiStringsKey>;
export type StepUiStrings = Pick<UiStrings, StepUiStringsKey>;

/** Fills {name} placeholders; an unknown placeholder is left visible so a mistake shows up in review. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole));
}
