/**
 * Reading which contract a page was opened for. In Teams the contract id travels as the tab's
 * sub-entity id (`context.page.subPageId` when the tab opens); in a browser as `?contract=<id>`.
 * Making such links is contractLinks.ts: the start page reads a link, only the steps make one, and
 * webpack ships every used export of a module with the first chunk that imports it.
 */
import type { ContractRef } from '../store/contractRef';

/** The contract id in `?contract=<id>`, or undefined. */
export function contractIdFromLocation(location: Pick<Location, 'search'>): string | undefined {
  const id = new URLSearchParams(location.search).get('contract')?.trim();
  return id ? id : undefined;
}

// ------------------------------------------------------------------ contract references

const PLAIN_ID = /^[A-Za-z0-9_-]{1,128}$/;

function toBase64Url(text: string): string {
  // UTF-8 bytes as a binary string (TextEncoder is missing in some test DOMs and old WebViews).
  const binary = encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    // Invalid UTF-8 makes decodeURIComponent throw: a mangled link is not a reference.
    return decodeURIComponent(Array.from(binary, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
  } catch {
    return undefined;
  }
}

/**
 * A contract reference that finds the contract without any directory or search API (the deep link
 * must work on its own: `sharedWithMe` is retired): `contractId.driveId.itemId[.folderId]`, the
 * drive and item ids base64url-encoded (Graph ids can hold `!` and other characters a link mangles).
 * `itemId` is lederaftale.json, `folderId` its folder; either may be empty. A plain contract id
 * (no location) stays a plain id.
 */
export function encodeContractRef(ref: ContractRef): string {
  if (!PLAIN_ID.test(ref.contractId)) throw new Error(`Not a contract id: ${ref.contractId}`);
  if (!ref.driveId && !ref.itemId && !ref.folderId) return ref.contractId;
  const parts = [ref.contractId, toBase64Url(ref.driveId ?? ''), toBase64Url(ref.itemId ?? '')];
  if (ref.folderId) parts.push(toBase64Url(ref.folderId));
  return parts.join('.');
}

/** The reference in a link's `?contract=` or Teams `subEntityId`; undefined when it is not one. */
export function decodeContractRef(value: string | undefined | null): ContractRef | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const [contractId, drive, item, folder, ...rest] = text.split('.');
  if (!contractId || !PLAIN_ID.test(contractId) || rest.length > 0) return undefined;
  if (drive === undefined) return { contractId };
  const driveId = fromBase64Url(drive);
  const itemId = fromBase64Url(item ?? '');
  const folderId = fromBase64Url(folder ?? '');
  if (driveId === undefined || itemId === undefined || folderId === undefined) return undefined;
  const ref: ContractRef = { contractId };
  if (driveId) ref.driveId = driveId;
  if (itemId) ref.itemId = itemId;
  if (folderId) ref.folderId = folderId;
  return ref;
}
