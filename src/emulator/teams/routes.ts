// Teams apps in chats, as Graph v1.0 has them: the app catalog (filtered by externalId), installing
// an app in a chat, the chat's tabs, and the online meeting behind a join link with its
// chatInfo.threadId. A Teams meeting's chat is known here by its thread: the one named in the
// meeting's join link; its members are the people whose calendars hold the meeting.
//
// The token's delegated scopes are checked before these handlers run (auth/permissions.ts), so that
// a user who has not consented gets Graph's 403 and the app's "add it by hand" path can be exercised.
import { randomUUID } from 'node:crypto';
import type { Router } from '../http/router';
import type { GraphRequest } from '../http/context';
import { json } from '../http/context';
import { GraphError, badRequest, forbidden, notFound } from '../http/errors';
import { readJsonObject } from '../http/body';
import { contextUrl } from '../http/odata';
import { validateEntityBody } from '../csdl/validator';
import { nowIso } from '../state/ids';
import type { EmulatorState, JsonObject, StoredEvent } from '../types';
import { teamsAppCatalog, type CatalogApp } from './catalog';
import type { StoredChatApp, StoredChatTab, TeamsAppsState } from './model';

function teamsState(state: EmulatorState): TeamsAppsState {
  state.teams ??= { installedApps: [], tabs: [] };
  return state.teams;
}

/** The thread named in a classic join link (`/l/meetup-join/<thread>/0?context=…`). */
export function threadOfJoinUrl(joinUrl: unknown, state?: EmulatorState): string | undefined {
  if (typeof joinUrl !== 'string') return undefined;
  const m = /\/l\/meetup-join\/([^/?]+)/.exec(joinUrl);
  if (m?.[1]) return decodeURIComponent(m[1]);
  // The short form names no thread: Teams (here the state) knows which meeting it is.
  const short = /^https:\/\/teams\.microsoft\.com\/meet\/(\d+)/.exec(joinUrl);
  return short?.[1] ? state?.teams?.meetLinks?.[short[1]] : undefined;
}

function meetingEvents(state: EmulatorState, thread: string): StoredEvent[] {
  return state.events.filter((e) => threadOfJoinUrl((e.data.onlineMeeting as JsonObject | null | undefined)?.joinUrl, state) === thread);
}

interface ChatRef {
  id: string;
  memberIds: string[];
}

/** A stored chat, or a meeting's chat known by its thread. 404 when neither; 403 for non-members. */
function chatFor(req: GraphRequest, rawId: string): ChatRef {
  const id = decodeURIComponent(rawId);
  const stored = req.state.chats.find((c) => c.id === id);
  const events = stored ? [] : meetingEvents(req.state, id);
  if (!stored && events.length === 0) throw notFound('NotFound', 'The chat could not be found.');
  const memberIds = stored ? stored.memberIds : [...new Set(events.map((e) => e.ownerId))];
  if (!memberIds.includes(req.user.id)) throw forbidden('Forbidden', 'The caller is not a member of this chat.');
  return { id, memberIds };
}

/** `externalId eq '…'`, `id eq '…'`, `distributionMethod eq '…'`, joined by `and`. */
function catalogFilter(filter: string | null): (app: CatalogApp) => boolean {
  if (!filter) return () => true;
  const clauses = filter.split(/\s+and\s+/i).map((clause) => {
    const m = /^\s*(externalId|id|distributionMethod|displayName)\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(clause);
    if (!m) throw badRequest('BadRequest', `Invalid filter clause: ${clause}`);
    const field = m[1]!.toLowerCase() === 'externalid' ? 'externalId' : (m[1]! as 'id' | 'distributionMethod' | 'displayName');
    const value = m[2]!.replace(/''/g, "'");
    return (app: CatalogApp) => String(app[field]).toLowerCase() === value.toLowerCase();
  });
  return (app) => clauses.every((c) => c(app));
}

function appJson(app: CatalogApp): JsonObject {
  return { id: app.id, externalId: app.externalId, displayName: app.displayName, distributionMethod: app.distributionMethod };
}

/** The catalog id in `teamsApp@odata.bind` (…/appCatalogs/teamsApps/{id}). */
function boundApp(req: GraphRequest, body: JsonObject): CatalogApp {
  const bind = body['teamsApp@odata.bind'];
  const id = typeof bind === 'string' ? /\/appCatalogs\/teamsApps\/([^/?]+)\/?$/i.exec(bind)?.[1] : undefined;
  if (!id) throw badRequest('BadRequest', '\'teamsApp@odata.bind\' must reference an app, e.g. "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/<id>".');
  const app = teamsAppCatalog(req.tenant).find((a) => a.id === decodeURIComponent(id));
  if (!app) throw notFound('NotFound', `The app '${decodeURIComponent(id)}' was not found in the app catalog.`);
  return app;
}

function installationJson(req: GraphRequest, i: StoredChatApp): JsonObject {
  const app = teamsAppCatalog(req.tenant).find((a) => a.id === i.teamsAppId);
  const out: JsonObject = { id: i.id };
  if ((req.query.get('$expand') ?? '').includes('teamsApp') && app) out.teamsApp = appJson(app);
  return out;
}

function tabJson(req: GraphRequest, t: StoredChatTab): JsonObject {
  const app = teamsAppCatalog(req.tenant).find((a) => a.id === t.teamsAppId);
  const out: JsonObject = {
    id: t.id,
    displayName: t.displayName,
    webUrl: `https://teams.microsoft.com/l/entity/${encodeURIComponent(app?.externalId ?? t.teamsAppId)}/_djb2_msteams_prefix_${encodeURIComponent(t.id)}?webUrl=${encodeURIComponent(t.configuration.websiteUrl ?? '')}&label=${encodeURIComponent(t.displayName)}&context=${encodeURIComponent(JSON.stringify({ chatId: t.chatId }))}`,
    configuration: { ...t.configuration },
  };
  if ((req.query.get('$expand') ?? '').includes('teamsApp') && app) out.teamsApp = appJson(app);
  return out;
}

