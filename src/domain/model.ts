/**
 * The app's data model. Two records, deliberately separate:
 *  - PrivateNotes: the interview guide's notes and the figure. The leader's alone; never shared.
 *  - Contract: the leader contract (lederaftale). The only thing ever shared with the nearest leader.
 * Both carry a `schema` version; src/domain/schema.ts validates and migrates them.
 */
import type { ContractFieldId, FigureDirectionId, Locale, ThemeId } from '../content/types';
import type { Bookings } from './bookings';

export const CONTRACT_SCHEMA_VERSION = 1 as const;
export const NOTES_SCHEMA_VERSION = 1 as const;
export const DRAFT_SCHEMA_VERSION = 1 as const;

/** How often an agreement is followed up. Maps to a Graph recurrence in src/domain/cadence.ts. */
export type FollowUpCadence = 'daily' | 'weekly' | 'biweekly' | 'monthly' | 'quarterly';

export interface Person {
  displayName: string;
  mail?: string;
  /** Graph id of the user (absent for an orgContact or a hand-typed person). */
  id?: string;
  /** 'user' can be chatted with; 'orgContact' can get the meeting and the file but not a Teams chat. */
  kind?: 'user' | 'orgContact';
}

export interface Agreement {
  id: string;
  text: string;
  /** "Hvornår og hvordan følger du op?" — free text. */
  followUp: string;
  cadence?: FollowUpCadence;
  /** Who wrote it: the leader, or the nearest leader adding their part. */
  author?: 'leader' | 'nearestLeader';
  createdAt: string; // ISO 8601
}

/** The three free-text fields of the contract; the two agreement fields are lists. */
export type ContractTextFieldId = Extract<ContractFieldId, 'goals' | 'workEnvironment' | 'alignWithLeader'>;
export type ContractListFieldId = Extract<ContractFieldId, 'selfAgreements' | 'leaderAgreements'>;

export interface DialoguePreparation {
  /** The leader's 2–3 points for the dialogue (free text). */
  points: string[];
  /** Support-question ids the leader chooses to show the nearest leader ("Vis eventuelt de spørgsmål …"). */
  questionsForLeader: string[];
  /** "Inviter din leder" checklist: index of item → ticked. */
  inviteChecklist: boolean[];
}

export interface Contract {
  schema: typeof CONTRACT_SCHEMA_VERSION;
  id: string;
  createdAt: string;
  updatedAt: string;
  /** The language the leader wrote it in (the nearest leader may read the app in another). */
  locale: Locale;
  leader?: Person;
  nearestLeader?: Person;
  /** Contract period, ISO dates (YYYY-MM-DD): 6–12 months. */
  period: { start: string; end: string };
  fields: Record<ContractTextFieldId, string>;
  selfAgreements: Agreement[];
  leaderAgreements: Agreement[];
  preparation: DialoguePreparation;
  /** What "Book and share" has created in Microsoft 365 (ids, transactionIds); see src/domain/bookings.ts. */
  bookings?: Bookings;
}

export interface PrivateNotes {
  schema: typeof NOTES_SCHEMA_VERSION;
  /** Notes per support question id, or per theme id (the leader decides how much to write). */
  questionNotes: Record<string, string>;
  themeNotes: Partial<Record<ThemeId, string>>;
  /** The "hele vejen rundt" figure: a note per direction. */
  figure: Partial<Record<FigureDirectionId, string>>;
}

export type StepId = 'start' | 'guide' | 'contract' | 'prepare';

/** What the app keeps locally between sessions (besides the two records). */
export interface UiState {
  step: StepId;
  /** Null = follow the host's locale. */
  localeOverride: Locale | null;
  /** Preparation timer: when it was started (ISO) and how many ms had elapsed before a pause. */
  timer: { startedAt: string | null; elapsedMs: number };
}

export interface Draft {
  schema: typeof DRAFT_SCHEMA_VERSION;
  ui: UiState;
  notes: PrivateNotes;
  contract: Contract;
}
