/**
 * What the notice of the nearest leader's part last showed, per contract: kept in the signed-in
 * account's local records, so the same news is never shown twice and one account's "seen" is never
 * another's on a shared browser.
 */
import type { SeenPart } from '../domain/nearestLeaderPart';
import { readLocalRecord, writeLocalRecord } from './localRecord';

const SEEN_RECORD = 'lederdialog.nearestLeaderPart.seen.';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function parseSeenPart(value: unknown): SeenPart | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const o = value as Partial<Record<keyof SeenPart, unknown>>;
  return { agreements: strings(o.agreements), comments: strings(o.comments), acceptance: typeof o.acceptance === 'string' ? o.acceptance : '' };
}

export function readSeenPart(contractId: string): SeenPart | undefined {
  return readLocalRecord(SEEN_RECORD + contractId, parseSeenPart);
}

/** A refused write is shrugged off: the notice may show again next time, nothing worse. */
export function writeSeenPart(contractId: string, seen: SeenPart): void {
  writeLocalRecord(SEEN_RECORD + contractId, seen);
}