function onlineMeetingJson(req: GraphRequest, event: StoredEvent, thread: string): JsonObject {
  const data = event.data;
  const joinUrl = String((data.onlineMeeting as JsonObject).joinUrl);
  return {
    id: Buffer.from(`1*${event.ownerId}*0**${thread}`).toString('base64url'),
    creationDateTime: (data.createdDateTime as string) ?? nowIso(),
    startDateTime: (data.start as JsonObject)?.dateTime ?? null,
    endDateTime: (data.end as JsonObject)?.dateTime ?? null,
    joinWebUrl: joinUrl,
    joinUrl,
    subject: (data.subject as string) ?? null,
    externalId: null,
    chatInfo: { threadId: thread, messageId: '0', replyChainMessageId: null },
    videoTeleconferenceId: null,
  };
}

/** `GET /chats/{id}/installedApps` or `/tabs`: the chat's entries of that kind, as a collection. */
function chatCollection<K extends 'installedApps' | 'tabs'>(
  req: GraphRequest,
  rawChatId: string,
  kind: K,
  toJson: (req: GraphRequest, item: TeamsAppsState[K][number]) => JsonObject,
) {
  const chat = chatFor(req, rawChatId);
  const items: TeamsAppsState[K][number][] = teamsState(req.state)[kind];
  const value = items.filter((item) => item.chatId === chat.id).map((item) => toJson(req, item));
  return json(200, { '@odata.context': contextUrl(req, `chats('${chat.id}')/${kind}`), value });
}

/** A POST that binds an app to a chat (an installation or a tab): the chat, the checked body, and the catalog app it names. */
function readChatAppBody(req: GraphRequest, rawChatId: string, entity: 'teamsAppInstallation' | 'teamsTab') {
  const chat = chatFor(req, rawChatId);
  const body = readJsonObject(req);
  validateEntityBody(entity, body, 'BadRequest');
  return { chat, body, app: boundApp(req, body) };
}

export function registerTeamsApps(router: Router): void {
  router
    .add('GET', '/appCatalogs/teamsApps', (req) => {
      const apps = teamsAppCatalog(req.tenant)
        .filter(catalogFilter(req.query.get('$filter')))
        .map(appJson);
      return json(200, { '@odata.context': contextUrl(req, 'appCatalogs/teamsApps'), value: apps });
    })
    .add('GET', '/me/onlineMeetings', (req) => {
      const m = /^\s*JoinWebUrl\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(req.query.get('$filter') ?? '');
      if (!m) throw badRequest('BadRequest', "Filter by JoinWebUrl is required: $filter=JoinWebUrl eq '<join link>'.");
      const joinUrl = m[1]!.replace(/''/g, "'");
      const event = req.state.events.find((e) => e.ownerId === req.user.id && (e.data.onlineMeeting as JsonObject | null | undefined)?.joinUrl === joinUrl);
      const thread = event ? threadOfJoinUrl(joinUrl, req.state) : undefined;
      const value = event && thread ? [onlineMeetingJson(req, event, thread)] : [];
      return json(200, { '@odata.context': contextUrl(req, "users('me')/onlineMeetings"), value });
    })
    .add('GET', '/chats/{id}/installedApps', (req, p) => chatCollection(req, p.id!, 'installedApps', installationJson))
    .add('POST', '/chats/{id}/installedApps', (req, p) => {
      const { chat, app } = readChatAppBody(req, p.id!, 'teamsAppInstallation');
      const apps = teamsState(req.state).installedApps;
      if (apps.some((i) => i.chatId === chat.id && i.teamsAppId === app.id))
        throw new GraphError(409, 'Conflict', 'The app is already installed in this chat.');
      apps.push({
        id: Buffer.from(`${chat.id}##${app.id}`).toString('base64url'),
        chatId: chat.id,
        teamsAppId: app.id,
        installedById: req.user.id,
        installedDateTime: nowIso(),
      });
      return { status: 201 };
    })
    .add('GET', '/chats/{id}/tabs', (req, p) => chatCollection(req, p.id!, 'tabs', tabJson))
    .add('POST', '/chats/{id}/tabs', (req, p) => {
      const { chat, body, app } = readChatAppBody(req, p.id!, 'teamsTab');
      if (!teamsState(req.state).installedApps.some((i) => i.chatId === chat.id && i.teamsAppId === app.id)) {
        throw badRequest('BadRequest', 'The app must be installed in the chat before its tab can be added.');
      }
      if (typeof body.displayName !== 'string' || body.displayName.trim() === '') throw badRequest('BadRequest', 'displayName is required.');
      const c = (body.configuration as JsonObject | undefined) ?? {};
      const str = (v: unknown) => (typeof v === 'string' ? v : null);
      const tab: StoredChatTab = {
        id: randomUUID(),
        chatId: chat.id,
        teamsAppId: app.id,
        displayName: body.displayName,
        configuration: { entityId: str(c.entityId), contentUrl: str(c.contentUrl), websiteUrl: str(c.websiteUrl), removeUrl: str(c.removeUrl) },
        createdById: req.user.id,
        createdDateTime: nowIso(),
      };
      if (!tab.configuration.contentUrl) throw badRequest('BadRequest', 'configuration.contentUrl is required for a configurable tab.');
      teamsState(req.state).tabs.push(tab);
      return json(201, { '@odata.context': contextUrl(req, `chats('${chat.id}')/tabs/$entity`), ...tabJson(req, tab) });
    });
}
