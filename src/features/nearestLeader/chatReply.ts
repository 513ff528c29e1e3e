/**
 * A reply in the 1:1 chat, for a nearest leader who may only read the contract: the Teams link
 * that opens the chat, and the HTML of a short reply (every bit of it escaped). Pure.
 */
import { escapeHtml } from '../../domain/html';

/** `https://teams.microsoft.com/l/chat/0/0?users=<upn>`: opens (or starts) the 1:1 chat. */
export function teamsChatLink(userPrincipalName: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(userPrincipalName)}`;
}

/** The reply as chat HTML: paragraphs per blank line, line breaks kept, nothing the user typed as markup. */
export function replyHtml(text: string, contractTitle: string): string {
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
  return `<p><strong>${escapeHtml(contractTitle)}</strong></p>${paragraphs}`;
}

export const REPLY_MAX = 2000;
