/**
 * Lederdialog in the dialogue meeting: the meeting's chat, the app's id in the organisation's
 * catalog, installing the app in that chat and pinning the tab that opens the contract.
 *
 * A Teams meeting's chat is its thread (`19:meeting_…@thread.v2`), the `chatInfo.threadId` of the
 * onlineMeeting. Graph's event carries only `onlineMeeting.joinUrl` (an onlineMeetingInfo without
 * chatInfo), so the thread is read from the classic join link where it is spelled out, and asked
 * of `/me/onlineMeetings` by join link otherwise.
 *
 * Installing is safe to repeat (an installed app answers 409, taken as "already there"); adding a
 * tab is not (Graph would pin a second one), so the chat's tabs are listed first.
 */
import type { OnlineMeeting, TeamsApp, TeamsAppInstallation, TeamsTab } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { GraphClient } from './client';
import { isGraphAppError } from './errors';

/** The meeting chat's thread id from a classic Teams join link (`/l/meetup-join/<thread>/…`), or undefined. */
export function meetingChatIdFromJoinUrl(joinUrl: string | undefined): string | undefined {
  if (!joinUrl) return undefined;
  try {
    const url = new URL(joinUrl);
    const match = /\/l\/meetup-join\/([^/]+)\//.exec(url.pathname);
    if (!match?.[1]) return undefined;
    const thread = decodeURIComponent(match[1]);
    return /^19:.+@thread\.(v2|skype|tacv2)$/.test(thread) ? thread : undefined;
  } catch {
    return undefined;
  }
}

/** OData string literal: single quotes doubled. */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The meeting's chat: from the join link when it names the thread (no request), else
 * `GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'` → `chatInfo.threadId`.
 */
export async function findMeetingChatId(graph: GraphClient, joinUrl: string): Promise<string | undefined> {
  const fromLink = meetingChatIdFromJoinUrl(joinUrl);
  if (fromLink) return fromLink;
  const filter = encodeURIComponent(`JoinWebUrl eq ${literal(joinUrl)}`);
  const page = await graph.get<{ value?: OnlineMeeting[] }>(`/me/onlineMeetings?$filter=${filter}`, scopes.onlineMeeting);
  return page.value?.[0]?.chatInfo?.threadId ?? undefined;
}

export interface CatalogApp {
  /** The catalog's id (what `teamsApp@odata.bind` needs); not the manifest id. */
  id: string;
  externalId?: string;
  displayName?: string;
}

/** `GET /appCatalogs/teamsApps?$filter=externalId eq '<manifest id>'`: the app as the organisation published it. */
export async function findCatalogApp(graph: GraphClient, manifestId: string): Promise<CatalogApp | undefined> {
  const filter = encodeURIComponent(`externalId eq ${literal(manifestId)}`);
  const page = await graph.get<{ value?: TeamsApp[] }>(`/appCatalogs/teamsApps?$filter=${filter}`, scopes.meetingApp);
  const app = page.value?.find((a) => a.id);
  return app?.id ? { id: app.id, externalId: app.externalId ?? undefined, displayName: app.displayName ?? undefined } : undefined;
}

function catalogBind(graph: GraphClient, catalogAppId: string): string {
  return `${graph.baseUrl}/appCatalogs/teamsApps/${encodeURIComponent(catalogAppId)}`;
}

/** `POST /chats/{id}/installedApps`; an app that is already installed (409) counts as installed. */
export async function installAppInChat(graph: GraphClient, chatId: string, catalogAppId: string): Promise<'installed' | 'alreadyInstalled'> {
  const body: TeamsAppInstallation & Record<string, unknown> = { 'teamsApp@odata.bind': catalogBind(graph, catalogAppId) };
  try {
    await graph.post(`/chats/${encodeURIComponent(chatId)}/installedApps`, scopes.meetingApp, body, { retry: 'all' });
    return 'installed';
  } catch (error) {
    if (isGraphAppError(error) && error.status === 409) return 'alreadyInstalled';
    throw error;
  }
}

export interface ContractTabInput {
  catalogAppId: string;
  displayName: string;
  /** The contract reference: the tab's entityId, so the side panel knows which contract it shows. */
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
}

export interface ChatTab {
  id: string;
  entityId?: string;
  contentUrl?: string;
  webUrl?: string;
}

function toChatTab(tab: TeamsTab): ChatTab {
  return {
    id: tab.id ?? '',
    entityId: tab.configuration?.entityId ?? undefined,
    contentUrl: tab.configuration?.contentUrl ?? undefined,
    webUrl: tab.webUrl ?? undefined,
  };
}

/** `GET /chats/{id}/tabs?$expand=teamsApp`: the tab of this app that shows this contract, if pinned already. */
export async function findContractTab(graph: GraphClient, chatId: string, catalogAppId: string, entityId: string): Promise<ChatTab | undefined> {
  const page = await graph.get<{ value?: TeamsTab[] }>(`/chats/${encodeURIComponent(chatId)}/tabs?$expand=teamsApp`, scopes.meetingApp);
  const found = page.value?.find((t) => t.teamsApp?.id === catalogAppId && t.configuration?.entityId === entityId);
  return found ? toChatTab(found) : undefined;
}

/** `POST /chats/{id}/tabs`: pins the tab (the app must be installed in the chat first). */
export async function addContractTab(graph: GraphClient, chatId: string, input: ContractTabInput): Promise<ChatTab> {
  const body: Record<string, unknown> = {
    displayName: input.displayName,
    'teamsApp@odata.bind': catalogBind(graph, input.catalogAppId),
    configuration: { entityId: input.entityId, contentUrl: input.contentUrl, websiteUrl: input.websiteUrl },
  };
  // Not retried on 5xx: a lost answer would pin a second tab; the next run lists before adding.
  return toChatTab(await graph.post<TeamsTab>(`/chats/${encodeURIComponent(chatId)}/tabs`, scopes.meetingApp, body, { retry: 'throttleOnly' }));
}
