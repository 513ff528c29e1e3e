// Teams chats: creating a oneOnOne chat returns the existing one for the same pair (Graph's own
// deduplication); messages carry HTML/text bodies and Adaptive Card attachments, which must be
// referenced from the body by <attachment id="…"></attachment> as Teams requires.
import type { Router } from '../http/router';
import type { GraphRequest } from '../http/context';
import { json } from '../http/context';
import { GraphError, notFound } from '../http/errors';
import { readJsonObject } from '../http/body';
import { applySelect, contextUrl, page } from '../http/odata';
import { validateEntityBody } from '../csdl/validator';
import type { DirectoryUser, JsonObject, StoredChat, StoredChatMessage } from '../types';
import { findUser } from '../directory/routes';
import { nowIso } from '../state/ids';
import { randomBytes } from 'node:crypto';

function memberJson(req: GraphRequest, chat: StoredChat, userId: string) {
  const u = req.state.users.find((x) => x.id === userId)!;
  return {
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    id: Buffer.from(`${chat.id}#${userId}`).toString('base64url'),
    roles: ['owner'],
    displayName: u.displayName,
    visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
    userId: u.id,
    email: u.mail,
    tenantId: req.state.tenantId,
  };
}

function chatJson(req: GraphRequest, chat: StoredChat, withContext = true): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (withContext) out['@odata.context'] = contextUrl(req, 'chats/$entity');
  Object.assign(out, {
    id: chat.id,
    topic: chat.topic,
    createdDateTime: chat.createdDateTime,
    lastUpdatedDateTime: chat.lastUpdatedDateTime,
    chatType: chat.chatType,
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${req.state.tenantId}`,
    tenantId: req.state.tenantId,
    onlineMeetingInfo: null,
    viewpoint: { isHidden: false, lastMessageReadDateTime: chat.lastUpdatedDateTime },
  });
  if ((req.query.get('$expand') ?? '').split(',').includes('members')) out.members = chat.memberIds.map((id) => memberJson(req, chat, id));
  return out;
}

function messageJson(req: GraphRequest, m: StoredChatMessage, withContext = true): Record<string, unknown> {
  const from = req.state.users.find((u) => u.id === m.fromId)!;
  return {
    ...(withContext ? { '@odata.context': contextUrl(req, `chats('${m.chatId}')/messages/$entity`) } : {}),
    id: m.id,
    replyToId: null,
    etag: m.etag,
    messageType: 'message',
    createdDateTime: m.createdDateTime,
    lastModifiedDateTime: m.createdDateTime,
    lastEditedDateTime: null,
    deletedDateTime: m.deletedDateTime ?? null,
    subject: null,
    summary: null,
    chatId: m.chatId,
    importance: 'normal',
    locale: 'en-us',
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: null,
    from: {
      application: null,
      device: null,
      user: {
        '@odata.type': '#microsoft.graph.teamworkUserIdentity',
        id: from.id,
        displayName: from.displayName,
        userIdentityType: 'aadUser',
        tenantId: req.state.tenantId,
      },
    },
    body: m.deletedDateTime ? { contentType: 'text', content: '' } : m.body,
    attachments: m.deletedDateTime ? [] : m.attachments,
    mentions: [],
    reactions: [],
  };
}

/** 'https://graph.microsoft.com/v1.0/users('id-or-upn')' → the directory user. */
function memberUser(req: GraphRequest, member: JsonObject, index: number): DirectoryUser {
  const type = member['@odata.type'];
  if (type !== '#microsoft.graph.aadUserConversationMember') {
    throw new GraphError(400, 'BadRequest', `members[${index}]: '@odata.type' must be '#microsoft.graph.aadUserConversationMember'.`);
  }
  const bind = member['user@odata.bind'];
  const m = typeof bind === 'string' ? /\/users\(?'?([^')/]+)'?\)?\/?$/.exec(bind) : null;
  if (!m)
    throw new GraphError(
      400,
      'BadRequest',
      `members[${index}]: 'user@odata.bind' must reference a user, e.g. "https://graph.microsoft.com/v1.0/users('<id>')".`,
    );
  const user = findUser(req.state, m[1]!);
  if (!user) throw notFound('NotFound', `members[${index}]: the user '${m[1]}' was not found in the tenant.`);
  return user;
}

function createChat(req: GraphRequest) {
  const body = readJsonObject(req);
  validateEntityBody('chat', body, 'BadRequest');
  const chatType = body.chatType;
  if (chatType !== 'oneOnOne' && chatType !== 'group') throw new GraphError(400, 'BadRequest', "chatType must be 'oneOnOne' or 'group'.");
  const members = ((body.members as JsonObject[] | undefined) ?? []).map((m, i) => memberUser(req, m, i));
  const ids = [...new Set(members.map((u) => u.id))];
  if (!ids.includes(req.user.id)) throw new GraphError(403, 'Forbidden', 'The caller must be one of the members of the chat.');
  if (chatType === 'oneOnOne') {
    if (ids.length !== 2) throw new GraphError(400, 'BadRequest', 'A oneOnOne chat must have exactly two distinct members.');
    const existing = req.state.chats.find((c) => c.chatType === 'oneOnOne' && c.memberIds.length === 2 && ids.every((id) => c.memberIds.includes(id)));
    if (existing) return json(201, chatJson(req, existing));
  } else if (ids.length < 2) {
    throw new GraphError(400, 'BadRequest', 'A group chat needs at least two members.');
  }
  const now = nowIso();
  const sorted = [...ids].sort();
  const chat: StoredChat = {
    id: chatType === 'oneOnOne' ? `19:${sorted[0]}_${sorted[1]}@unq.gbl.spaces` : `19:${randomBytes(16).toString('hex')}@thread.v2`,
    chatType,
    topic: typeof body.topic === 'string' ? body.topic : null,
    memberIds: ids,
    createdDateTime: now,
    lastUpdatedDateTime: now,
  };
  req.state.chats.push(chat);
  return json(201, chatJson(req, chat));
}

function chatOf(req: GraphRequest, id: string): StoredChat {
  const chat = req.state.chats.find((c) => c.id === decodeURIComponent(id));
  if (!chat) throw notFound('NotFound', 'The chat could not be found.');
  if (!chat.memberIds.includes(req.user.id)) throw new GraphError(403, 'Forbidden', 'The caller is not a member of this chat.');
  return chat;
}

function postMessage(req: GraphRequest, chat: StoredChat) {
  const body = readJsonObject(req);
  validateEntityBody('chatMessage', body, 'BadRequest');
  const msgBody = body.body as JsonObject | undefined;
  if (!msgBody || typeof msgBody.content !== 'string') throw new GraphError(400, 'BadRequest', 'The message body content is required.');
  const contentType = (msgBody.contentType as string | undefined) ?? 'text';
  const attachments = ((body.attachments as JsonObject[] | undefined) ?? []).map((a, i) => {
    const id = a.id;
    if (typeof id !== 'string' || !id) throw new GraphError(400, 'BadRequest', `attachments[${i}]: an id is required.`);
    if (!String(msgBody.content).includes(`<attachment id="${id}"></attachment>`)) {
      throw new GraphError(400, 'BadRequest', `attachments[${i}]: the body must reference the attachment as <attachment id="${id}"></attachment>.`);
    }
    if (a.contentType === 'application/vnd.microsoft.card.adaptive') {
      try {
        const card = JSON.parse(String(a.content ?? '')) as { type?: unknown } | null;
        if (card?.type !== 'AdaptiveCard') throw new Error('not a card');
      } catch {
        throw new GraphError(400, 'BadRequest', `attachments[${i}]: content must be an Adaptive Card serialised as a JSON string.`);
      }
    }
    return {
      id,
      contentType: a.contentType ?? null,
      contentUrl: a.contentUrl ?? null,
      content: a.content ?? null,
      name: a.name ?? null,
      thumbnailUrl: a.thumbnailUrl ?? null,
      teamsAppId: a.teamsAppId ?? null,
    };
  });
  const now = new Date();
  const message: StoredChatMessage = {
    id: String(now.getTime() + req.state.messages.length),
    chatId: chat.id,
    fromId: req.user.id,
    createdDateTime: now.toISOString(),
    body: { contentType, content: msgBody.content },
    attachments,
    etag: String(now.getTime()),
  };
  req.state.messages.push(message);
  chat.lastUpdatedDateTime = message.createdDateTime;
  return json(201, messageJson(req, message));
}

export function registerChat(router: Router): void {
  router
    .add('POST', '/chats', createChat)
    .add('GET', '/me/chats', (req) => {
      const chats = req.state.chats.filter((c) => c.memberIds.includes(req.user.id)).map((c) => chatJson(req, c, false));
      return json(200, page(req, 'chats', chats, 50));
    })
    .add('GET', '/chats/{id}', (req, p) => json(200, applySelect(req, chatJson(req, chatOf(req, p.id!)))))
    .add('GET', '/chats/{id}/members', (req, p) => {
      const chat = chatOf(req, p.id!);
      return json(
        200,
        page(
          req,
          `chats('${chat.id}')/members`,
          chat.memberIds.map((id) => memberJson(req, chat, id)),
          100,
        ),
      );
    })
    .add('POST', '/chats/{id}/messages', (req, p) => postMessage(req, chatOf(req, p.id!)))
    .add('GET', '/chats/{id}/messages', (req, p) => {
      const chat = chatOf(req, p.id!);
      const messages = req.state.messages
        .filter((m) => m.chatId === chat.id)
        .sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime) || Number(b.id) - Number(a.id))
        .map((m) => messageJson(req, m, false));
      return json(200, page(req, `chats('${chat.id}')/messages`, messages, 20, 50));
    })
    // Graph's path is /users/{userId}/chats/{id}/messages/{id}/softDelete; for oneself it is /me/….
    // Only the sender may delete a message; a repeated softDelete is harmless (204 again).
    .add('POST', '/me/chats/{id}/messages/{messageId}/softDelete', (req, p) => {
      const chat = chatOf(req, p.id!);
      const m = req.state.messages.find((x) => x.chatId === chat.id && x.id === p.messageId);
      if (!m) throw notFound('NotFound', 'The message could not be found.');
      if (m.fromId !== req.user.id) throw new GraphError(403, 'Forbidden', 'Only the sender can delete this message.');
      m.deletedDateTime ??= nowIso();
      return { status: 204 };
    })
    .add('GET', '/chats/{id}/messages/{messageId}', (req, p) => {
      const chat = chatOf(req, p.id!);
      const m = req.state.messages.find((x) => x.chatId === chat.id && x.id === p.messageId);
      if (!m) throw notFound('NotFound', 'The message could not be found.');
      return json(200, messageJson(req, m));
    });
}
