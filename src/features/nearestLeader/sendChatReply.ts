/**
 * Sending the nearest leader's reply after its preview: into the 1:1 chat with the leader (found or
 * created), as escaped HTML (replyHtml), at most once per guard key — a send repeated after a lost
 * answer finds the first message instead of posting a second.
 */
import type { GraphClient } from '../../graph/client';
import { getOrCreateOneOnOneChat, postChatMessage } from '../../graph/chat';
import type { PostedChatMessage } from '../../graph/types';
import { replyHtml } from './chatReply';

export async function sendChatReply(
  graph: GraphClient,
  input: { myId: string; leaderId: string; text: string; title: string; guardKey: string },
): Promise<PostedChatMessage> {
  const chat = await getOrCreateOneOnOneChat(graph, input.myId, input.leaderId);
  return postChatMessage(graph, chat.id, { html: replyHtml(input.text, input.title) }, { guardKey: input.guardKey, resume: true });
}
