/**
 * The app's data model. Two records, deliberately separate:
 *  - PrivateNotes: the interview guide's notes and the figure. The leader's alone; never shared.
 *  - Contract: the leader contract (lederaftale). The only thing ever shared with the nearest leader.
 * Both carry a `schema` version; src/domain/schema.ts validates and migrates them.
 *
 * Every type of the records lives here, the booking record and the saved booking choices
 * included, so the model imports nothing from the domain (the modules that read, plan and project
 * these records import the model, never the other way round).
 */
import type { ContractFieldId, FigureDirectionId, Locale, ThemeId } from '../content/types';

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
  /** What "Book and share" has created in Microsoft 365 (ids, transactionIds); see Bookings below. */
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
  /** What the leader has chosen in "Book og del" so far (see SavedBookingChoices below). */
  bookingChoices?: SavedBookingChoices;
}

export interface Draft {
  schema: typeof DRAFT_SCHEMA_VERSION;
  ui: UiState;
  notes: PrivateNotes;
  contract: Contract;
}

// ---------------------------------------------------------------- the booking record
/*
 * What "Book and share" has done in Microsoft 365 for one contract. The record is kept twice: in the
 * local draft (complete, with eTags, so a retry after a closed tab resumes) and in the shared
 * lederaftale.json (a public projection: no eTags, nothing about the private notes; see
 * src/domain/sharedBookings.ts). Every part stores the key that makes a retry safe *before* its
 * request is sent — the event's `transactionId`, the reminder's guard, the chat message's guard
 * key — so a request whose answer was lost is found again instead of repeated. Read and validated
 * by src/domain/bookingsSchema.ts; what is still missing is planned by src/domain/bookingPlan.ts.
 */

/** A room booked as a resource attendee. */
export interface BookedRoom {
  displayName: string;
  emailAddress: string;
}

export interface DialogueBooking {
  /** Generated once, saved before the first POST; Graph returns the same event for a repeated id. */
  transactionId: string;
  eventId?: string;
  /** Local wall-clock `YYYY-MM-DDTHH:mm:ss` in `timeZone` (a Windows name, as Graph uses). */
  start: string;
  end: string;
  timeZone: string;
  joinUrl?: string;
  webLink?: string;
  room?: BookedRoom;
  /** Free-text place ("or another quiet place"). */
  location?: string;
  /** The contract link the agenda carries; when the document's link changes the body is updated. */
  agendaLink?: string;
}

export interface FollowUpBooking {
  /** Stable key of the choice: a preset id, or `custom-<cadence>`. */
  id: string;
  cadence: FollowUpCadence;
  preset?: string;
  transactionId: string;
  seriesMasterId?: string;
  /**
   * The series' iCalUId: the same on the nearest leader's copy, so their app finds its own copy
   * (findEventByICalUId) for the next follow-up date without reading the leader's calendar.
   */
  iCalUId?: string;
  /** First occurrence, local wall-clock in `timeZone`. */
  start: string;
  durationMinutes: number;
  timeZone: string;
  /** Last day of the series (the contract period's end), YYYY-MM-DD. */
  endDate: string;
  webLink?: string;
}

export type ReminderKind = 'todo' | 'event';

export interface ReminderBooking {
  agreementId: string;
  kind: ReminderKind;
  cadence: FollowUpCadence;
  /** Events: Graph's idempotency key. */
  transactionId?: string;
  /** To Do: set before the task is created; with no taskId it means "look before creating again". */
  attemptedAt?: string;
  taskListId?: string;
  taskId?: string;
  eventId?: string;
  /** The agreement text the reminder was made from (to notice a revision). */
  text: string;
  /**
   * The first reminder's date (YYYY-MM-DD) and time of day (HH:mm) as booked: a revision keeps
   * the reminder on its weekday and time instead of restarting it on the day of the revision.
   */
  firstDate?: string;
  time?: string;
  /** A daily reminder on Monday to Friday only, as the leader chose when booking. */
  weekdaysOnly?: boolean;
  /** The recurrence's last day (YYYY-MM-DD) as booked, or as ended with a shortened period. */
  endDate?: string;
}

