/**
 * The app's data model. Two records, deliberately separate:
 *  - PrivateNotes: the interview guide's notes and the figure. The leader's alone; never shared.
 *  - Contract: the leader contract (lederaftale). The only thing ever shared with the nearest leader.
 * Both carry a `schema` version; src/domain/schema.ts validates and migrates them.
 */
import type { ContractFieldId, FigureDirectionId, Locale, ThemeId } from '../content/types';
import type { SavedBookingChoices } from './bookingChoices';
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
  /** Who added it and when, when it was added after sharing (the nearest leader's part, or in the meeting). */
  addedBy?: Signature;
  /** Earlier wordings, oldest first: a revision never overwrites the old text (issue 8). */
  revisions?: AgreementRevision[];
  /** Set when "Afslut dialogen" marks it as agreed in the dialogue. */
  agreedAt?: string;
  /** Set when the agreement is dropped; it stays in the record with its history. */
  droppedAt?: string;
}

/** Who did something to a shared contract, and when. Both people can write; the record says who. */
export type ContractRole = 'leader' | 'nearestLeader';
export interface Signature {
  role: ContractRole;
  displayName: string;
  /** Graph user id, when known. */
  id?: string;
  at: string; // ISO 8601
}

/**
 * "Vi er enige" belongs to a version: the hash of the shared fields and agreements it was given to,
 * and those texts themselves, so a later change can be shown as "Ændret efter accept" with what
 * changed. An acceptance from before versions (no `version`) counts as given to what is there.
 */
export interface Acceptance extends Signature {
  version?: string;
  accepted?: AcceptedVersion;
}
export interface AcceptedVersion {
  fields: Record<string, string>;
  agreements: AcceptedAgreement[];
}
export interface AcceptedAgreement {
  id: string;
  list: 'selfAgreements' | 'leaderAgreements';
  text: string;
  followUp: string;
  cadence?: FollowUpCadence;
  dropped?: boolean;
}

export interface AgreementRevision {
  text: string;
  followUp: string;
  cadence?: FollowUpCadence;
  /** When this wording was replaced, and by whom. */
  replacedAt: string;
  replacedBy?: Signature;
}

/** A comment on one field of the contract (the nearest leader's part, or the leader's answer). */
export interface FieldComment {
  id: string;
  field: ContractFieldId;
  text: string;
  by: Signature;
  /** When its author last changed the text. */
  editedAt?: string;
  /** When its author deleted it: the text is emptied, the record stays so a merge cannot bring it back. */
  deletedAt?: string;
}

/** How an agreement is going, recorded at a follow-up ("Vi følger op på hvordan det går …"). */
export type FollowUpStatus = 'held' | 'partly' | 'notHeld';
export interface FollowUpRecord {
  id: string;
  agreementId: string;
  /** The follow-up dialogue's date (YYYY-MM-DD), from the booked series or chosen by hand. */
  date: string;
  status: FollowUpStatus;
  note: string;
  by: Signature;
}

/** The example's daily self-check ("Jeg krydser af hver dag … om jeg har overholdt det i dag"). */
export interface DailyCheck {
  agreementId: string;
  date: string; // YYYY-MM-DD
  kept: boolean;
  at: string;
}

/**
 * What both people add to a shared contract after the leader has written it. All of it is
 * shared (it lives in lederaftale.json); none of it is private notes.
 */
export interface ContractCollaboration {
  comments: FieldComment[];
  /** "Vi er enige": the nearest leader's acceptance, of one version of the agreement (src/domain/acceptance.ts). */
  acceptance?: Acceptance;
  followUps: FollowUpRecord[];
  dailyChecks: DailyCheck[];
  /** The 45-minute dialogue itself: closed with "Afslut dialogen". */
  dialogue?: {
    closedAt?: string;
    closedBy?: Signature;
    meetingChatId?: string;
    /**
     * The follow-up series' agendas hold this version of the agreements (a hash of the agenda
     * they were PATCHed with), and when: the leader's app brings them up to date when it differs.
     */
    agendasVersion?: string;
    agendasUpdatedAt?: string;
  };
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
  /** Comments, acceptance, follow-up records and daily checks; see src/domain/collaboration.ts. */
  collaboration?: ContractCollaboration;
  /** A new period: the contract this one continues, and when this one was archived (issue 8). */
  previousContractId?: string;
  archivedAt?: string;
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
  /** What the leader has chosen in "Book og del" so far (src/domain/bookingChoices.ts). */
  bookingChoices?: SavedBookingChoices;
}

export interface Draft {
  schema: typeof DRAFT_SCHEMA_VERSION;
  ui: UiState;
  notes: PrivateNotes;
  contract: Contract;
}
