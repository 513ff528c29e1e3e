/**
 * The shape of the tool's text ("Styrk lederens dialog med nærmeste leder").
 * Both languages implement the same interface, so a missing translation is a type error,
 * and tests/unit/content/content.test.ts proves that no text is empty.
 *
 * Ids are stable across languages: notes, contracts and figures refer to them, never to the text.
 */
export type Locale = 'da' | 'en';

export interface Quote {
  /** The quote's heading, e.g. "Vigtigt med fælles ramme". */
  title: string;
  text: string;
  /** Who said it, e.g. "Leder, kommune". */
  source: string;
}

export interface ProcessStep {
  number: 1 | 2 | 3;
  title: string;
  /** The step's explanation ("– eller beder en om at hjælpe sig. Formålet er …"). */
  text: string;
}

export type ThemeId = 'goals' | 'workEnvironment' | 'nearestLeader';

export interface SupportQuestion {
  /** Stable id, e.g. "goals-1". Notes and the nearest leader's preparation refer to it. */
  id: string;
  text: string;
}

export interface GuideTheme {
  id: ThemeId;
  number: 1 | 2 | 3;
  /** e.g. "Mål for din ledelsesopgave". */
  title: string;
  /** The question the theme asks in the interview-guide figure (slide 9), e.g. "Hvilke mål skal du lykkes med …". */
  figureQuestion: string;
  questions: SupportQuestion[];
}

export type FigureDirectionId = 'upToOwnLeader' | 'inwardSelf' | 'partOfManagement' | 'outToCitizens' | 'intoTeam' | 'across';

export interface FigureDirection {
  id: FigureDirectionId;
  label: string;
}

export type ContractFieldId = 'goals' | 'workEnvironment' | 'selfAgreements' | 'alignWithLeader' | 'leaderAgreements';

export interface ContractField {
  id: ContractFieldId;
  /** The section heading on the contract slide, e.g. "2. Aftale med dig selv". */
  heading: string;
  /** The field's question, word for word. */
  question: string;
  /** Which guide theme this field draws on (for pulling notes into it). */
  theme: ThemeId;
}

export interface RoleBox {
  id: 'topManagement' | 'hr' | 'med' | 'leadersOfLeaders' | 'leadersOfEmployees';
  title: string;
  text: string;
  /** The three framed boxes "kan have hovedroller, når værktøjet bruges". */
  mainRole: boolean;
}

export interface SeriesTool {
  id: 'intro' | 'tool1' | 'tool2' | 'tool3';
  /** e.g. "Værktøj 1" or "Introduktionsværktøj". */
  label: string;
  /** e.g. "i Styrk lederes trivsel og resultater". */
  seriesName: string;
  title: string;
  /** e.g. "https://godtarbejdsmiljo.dk/lederdialog". */
  url: string;
  /** Display form of the link as the tool prints it, e.g. "godtarbejdsmiljo.dk/lederdialog". */
  urlLabel: string;
}

export interface ToolContent {
  locale: Locale;
  toolTitle: string; // "Styrk lederens dialog med nærmeste leder"
  toolNumberLabel: string; // "Værktøj 1"

  aim: { heading: string; paragraphs: string[] }; // "Mål med værktøjet"
  purpose: { heading: string; text: string }; // "Formål:"
  targetGroup: { heading: string; items: string[] }; // "Målgruppe:"
  timeUse: { heading: string; text: string; preparationMinutes: 45; dialogueMinutes: 45 };

  why: {
    heading: string; // "Hvorfor dette værktøj?"
    intro: string;
    findings: string[]; // the bullets
    /**
     * „Dette værktøj sætter spot på relationen …“: not a bullet in the seed but a highlighted line,
     * shown right after the bullet at index `afterFinding`.
     */
    highlight: { text: string; afterFinding: number };
    surveyLinkLabel: string; // "Find undersøgelsen på godtarbejdsmiljo.dk/lederundersogelse"
    surveyUrl: string;
  };
  quotes: { heading: string; items: Quote[] }; // "Sagt om værktøjet"

  process: { heading: string; steps: ProcessStep[] }; // "Der er tre procestrin i værktøjet"
  importantAgreements: { heading: string; examples: string[] }; // "Vigtige aftaler kan fx være:"

  guide: {
    heading: string; // "Interviewguide"
    supportHeading: string; // "Støttespørgsmål til interviewguiden – tag noter på næste side"
    figureCentre: string; // "Styrk dit psykiske arbejdsmiljø som leder"
    /**
     * "Tænk hele vejen rundt om din ledelsesopgave." In the figure it closes theme 1's question;
     * it is not repeated in themes[0].figureQuestion, so show it with the figure's six directions.
     */
    figureHint: string;
    themes: GuideTheme[];
    figureDirections: FigureDirection[];
    /** The last support question of theme 3, kept also as separate advice for the UI. */
    difficultCollaborationAdvice: string;
  };

  contract: {
    heading: string; // "Aftale med dig selv og med nærmeste leder"
    exampleHeading: string; // "Eksempel på aftale med dig selv og med nærmeste leder"
    fields: ContractField[];
    /** The worked example, line by line, per field. */
    example: Record<ContractFieldId, string[]>;
  };

  invite: { heading: string; items: string[] }; // "Inviter din leder"

  roles: { heading: string; intro: string[]; boxes: RoleBox[] }; // "Sådan kan I bruge værktøjet"

  series: {
    heading: string; // "Oversigt over værktøjer til lederes trivsel"
    /** "Hent værktøjet på:", printed before each tool's link. */
    downloadLabel: string;
    tools: SeriesTool[];
  };
}

/** The parts of the tool's text that only steps 1–3 show (the guide, the agreement, the invitation). */
type StepContentKey = 'guide' | 'contract' | 'invite';

/**
 * What the start page (and the header) shows: the first visit loads only this part of a language,
 * the rest (StepContent) when a step opens (src/ui/loadContent.ts).
 */
export type StartContent = Omit<ToolContent, StepContentKey>;
export type StepContent = Pick<ToolContent, StepContentKey>;
