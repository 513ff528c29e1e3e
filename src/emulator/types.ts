import type { TeamsAppsState } from './teams/model';

// Shapes shared across the emulator: options, the persisted state, and the request/response pair
// that every handler sees. Graph's own JSON shapes are produced by the area modules.

export interface FaultConfig {
  /** Share (0..1) of Graph requests answered 429 with Retry-After. */
  rate429?: number;
  /** Share (0..1) of Graph requests answered 503. */
  rate503?: number;
  /**
   * Share (0..1) of Graph requests that are processed in full (the state changes, the log shows the
   * real status) but whose answer is lost on the way back: the client gets 504 GatewayTimeout.
   * Real Graph fails this way too; it is the case where a blind retry makes duplicates.
   */
  rateLostResponse?: number;
  /** Added latency in milliseconds for every Graph request. */
  delayMs?: number;
  /** Seconds sent in Retry-After (default 1). */
  retryAfterSeconds?: number;
  /** Seed of the fault PRNG, so a run is repeatable (default 1). */
  seed?: number;
}

export interface EmulatorOptions {
  /** 0 = a random free port; default 5999. */
  port?: number;
  /** Default <repo>/.emulator-state */
  stateDir?: string;
  faults?: FaultConfig;
  /** Append one JSON line per request to this file. */
  logPath?: string;
  /**
   * The browser origins of the app (e.g. http://localhost:3000). Only these may call /demo/* from a
   * page: those routes hand out tokens and reset the state, so another local site must not reach
   * them. Requests without an Origin (tests, scripts, curl) are not browser calls and pass.
   */
  appOrigins?: readonly string[];
  /** The tenant played (auth/tenant.ts); default GRAPH_EMULATOR_TENANT, else 'managed'. */
  tenant?: 'strict' | 'managed';
}

export interface RunningEmulator {
  url: string;
  graphUrl: string;
  setFaults(f: FaultConfig): void;
  /** Play another tenant profile from now on. */
  setTenant(profile: 'strict' | 'managed'): void;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export type DemoRole = 'leader' | 'nearestLeader' | 'leaderOfLeaders' | 'colleague' | 'noManager' | 'orgContactManaged';

/** Things the demo organisation refuses to a user, so that degraded paths can be exercised. */
/** 'permissions': the user may not list the sharing permissions of items they do not own (as SharePoint refuses members without rights to manage sharing); set at run time with POST /demo/restrictions. */
/** 'manager': GET /me/manager is refused (403 Authorization_RequestDenied), as without an admin's consent to User.Read.All. */
export type Restriction = 'places' | 'appFolder' | 'permissions' | 'manager';

export interface DirectoryUser {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  userPrincipalName: string;
  mail: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  mobilePhone: string | null;
  businessPhones: string[];
  preferredLanguage: string;
  role: DemoRole;
  /** id of a user or an orgContact; absent = no manager registered. */
  managerId?: string;
  restrictions: Restriction[];
}

export interface OrgContact {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  jobTitle: string;
  companyName: string;
}

export interface Room {
  id: string;
  displayName: string;
  emailAddress: string;
  capacity: number;
  building: string;
  floorNumber: number;
  isWheelChairAccessible: boolean;
  tags: string[];
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** An event in one mailbox (the organiser's or an attendee's copy); `data` is Graph-shaped. */
export interface StoredEvent {
  id: string;
  ownerId: string;
  /** Stored Graph properties (start/end in their original time zone). */
  data: JsonObject;
  /** Occurrence dates (yyyy-mm-dd in the series' time zone) removed from a series. */
  cancelledOccurrences: string[];
  /**
   * Exceptions of a series: occurrences changed one by one (PATCH on the occurrence's id), keyed by
   * their original date (yyyy-mm-dd in the series' time zone), holding the properties changed
   * (start and end when it was moved).
   */
  exceptions?: Record<string, JsonObject>;
  /** Part of the seeded demo calendars (not created through the API). */
  seeded?: boolean;
  /** singleValueExtendedProperties this mailbox set on the item (see calendar/extendedProperties.ts). */
  extendedProperties?: { id: string; value: string }[];
}

export interface StoredDriveItem {
  id: string;
  driveId: string;
  ownerId: string;
  parentId: string | null;
  name: string;
  isFolder: boolean;
  specialFolder?: string;
  mimeType?: string;
  /** base64 of the file bytes. */
  content?: string;
  /** Bumped on every write; part of eTag/cTag. */
  version: number;
  contentVersion: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdById: string;
  lastModifiedById: string;
  /** Stable guid used in eTag and cTag. */
  guid: string;
}

export interface StoredPermission {
  id: string;
  itemId: string;
  driveId: string;
  roles: ('read' | 'write')[];
  /** A directory user, when the recipient is one. */
  userId?: string;
  email: string;
  invitedById: string;
  requireSignIn: boolean;
  createdDateTime: string;
}

export interface StoredChat {
  id: string;
  chatType: 'oneOnOne' | 'group';
  topic: string | null;
  memberIds: string[];
  createdDateTime: string;
  lastUpdatedDateTime: string;
}

export interface StoredChatMessage {
  id: string;
  chatId: string;
  fromId: string;
  createdDateTime: string;
  body: JsonObject;
  attachments: JsonObject[];
  etag: string;
  /** Set by softDelete: Teams keeps a "message deleted" placeholder without content. */
  deletedDateTime?: string;
}

export interface StoredTodoList {
  id: string;
  ownerId: string;
  displayName: string;
  wellknownListName: 'none' | 'defaultList' | 'flaggedEmails';
  etag: string;
}

export interface StoredTodoTask {
  id: string;
  listId: string;
  ownerId: string;
  data: JsonObject;
  linkedResources: JsonObject[];
  etag: string;
}

export interface EmulatorState {
  schema: 1;
  tenantId: string;
  seededAt: string;
  users: DirectoryUser[];
  orgContacts: OrgContact[];
  rooms: Room[];
  events: StoredEvent[];
  driveItems: StoredDriveItem[];
  permissions: StoredPermission[];
  chats: StoredChat[];
  messages: StoredChatMessage[];
  todoLists: StoredTodoList[];
  todoTasks: StoredTodoTask[];
  /** Apps installed in chats and their tabs (src/emulator/teams); absent until the first install. */
  teams?: TeamsAppsState;
}