export interface StoredFile {
  itemId?: string;
  eTag?: string;
  webUrl?: string;
  /** Hash of what was uploaded: an unchanged contract is not uploaded again. */
  hash?: string;
}

export interface StorageBooking {
  driveId?: string;
  folderId?: string;
  /** Path below the drive root, e.g. `Lederdialog/2026 Mette Hansen`. */
  folderPath: string;
  folderWebUrl?: string;
  json: StoredFile;
  docx: StoredFile;
}

export interface PrivateNotesBooking {
  itemId?: string;
  eTag?: string;
  location: 'approot' | 'fallback';
  hash?: string;
}

export type ShareRole = 'read' | 'write';

export interface ShareBooking {
  role: ShareRole;
  /** Who was invited (a changed nearest leader is invited anew). */
  recipient?: string;
  permissionId?: string;
  /** Set before the invite is sent; with no permissionId it means "check before inviting again". */
  attemptedAt?: string;
  invitedAt?: string;
}

export interface ChatBooking {
  /** Carried by the message, so a retry finds it instead of posting twice. Generated once. */
  guardKey: string;
  chatId?: string;
  messageId?: string;
  /** Why no chat message is sent (an orgContact cannot be chatted with). */
  skippedReason?: 'orgContact' | 'noUserId';
}

export interface Bookings {
  dialogue?: DialogueBooking;
  followUps: FollowUpBooking[];
  reminders: ReminderBooking[];
  /** Reminders replaced (the agreement was revised) or dropped, whose task/event is still to be deleted. */
  retired?: ReminderBooking[];
  storage?: StorageBooking;
  privateNotes?: PrivateNotesBooking;
  share?: ShareBooking;
  chat?: ChatBooking;
}

// ---------------------------------------------------------------- the booking choices (UI state)
/*
 * What the leader has chosen in "Book og del" before (or between) bookings, kept in the local
 * draft's UI state (src/domain/bookingChoices.ts reads and keeps them). Never shared.
 */

/** The follow-up presets of src/domain/cadence.ts. */
export type FollowUpPresetId = 'shortDialogueBiweekly' | 'weeklyStatus' | 'quarterlyDialogue';

export interface FollowUpDraft {
  /** The engine's key: the preset id or `custom-<cadence>`. */
  key: string;
  preset?: FollowUpPresetId;
  cadence: FollowUpCadence;
  /** YYYY-MM-DD; absent = suggested from the dialogue's date. */
  firstDate?: string;
  /** HH:mm; absent = the dialogue's time of day. */
  time?: string;
  /**
   * Occurrences moved off a clash before booking (the first date as the series places it →
   * the date and time it is moved to), applied as exceptions after the series is created.
   */
  moves?: OccurrenceMove[];
}

/** One occurrence of a series moved to another day (an exception on the series, as Outlook makes it). */
export interface OccurrenceMove {
  /** The occurrence's own date as the series places it, YYYY-MM-DD. */
  from: string;
  /** Where it goes: local wall-clock `YYYY-MM-DDTHH:mm`. */
  to: string;
}

export interface BookingChoices {
  slot?: { start: string; timeZone: string };
  room?: BookedRoom;
  place: string;
  followUps: FollowUpDraft[];
  reminderKind: ReminderKind;
  /** Daily self-check reminders on weekdays only (Monday to Friday). */
  weekdaysOnly?: boolean;
  /** false: do not pin Lederdialog in the meeting chat (it may need an administrator's consent). */
  pinInMeeting?: boolean;
  shareRole: ShareRole;
  /** Someone chosen in place of the directory's nearest leader. */
  nearestLeader?: Person;
}

/** The choices of one contract; another contract (a new period) starts from its own defaults. */
export interface SavedBookingChoices {
  contractId: string;
  choices: BookingChoices;
}
