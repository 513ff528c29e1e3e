/**
 * The one list of delegated Microsoft Graph permissions the app asks for, grouped by the action
 * that needs them. Scopes are requested incrementally: a caller asks for the group of the action
 * at hand (e.g. `scopes.calendar` when booking the dialogue), never for everything up front, so a
 * leader who only prepares is never asked to consent to chat or calendar access.
 *
 * Names are Graph's delegated permission names without the resource prefix; MSAL and the emulator
 * both accept them in this form. Keep this in step with docs/teams-setup.md (Entra registration).
 */
export const scopes = {
  /** GET /me — who am I. */
  profile: ['User.Read'],
  /** GET /me/mailboxSettings — time zone and working hours. */
  mailbox: ['MailboxSettings.Read'],
  /** GET /me/manager, GET /users?$filter=… — the nearest leader and other people. */
  directory: ['User.ReadBasic.All'],
  /**
   * Registered for an administrator to grant, never asked for by the app: `GET /me/manager` is
   * documented with User.Read.All (admin consent). With the admin's tenant-wide consent every token
   * carries it and the nearest leader is found; without it the manager look-up answers 403 and the
   * app falls back to the people picker. Asking for it would put an approval prompt before the
   * user, so nothing in src/ requests this group.
   */
  managerByAdmin: ['User.Read.All'],
  /** GET /me/people?$search= — pick another person. */
  people: ['People.Read'],
  /** findMeetingTimes, POST /me/events — the dialogue and its follow-ups. */
  calendar: ['Calendars.ReadWrite'],
  /** GET /places/microsoft.graph.room — optional, needs admin consent; degrade on 403. */
  rooms: ['Place.Read.All'],
  /** OneDrive: store and share the contract, private notes in the app folder. */
  files: ['Files.ReadWrite'],
  /** OneDrive: files shared with me by others (sharedWithMe, /drives/{id}/items/{id}) — read. */
  sharedFilesRead: ['Files.Read.All'],
  /** OneDrive: the nearest leader adds their part to a contract shared with "may edit". */
  sharedFilesWrite: ['Files.ReadWrite.All'],
  /** POST /chats, POST /chats/{id}/messages — tell the nearest leader. */
  chat: ['Chat.Create', 'ChatMessage.Send'],
  /** GET /chats/{id}/messages — only after an ambiguous failure, to check a message was not posted twice. */
  chatRead: ['Chat.Read'],
  /**
   * POST /users/{id}/chats/{id}/messages/{id}/softDelete — "Mine data": delete the app's own card in
   * the 1:1 chat. The docs' only delegated permission for it; asked for only when the user deletes.
   */
  chatMessageDelete: ['Chat.ReadWrite'],
  /** POST /me/todo/lists/{id}/tasks — self-reminders. */
  tasks: ['Tasks.ReadWrite'],
  /**
   * Pin the app in the booked meeting's chat, asked for only at that moment (the last, optional part
   * of "Book and share"): find the app in the org catalog, install it in the chat, add the tab.
   * TeamsTab.ReadWriteSelfForChat is the one permission that both lists (is the tab there already?)
   * and adds tabs, and it is limited to this app's tabs in chats.
   */
  meetingApp: ['AppCatalog.Read.All', 'TeamsAppInstallation.ReadWriteSelfForChat', 'TeamsTab.ReadWriteSelfForChat'],
  /** GET /me/onlineMeetings?$filter=JoinWebUrl eq … — the meeting chat, only when the join link does not name it. */
  onlineMeeting: ['OnlineMeetings.Read'],
} as const satisfies Record<string, readonly string[]>;

export type ScopeGroup = keyof typeof scopes;

/** Every delegated permission the app may ever ask for: the list to register in Entra. */
export const allScopes: readonly string[] = [...new Set(Object.values(scopes).flat())];

/** The union of the given groups, without duplicates, for an action that spans several areas. */
export function scopesFor(...groups: ScopeGroup[]): string[] {
  return [...new Set(groups.flatMap((g) => scopes[g]))];
}
