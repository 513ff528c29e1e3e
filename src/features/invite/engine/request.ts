/**
 * What the leader chose in step 3, handed to "Book and share" as one value. The UI builds it; the
 * engine validates it (validateRequest) before a single request is sent.
 */
import type { Locale } from '../../../content/types';
import type {
  BookedRoom,
  Contract,
  FollowUpCadence,
  FollowUpPresetId,
  OccurrenceMove,
  Person,
  PrivateNotes,
  ReminderKind,
  ShareRole,
} from '../../../domain/model';

/** Local wall-clock time `YYYY-MM-DDTHH:mm[:ss]` in a Windows time zone ("Romance Standard Time"). */
export interface DialogueSlot {
  start: string;
  /** Must be 45 minutes after start (the tool's dialogue); computed when absent. */
  end?: string;
  timeZone: string;
}

export interface FollowUpChoice {
  /** One of the tool's presets, or absent for a custom series. */
  preset?: FollowUpPresetId;
  /** Required for a custom series; a preset's own cadence otherwise. */
  cadence?: FollowUpCadence;
  /** Custom subject; the preset's subject otherwise. */
  subject?: string;
  /** First meeting, local wall-clock in the dialogue's time zone. */
  firstStart: string;
  /** Default: the preset's suggested length, or 30. */
  durationMinutes?: number;
  /** Last day of the series, YYYY-MM-DD. Default: the contract period's end. */
  endDate?: string;
  /** Occurrences moved off a clash (a holiday, an absence): exceptions made once the series exists. */
  moves?: OccurrenceMove[];
}

/** Where the shared contract is, for the deep link: the owner's drive and the shared folder. */
export interface ContractLinkLocation {
  driveId?: string;
  folderId?: string;
}

export interface BookAndShareRequest {
  /** The contract as it is now, with whatever `bookings` earlier runs recorded. */
  contract: Contract;
  /** The leader's private notes, stored in the app folder; never in the shared folder. */
  notes?: PrivateNotes;
  /** The signed-in leader (for the folder name), when contract.leader is not set. */
  leader?: Person;
  /** The chosen nearest leader: mail required; id and kind 'user' make a Teams chat possible. */
  nearestLeader: Person;
  slot: DialogueSlot;
  room?: BookedRoom;
  /** "Or another quiet place", free text. */
  place?: string;
  followUps: FollowUpChoice[];
  /** 'todo' (default): Microsoft To Do tasks; 'event': private recurring calendar reminders. */
  reminderKind?: ReminderKind;
  /** 'read' (default) or 'write' ("may edit"). */
  shareRole?: ShareRole;
  /** The UI language. Documents follow the contract's locale; the result is kinds, which the UI words. */
  locale: Locale;
  /**
   * Teams deep link to this contract (src/host/contractLinks.ts buildContractDeepLink). Called again with
   * the contract folder's location once it exists, so the chat card's link finds the contract on
   * its own (encodeContractRef), without any search or sharedWithMe.
   */
  deepLink?: (contractId: string, location?: ContractLinkLocation) => string;
  /** Daily self-reminders on Monday to Friday only. */
  weekdaysOnly?: boolean;
  /** The leader chose not to pin Lederdialog in the meeting chat: no Teams-app scope is asked for. */
  skipMeetingTab?: boolean;
  /** Time of day for self-reminders, `HH:mm` (default DEFAULT_REMINDER_TIME, 08:30). */
  reminderTime?: string;
  /**
   * The version of lederaftale.json this device last saved or took in (src/store/sharedBase.ts): a
   * rerun measures the leader's changes against it. Absent: a union base (nothing deleted).
   */
  sharedBase?: Contract;
  now?: Date;
}
