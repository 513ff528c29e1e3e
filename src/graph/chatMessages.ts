/**
 * Reading my chats and their recent messages (Chat.Read): where "Delt med mig" finds the
 * Lederdialog cards that were posted to me, now that OneDrive's sharedWithMe is retired.
 * Only links are taken out of a message; its text is not kept.
 */
import type { Chat, ChatMessage } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { GraphClient } from './client';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './chat';

export interface ChatSummary {
  id: string;
  chatType: string;
  lastUpdatedDateTime?: string;
}

export interface ChatCardMessage {
  id: string;
  chatId: string;
  fromUserId?: string;
  createdDateTime?: string;
  /** Every Adaptive Card attached, parsed (cards that are not JSON are skipped). */
  cards: Record<string, unknown>[];
}

/** `GET /me/chats`: my chats, most recently active first. */
export async function listMyChats(graph: GraphClient, maxChats = 50): Promise<ChatSummary[]> {
  const chats = await graph.getAll<Chat>(`/me/chats?$top=50`, scopes.chatRead, maxChats);
  return chats
    .map((c) => ({ id: c.id ?? '', chatType: c.chatType ?? '', ...(c.lastUpdatedDateTime ? { lastUpdatedDateTime: c.lastUpdatedDateTime } : {}) }))
    .filter((c) => c.id !== '')
    .sort((a, b) => (b.lastUpdatedDateTime ?? '').localeCompare(a.lastUpdatedDateTime ?? ''));
}

/** `GET /chats/{id}/messages`: the most recent messages that carry an Adaptive Card. */
export async function listCardMessages(graph: GraphClient, chatId: string, top = 50): Promise<ChatCardMessage[]> {
  const page = await graph.get<{ value?: ChatMessage[] }>(`/chats/${encodeURIComponent(chatId)}/messages?$top=${top}`, scopes.chatRead);
  const out: ChatCardMessage[] = [];
  for (const m of page.value ?? []) {
    const cards = (m.attachments ?? [])
      .filter((a) => a.contentType === ADAPTIVE_CARD_CONTENT_TYPE && typeof a.content === 'string')
      .map((a) => {
        try {
          const parsed: unknown = JSON.parse(a.content as string);
          return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
        } catch {
          return undefined;
        }
      })
      .filter((c): c is Record<string, unknown> => c !== undefined);
    if (cards.length === 0) continue;
    out.push({
      id: m.id ?? '',
      chatId,
      ...(m.from?.user?.id ? { fromUserId: m.from.user.id } : {}),
      ...(m.createdDateTime ? { createdDateTime: m.createdDateTime } : {}),
      cards,
    });
  }
  return out;
}
