// What the emulator keeps about Teams apps in chats: which app is installed in which chat, and the
// tabs pinned there. The app catalog itself is fixed (see catalog.ts); these lists live in the
// persisted state, optional so that older state files load unchanged.

export interface StoredChatApp {
  /** Graph's teamsAppInstallation id. */
  id: string;
  chatId: string;
  /** The catalog id of the installed app. */
  teamsAppId: string;
  installedById: string;
  installedDateTime: string;
}

export interface StoredChatTab {
  id: string;
  chatId: string;
  teamsAppId: string;
  displayName: string;
  configuration: { entityId: string | null; contentUrl: string | null; websiteUrl: string | null; removeUrl: string | null };
  createdById: string;
  createdDateTime: string;
}

export interface TeamsAppsState {
  installedApps: StoredChatApp[];
  tabs: StoredChatTab[];
  /**
   * The meeting thread behind each short join link (`/meet/<id>?p=…`, a strict tenant's), by id: the
   * short form, unlike the classic `meetup-join/<thread>` link, does not name the chat.
   */
  meetLinks?: Record<string, string>;
}
