/**
 * Texts both people changed at once, waiting for the user's choice. The three-way merge keeps
 * theirs in the contract and hands mine back as a MergeConflict; until the user chooses ("Brug min
 * tekst" / "Behold deres"), mine lives only here. So the list is kept on the device per contract,
 * survives a reload, and grows with later saves instead of being replaced by them — nothing is
 * silently overwritten.
 */
import type { MergeConflict } from '../domain/mergeContract';
import { readLocalRecord, writeLocalRecord } from './localRecord';

/** Per contract, in the signed-in account's records (localRecord.ts). */
const name = (contractId: string) => `followUp.conflicts.${contractId}`;

function sameTarget(a: MergeConflict, b: MergeConflict): boolean {
  return JSON.stringify(a.target) === JSON.stringify(b.target);
}

function isConflict(value: unknown): value is MergeConflict {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.mine === 'string' &&
    typeof c.theirs === 'string' &&
    typeof c.base === 'string' &&
    !!c.target &&
    typeof (c.target as { kind?: unknown }).kind === 'string'
  );
}

/** The open conflicts with the new ones added: a newer conflict on the same text replaces the older. */
export function addConflicts(open: readonly MergeConflict[], added: readonly MergeConflict[]): MergeConflict[] {
  return [...open.filter((c) => !added.some((n) => sameTarget(c, n))), ...added];
}

export function withoutConflict(open: readonly MergeConflict[], done: MergeConflict): MergeConflict[] {
  return open.filter((c) => !sameTarget(c, done));
}

export function readConflicts(contractId: string): MergeConflict[] {
  return readLocalRecord(name(contractId), (list) => (Array.isArray(list) ? list.filter(isConflict) : undefined)) ?? [];
}

/** A refused storage keeps the list for this session only (it is still in the view's state). */
export function writeConflicts(contractId: string, conflicts: readonly MergeConflict[]): void {
  writeLocalRecord(name(contractId), conflicts.length === 0 ? undefined : conflicts);
}
