/**
 * What src/graph returns: small domain shapes, not Graph's wire types. Callers above src/graph
 * never handle `@odata` fields, `remoteItem` facets or dateTimeTimeZone pairs they do not need.
 */
import type { PatternedRecurrence } from '@microsoft/microsoft-graph-types';
import type { Person } from '../domain/model';

export type { Person };

/** The signed-in user. */
export interface Me extends Person {
  id: string;
  userPrincipalName: string;
  preferredLanguage?: string;
}

export type DayOfWeek = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export interface WorkingHours {
  daysOfWeek: DayOfWeek[];
  /** Local wall-clock time, `HH:mm`. */
  startTime: string;
  endTime: string;
  /** Windows time zone name, as Graph uses it ("Romance Standard Time"). */
  timeZone: string;
}

export interface MailboxSettingsResult {
  /** Windows time zone name of the mailbox. */
  timeZone: string;
  workingHours: WorkingHours;
}

export type NearestLeader =
  | { kind: 'user'; person: Person & { id: string; kind: 'user' } }
  /** A contact in the directory: can get the meeting and the file, but not a Teams chat. */
  | { kind: 'orgContact'; person: Person & { kind: 'orgContact' } }
  | { kind: 'none' };

/** A local wall-clock time in a named (Windows) time zone, as Graph's dateTimeTimeZone. */
export interface ZonedDateTime {
  /** `YYYY-MM-DDTHH:mm:ss`, no offset. */
  dateTime: string;
  timeZone: string;
}

export interface MeetingSlot {
  start: ZonedDateTime;
  end: ZonedDateTime;
  /** Graph's confidence, 0–100; 100 when both are free. */
  confidence: number;
}

export interface DialogueTimes {
  slots: MeetingSlot[];
  /** Graph's reason when there are no slots (`attendeesUnavailable`, `organizerUnavailable`, …). */
  emptyReason?: string;
}

export interface Room {
  id: string;
  displayName: string;
  emailAddress: string;
  capacity?: number;
  building?: string;
  floorLabel?: string;
}

export type RoomsResult = { available: true; rooms: Room[] } | { available: false };

export interface Attendee extends Person {
  mail: string;
  /** Graph's attendee type; the nearest leader is always required. */
  type?: 'required' | 'optional' | 'resource';
}

export interface CalendarEvent {
  id: string;
  subject: string;
  start: ZonedDateTime;
  end: ZonedDateTime;
  /** `singleInstance`, `seriesMaster`, `occurrence` or `exception`. */
  type: string;
  seriesMasterId?: string;
  transactionId?: string;
  /** Shared by the organiser's and the attendees' copies of a meeting. */
  iCalUId?: string;
  /** The Teams meeting's join link (`onlineMeeting.joinUrl`). */
  joinUrl?: string;
  webLink?: string;
  isCancelled: boolean;
  attendees: Attendee[];
  location?: string;
  /** The recurrence of a series master. */
  recurrence?: PatternedRecurrence;
}

export interface DriveItemRef {
  id: string;
  driveId: string;
  name: string;
  eTag: string;
  cTag?: string;
  webUrl: string;
  isFolder: boolean;
  size?: number;
  parentId?: string;
  lastModifiedDateTime?: string;
  /** Who created the item (`createdBy.user`), as OneDrive records it: not writable by the client. */
  createdBy?: { id?: string; displayName?: string; mail?: string };
}

export type UploadResult =
  | { conflict: false; item: DriveItemRef; eTag: string }
  /** 412: someone else changed the file; `remote` is their version, for the user to choose. */
  | { conflict: true; remote: { eTag: string; content?: Uint8Array } };

export interface DownloadedFile {
  item: DriveItemRef;
  eTag: string;
  content: Uint8Array;
}

export type ShareRole = 'read' | 'write';

export interface ItemPermission {
  id: string;
  roles: string[];
  /** Who was granted access (from grantedToV2 / invitation); absent for links. */
  grantedTo?: Person;
  /** Set when the permission is inherited from a parent folder. */
  inheritedFromId?: string;
  isLink: boolean;
}

/** An item someone shared with me, addressed by its owner's drive. */
export interface SharedItem {
  driveId: string;
  id: string;
  name: string;
  webUrl: string;
  isFolder: boolean;
  sharedBy?: Person;
  sharedDateTime?: string;
  lastModifiedDateTime?: string;
}

export interface ChatRef {
  id: string;
  webUrl?: string;
}

export interface PostedChatMessage {
  id: string;
  chatId: string;
  createdDateTime?: string;
  webUrl?: string;
  /** True when a retry found the message already posted (by its guard key) and did not post again. */
  alreadyPosted: boolean;
}

export interface TaskList {
  id: string;
  displayName: string;
}

export interface TodoTaskRef {
  id: string;
  listId: string;
  title: string;
  /** True when a retry found the task already created (by its guard key). */
  alreadyCreated: boolean;
}
