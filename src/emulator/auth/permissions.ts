// The one table of delegated permissions per route: for every Graph call the emulator serves, the
// "Least privileged permissions" and "Higher privileged permissions" of the Delegated (work or school
// account) row on the call's page in Microsoft's Graph v1.0 reference, and that page. A token must
// carry one of them, or the request answers 403 as Graph does. Keep each row to its page: when the
// docs change, the row changes, and the app's scope groups (src/auth/scopes.ts) must still pass.
import type { DirectoryUser, EmulatorState } from '../types';
import { GraphError } from '../http/errors';
import { ownerOfDrive } from '../drive/model';

const DOCS = 'https://learn.microsoft.com/graph/api/';

export interface PermissionRow {
  method: string;
  /** The route as written in the docs' HTTP request section (for reading and the coverage test). */
  route: string;
  /** Matches the normalised path below /v1.0 (`/users/{me}/…` already turned into `/me/…`). */
  path: RegExp;
  least: readonly string[];
  higher: readonly string[];
  /** The docs page the row comes from. */
  docs: string;
  /**
   * A OneDrive call: in another user's drive only the `.All` permissions reach (the page's
   * Files.Read/Files.ReadWrite cover the signed-in user's own files; the permissions reference:
   * "Files.Read.All: Read all files that user can access").
   */
  drive?: 'read' | 'write';
  /** A Teams call: Teams words its 403 its own way ("Missing scope permissions on the request"). */
  teams?: true;
}

