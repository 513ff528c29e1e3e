/**
 * Texts both people changed at once, waiting for the user's choice. The three-way merge keeps
 * theirs in the contract and hands mine back as a MergeConflict; until the user chooses ("Brug min
 * tekst" / "Behold deres"), mine lives only here. So the list is kept on the device per contract,
 * survives a reload, and grows with later saves instead of being replaced by them — nothing is
 * silently overwritten.
 */
import type { MergeConflict } from '../../domain/mergeContract';
import { accountScopedKey } from '../../store/accountStorage';

/** Per contract, in the signed-in account's records (src/store/accountStorage.ts). */
const key = (contractId: string) => accountScopedKey(`followUp.conflicts.${contractId}`);

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

export function readConflicts(contractId: string, storage: Storage | undefined = globalThis.localStorage): MergeConflict[] {
  try {
    const raw = storage?.getItem(key(contractId));
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter(isConflict) : [];
  } catch {
    return [];
  }
}

export function writeConflicts(contractId: string, conflicts: readonly MergeConflict[], storage: Storage | undefined = globalThis.localStorage): void {
  try {
    if (conflicts.length === 0) storage?.removeItem(key(contractId));
    else storage?.setItem(key(contractId), JSON.stringify(conflicts));
  } catch {
    // A blocked storage keeps the list for this session only (it is still in the view's state).
  }
}
