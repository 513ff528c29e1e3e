/**
 * The 1:1 Teams chat with the nearest leader, and the one message that shares the contract.
 *
 * Creating the chat is safe to repeat: Graph answers `POST /chats` for an existing oneOnOne pair
 * with that chat. Posting a message is not, so every message carries a guard key chosen by the
 * caller (recorded in the contract JSON): as the id of the Adaptive Card attachment — an id Graph
 * keeps as sent — or, for a plain HTML message, in an empty marker element. After an ambiguous
 * failure the chat's recent messages are searched for the key before anything is posted again.
 */
import type { Chat, ChatMessage } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import { escapeHtml } from '../domain/html';
import type { GraphClient } from './client';
import { isGraphAppError } from './errors';
import { guardedCreate } from './guarded';
import type { ChatRef, PostedChatMessage } from './types';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** `POST /chats` (oneOnOne): returns the existing chat when there is one. Both must be users (not orgContacts). */
export async function getOrCreateOneOnOneChat(graph: GraphClient, myId: string, otherId: string): Promise<ChatRef> {
  const member = (userId: string): Record<string, unknown> => ({
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    roles: ['owner'],
    'user@odata.bind': `${graph.baseUrl}/users('${encodeURIComponent(userId)}')`,
  });
  const chat = await graph.post<Chat>('/chats', scopes.chat, { chatType: 'oneOnOne', members: [member(myId), member(otherId)] }, { retry: 'all' });
  return { id: chat.id ?? '', webUrl: chat.webUrl ?? undefined };
}

/**
 * What to post: HTML built by the caller from a fixed template with every piece of user text passed
 * through escapeHtml (src/domain/html.ts), or an Adaptive Card (its text is data, not markup).
 */
export type ChatMessageContent = { html: string } | { adaptiveCard: Record<string, unknown>; summary?: string };

function guardMarker(guardKey: string): string {
  return `<span data-lederdialog-guard="${escapeHtml(guardKey)}"></span>`;
}

export function chatMessageBody(content: ChatMessageContent, guardKey: string): ChatMessage {
  if ('html' in content) {
    return { body: { contentType: 'html', content: `${content.html}${guardMarker(guardKey)}` } };
  }
  return {
    body: { contentType: 'html', content: `<attachment id="${escapeHtml(guardKey)}"></attachment>` },
    attachments: [{ id: guardKey, contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: JSON.stringify(content.adaptiveCard) }],
    ...(content.summary ? { summary: content.summary } : {}),
  };
}

export function carriesGuard(message: ChatMessage, guardKey: string): boolean {
  if (message.attachments?.some((a) => a.id === guardKey)) return true;
  return (message.body?.content ?? '').includes(guardMarker(guardKey));
}

function toPosted(message: ChatMessage, chatId: string, alreadyPosted: boolean): PostedChatMessage {
  return { id: message.id ?? '', chatId, createdDateTime: message.createdDateTime ?? undefined, webUrl: message.webUrl ?? undefined, alreadyPosted };
}

/** The message carrying `guardKey` among the chat's most recent messages, if any. */
export async function findGuardedMessage(graph: GraphClient, chatId: string, guardKey: string): Promise<PostedChatMessage | undefined> {
  const page = await graph.get<{ value?: ChatMessage[] }>(`/chats/${encodeURIComponent(chatId)}/messages?$top=50`, scopes.chatRead);
  const found = (page.value ?? []).find((m) => carriesGuard(m, guardKey));
  return found ? toPosted(found, chatId, true) : undefined;
}

export interface PostOptions {
  /** Stable key of this message (recorded in the contract JSON before the first attempt). */
  guardKey: string;
  /**
   * Look for the key before posting: set when re-running a step that failed earlier without a
   * recorded message id ("Book and share" again), so even a post from a previous session is found.
   */
  resume?: boolean;
}

/** `POST /chats/{id}/messages`, at most once per guard key. */
export async function postChatMessage(graph: GraphClient, chatId: string, content: ChatMessageContent, options: PostOptions): Promise<PostedChatMessage> {
  if (!options.guardKey) throw new Error('postChatMessage needs a guardKey');
  if (options.resume) {
    const earlier = await findGuardedMessage(graph, chatId, options.guardKey);
    if (earlier) return earlier;
  }
  const body = chatMessageBody(content, options.guardKey);
  const { value } = await guardedCreate({
    create: async () =>
      toPosted(await graph.post<ChatMessage>(`/chats/${encodeURIComponent(chatId)}/messages`, scopes.chat, body, { retry: 'throttleOnly' }), chatId, false),
    findExisting: () => findGuardedMessage(graph, chatId, options.guardKey),
  });
  return value;
}

/**
 * `POST /users/{me}/chats/{id}/messages/{id}/softDelete`: remove a message I sent (Teams shows "this
 * message was deleted"). A message already gone counts as deleted.
 */
export async function deleteOwnMessage(graph: GraphClient, meId: string, chatId: string, messageId: string): Promise<void> {
  try {
    await graph.send({
      method: 'POST',
      path: `/users/${encodeURIComponent(meId)}/chats/${encodeURIComponent(chatId)}/messages/${encodeURIComponent(messageId)}/softDelete`,
      scopes: scopes.chatMessageDelete,
      retry: 'all',
    });
  } catch (error) {
    if (isGraphAppError(error) && error.kind === 'notFound') return;
    throw error;
  }
}
