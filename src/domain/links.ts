/**
 * Links put into HTML we send (agendas, chat messages) must be web links: a contract link is a
 * OneDrive webUrl or a Teams deep link. Anything else (javascript:, data:, a relative path, text
 * that does not parse) is refused rather than escaped into an href.
 */
export function safeWebUrl(url: string | undefined): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