/** `/me/events/{id}` → a regex; `{name}` is one segment. Literal segments match in any case, as in Graph. */
function pattern(route: string): RegExp {
  const source = route
    .split('/')
    .map((seg) => (/^\{\w+\}$/.test(seg) ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`, 'i');
}

const row = (method: string, route: string, least: string[], higher: string[], page: string): PermissionRow => ({
  method,
  route,
  path: pattern(route),
  least,
  higher,
  docs: DOCS + page,
});

// OneDrive: `/me/drive` or `/drives/{id}`, then `root`, `items/{id}` or `special/{name}`, an optional
// `:/path:`, then the operation.
const DRIVE = String.raw`^/(?:me/drive|drives/[^/]+)(?:/(?:root|items/[^/:]+|special/[^/:]+)(?::[^:]*:?)?)?`;
const driveRow = (method: string, route: string, op: string, access: 'read' | 'write', page: string, least: string[], higher: string[]): PermissionRow => ({
  method,
  route,
  path: new RegExp(`${DRIVE}${op}/?$`, 'i'),
  least,
  higher,
  docs: DOCS + page,
  drive: access,
});
const teamsRows = (rows: PermissionRow[]): PermissionRow[] => rows.map((r) => ({ ...r, teams: true as const }));
const FILES_READ_HIGHER = ['Files.ReadWrite', 'Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'];
const FILES_WRITE_HIGHER = ['Files.ReadWrite.All', 'Sites.ReadWrite.All'];
const CAL_READ_HIGHER = ['Calendars.Read', 'Calendars.ReadWrite'];

export const PERMISSIONS: readonly PermissionRow[] = [
  // Directory
  row(
    'GET',
    '/me',
    ['User.Read'],
    ['User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    'user-get',
  ),
  row('GET', '/users', ['User.ReadBasic.All'], ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'], 'user-list'),
  row('GET', '/users/{id}', ['User.ReadBasic.All'], ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'], 'user-get'),
  row('GET', '/me/manager', ['User.Read.All'], ['Directory.Read.All', 'Directory.ReadWrite.All', 'User.ReadWrite.All'], 'user-list-manager'),
  row('GET', '/users/{id}/manager', ['User.Read.All'], ['Directory.Read.All', 'Directory.ReadWrite.All', 'User.ReadWrite.All'], 'user-list-manager'),
  row('GET', '/me/people', ['People.Read'], ['People.Read.All'], 'user-list-people'),
  row('GET', '/me/mailboxSettings', ['MailboxSettings.Read'], ['MailboxSettings.ReadWrite'], 'user-get-mailboxsettings'),
  row('GET', '/me/mailboxSettings/{property}', ['MailboxSettings.Read'], ['MailboxSettings.ReadWrite'], 'user-get-mailboxsettings'),
  row('GET', '/places/microsoft.graph.room', ['Place.Read.All'], [], 'place-list'),
  // Calendar
  row('GET', '/me/calendar', ['Calendars.ReadBasic'], CAL_READ_HIGHER, 'calendar-get'),
  row('POST', '/me/events', ['Calendars.ReadWrite'], [], 'user-post-events'),
  row('GET', '/me/events', ['Calendars.ReadBasic'], CAL_READ_HIGHER, 'user-list-events'),
  row('GET', '/me/calendarView', ['Calendars.ReadBasic'], CAL_READ_HIGHER, 'user-list-calendarview'),
  row('GET', '/me/events/{id}', ['Calendars.ReadBasic'], CAL_READ_HIGHER, 'event-get'),
  row('PATCH', '/me/events/{id}', ['Calendars.ReadWrite'], [], 'event-update'),
  row('DELETE', '/me/events/{id}', ['Calendars.ReadWrite'], [], 'event-delete'),
  row('POST', '/me/events/{id}/cancel', ['Calendars.ReadWrite'], [], 'event-cancel'),
  row('POST', '/me/calendar/getSchedule', ['Calendars.ReadBasic'], CAL_READ_HIGHER, 'calendar-getschedule'),
  row('GET', '/me/events/{id}/instances', ['Calendars.Read'], ['Calendars.ReadWrite'], 'event-list-instances'),
  row('POST', '/me/findMeetingTimes', ['Calendars.Read'], ['Calendars.ReadWrite'], 'user-findmeetingtimes'),
  // OneDrive
  driveRow(
    'GET',
    '/me/drive/sharedWithMe',
    '/sharedWithMe',
    'read',
    'drive-sharedwithme',
    ['Files.Read.All'],
    ['Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'],
  ),
  driveRow('GET', '/me/drive/items/{id}/content', '/content', 'read', 'driveitem-get-content', ['Files.Read'], FILES_READ_HIGHER),
  driveRow('PUT', '/me/drive/items/{id}/content', '/content', 'write', 'driveitem-put-content', ['Files.ReadWrite'], FILES_WRITE_HIGHER),
  driveRow('GET', '/me/drive/items/{id}/children', '/children', 'read', 'driveitem-list-children', ['Files.Read'], FILES_READ_HIGHER),
  driveRow('POST', '/me/drive/items/{id}/children', '/children', 'write', 'driveitem-post-children', ['Files.ReadWrite'], FILES_WRITE_HIGHER),
  driveRow('POST', '/me/drive/items/{id}/invite', '/invite', 'write', 'driveitem-invite', ['Files.ReadWrite'], FILES_WRITE_HIGHER),
  driveRow('GET', '/me/drive/items/{id}/permissions', '/permissions', 'read', 'driveitem-list-permissions', ['Files.Read'], FILES_READ_HIGHER),
  driveRow('GET', '/me/drive/items/{id}/permissions/{perm}', '/permissions/[^/]+', 'read', 'permission-get', ['Files.Read'], FILES_READ_HIGHER),
  driveRow('DELETE', '/me/drive/items/{id}/permissions/{perm}', '/permissions/[^/]+', 'write', 'permission-delete', ['Files.ReadWrite'], FILES_WRITE_HIGHER),
  driveRow('GET', '/me/drive/items/{id}', '', 'read', 'driveitem-get', ['Files.Read'], FILES_READ_HIGHER),
  driveRow('PATCH', '/me/drive/items/{id}', '', 'write', 'driveitem-update', ['Files.ReadWrite'], FILES_WRITE_HIGHER),
  driveRow('DELETE', '/me/drive/items/{id}', '', 'write', 'driveitem-delete', ['Files.ReadWrite'], FILES_WRITE_HIGHER),
  // Chats and messages
  row('POST', '/chats', ['Chat.Create'], ['Chat.ReadWrite'], 'chat-post'),
  row('GET', '/me/chats', ['Chat.ReadBasic'], ['Chat.Read', 'Chat.ReadWrite'], 'chat-list'),
  row('GET', '/chats/{id}', ['Chat.ReadBasic'], ['Chat.Read', 'Chat.ReadWrite'], 'chat-get'),
  row('GET', '/chats/{id}/members', ['ChatMember.Read'], ['Chat.ReadBasic', 'Chat.Read', 'ChatMember.ReadWrite', 'Chat.ReadWrite'], 'chat-list-members'),
  row('POST', '/chats/{id}/messages', ['ChatMessage.Send'], ['Chat.ReadWrite', 'Group.ReadWrite.All'], 'chat-post-messages'),
  row('GET', '/chats/{id}/messages', ['Chat.Read'], ['Chat.ReadWrite'], 'chat-list-messages'),
  row('GET', '/chats/{id}/messages/{messageId}', ['Chat.Read'], ['Chat.ReadWrite'], 'chatmessage-get'),
  row('POST', '/me/chats/{id}/messages/{messageId}/softDelete', ['Chat.ReadWrite'], [], 'chatmessage-softdelete'),
  // Microsoft To Do
  row('GET', '/me/todo/lists', ['Tasks.Read'], ['Tasks.ReadWrite'], 'todo-list-lists'),
  row('POST', '/me/todo/lists', ['Tasks.ReadWrite'], [], 'todo-post-lists'),
  row('GET', '/me/todo/lists/{id}', ['Tasks.Read'], ['Tasks.ReadWrite'], 'todotasklist-get'),
  row('GET', '/me/todo/lists/{id}/tasks', ['Tasks.Read'], ['Tasks.ReadWrite'], 'todotasklist-list-tasks'),
  row('POST', '/me/todo/lists/{id}/tasks', ['Tasks.ReadWrite'], [], 'todotasklist-post-tasks'),
  row('GET', '/me/todo/lists/{id}/tasks/{taskId}', ['Tasks.Read'], ['Tasks.ReadWrite'], 'todotask-get'),
  row('PATCH', '/me/todo/lists/{id}/tasks/{taskId}', ['Tasks.ReadWrite'], [], 'todotask-update'),
  row('DELETE', '/me/todo/lists/{id}/tasks/{taskId}', ['Tasks.ReadWrite'], [], 'todotask-delete'),
  row('GET', '/me/todo/lists/{id}/tasks/{taskId}/linkedResources', ['Tasks.Read'], ['Tasks.ReadWrite'], 'todotask-list-linkedresources'),
  // Teams apps in chats
  ...teamsRows([
    row(
      'GET',
      '/appCatalogs/teamsApps',
      ['AppCatalog.Read.All'],
      ['AppCatalog.ReadWrite.All', 'AppCatalog.Submit', 'Directory.Read.All', 'Directory.ReadWrite.All'],
      'appcatalogs-list-teamsapps',
    ),
    row('GET', '/me/onlineMeetings', ['OnlineMeetings.Read'], ['OnlineMeetings.ReadWrite'], 'onlinemeeting-get'),
    row(
      'GET',
      '/chats/{id}/installedApps',
      ['TeamsAppInstallation.ReadForChat'],
      [
        'TeamsAppInstallation.ReadWriteSelfForChat',
        'TeamsAppInstallation.ReadWriteAndConsentSelfForChat',
        'TeamsAppInstallation.ReadWriteAndConsentForChat',
        'TeamsAppInstallation.ReadWriteForChat',
      ],
      'chat-list-installedapps',
    ),
    row(
      'POST',
      '/chats/{id}/installedApps',
      ['TeamsAppInstallation.ReadWriteSelfForChat'],
      ['TeamsAppInstallation.ReadWriteAndConsentSelfForChat', 'TeamsAppInstallation.ReadWriteAndConsentForChat', 'TeamsAppInstallation.ReadWriteForChat'],
      'chat-post-installedapps',
    ),
    row(
      'GET',
      '/chats/{id}/tabs',
      ['TeamsTab.Read.All'],
      ['TeamsTab.ReadWrite.All', 'TeamsTab.ReadWriteForChat', 'TeamsTab.ReadWriteSelfForChat'],
      'chat-list-tabs',
    ),
    row(
      'POST',
      '/chats/{id}/tabs',
      ['TeamsTab.Create'],
      ['TeamsTab.ReadWriteSelfForChat', 'TeamsTab.ReadWriteForChat', 'TeamsTab.ReadWrite.All'],
      'chat-post-tabs',
    ),
  ]),
];

/** The row for a request, or undefined (then the route is not one the emulator checks: `$batch`, `$metadata`). */
export function permissionRow(method: string, path: string): PermissionRow | undefined {
  return PERMISSIONS.find((r) => r.method === method && r.path.test(path));
}

/** The delegated scopes in a bearer token that `authenticate` has already verified. */
export function tokenScopes(authorization: string | undefined): Set<string> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scp?: string };
    return new Set((claims.scp ?? '').split(' ').filter(Boolean));
  } catch {
    return new Set();
  }
}

/** Whether a OneDrive path addresses another user's drive (`/drives/{id}` of someone else). */
function inOthersDrive(state: EmulatorState, user: DirectoryUser, path: string): boolean {
  const id = /^\/drives\/([^/]+)/i.exec(path)?.[1];
  if (!id) return false;
  const owner = ownerOfDrive(state, id);
  return owner !== undefined && owner.id !== user.id;
}

/**
 * Refuses a request whose token carries none of its route's permissions, as Graph does:
 * 403 `Authorization_RequestDenied`, naming what the API accepts and what the token had.
 */
export function checkPermission(state: EmulatorState, user: DirectoryUser, method: string, path: string, authorization: string | undefined): void {
  const r = permissionRow(method, path);
  if (!r) return;
  let accepted = [...r.least, ...r.higher];
  if (r.drive && inOthersDrive(state, user, path)) accepted = accepted.filter((s) => s.endsWith('.All'));
  const held = tokenScopes(authorization);
  if (accepted.some((s) => held.has(s))) return;
  if (r.teams) {
    throw new GraphError(
      403,
      'Forbidden',
      `Missing scope permissions on the request. API requires one of '${accepted.join(', ')}'. Scopes on the request '${[...held].join(', ')}'`,
    );
  }
  throw new GraphError(
    403,
    'Authorization_RequestDenied',
    `Insufficient privileges to complete the operation. API requires one of '${accepted.join(', ')}'. Scopes on the request '${[...held].join(', ')}'.`,
  );
}
