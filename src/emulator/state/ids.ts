// Identifier formats that look like Graph's, so that clients do not depend on our internals.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Outlook-style item id (events, tasks, lists): opaque, URL-safe. */
export function outlookId(prefix = 'AAMkAD'): string {
  return prefix + randomBytes(30).toString('base64url');
}

/** OneDrive item id: 34 upper-case base32-ish characters, like business drives use. */
export function driveItemId(): string {
  return '01' + randomBytes(20).toString('hex').toUpperCase().slice(0, 32);
}

export const guid = () => randomUUID();

/** A deterministic GUID from a name, so seeded users keep their ids across resets. */
export function stableGuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function changeKey(): string {
  return randomBytes(21).toString('base64');
}

export const nowIso = () => new Date().toISOString();
