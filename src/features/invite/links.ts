/** Links to what "Book and share" created, safe to put in an href (only http(s) from Graph). */
import type { Bookings } from '../../domain/model';
import type { BookAndShareLinks } from './engine';

export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** The 1:1 chat in Teams (`https://teams.microsoft.com/l/chat/<chatId>/0`), once a message is in it. */
export function chatLink(bookings: Bookings): string | undefined {
  const chat = bookings.chat;
  if (!chat?.chatId || !chat.messageId) return undefined;
  return `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.chatId)}/0`;
}

export type SummaryLinkKey = 'event' | 'join' | 'docx' | 'folder' | 'chat' | 'app';

/** What the summary links to, in the order a leader checks it. */
export function summaryLinks(links: BookAndShareLinks, bookings: Bookings): { key: SummaryLinkKey; href: string }[] {
  const out: { key: SummaryLinkKey; href: string | undefined }[] = [
    { key: 'event', href: safeHref(links.eventWebLink ?? bookings.dialogue?.webLink) },
    { key: 'join', href: safeHref(links.joinUrl ?? bookings.dialogue?.joinUrl) },
    { key: 'docx', href: safeHref(links.docxWebUrl ?? bookings.storage?.docx.webUrl) },
    { key: 'folder', href: safeHref(links.folderWebUrl ?? bookings.storage?.folderWebUrl) },
    { key: 'chat', href: safeHref(chatLink(bookings)) },
    { key: 'app', href: safeHref(links.appLink) },
  ];
  return out.filter((l): l is { key: SummaryLinkKey; href: string } => l.href !== undefined);
}
