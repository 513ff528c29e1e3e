/**
 * Unsaved work on a contract someone else shared (the follow-up view's working copy and the version
 * it started from), kept on the device until the shared lederaftale.json holds it, so a closed tab
 * loses nothing: it is merged in on the next open (src/features/followUp/useForeignContract.ts).
 */
import type { Contract } from '../domain/model';
import { parseContract } from '../domain/schema';
import { isRecord } from '../domain/isRecord';
import { readLocalRecord, writeLocalRecord } from './localRecord';

export interface PendingWork {
  base: Contract;
  working: Contract;
}

/** Per contract, in the signed-in account's records (localRecord.ts). */
const name = (contractId: string) => `followUp.pendingShared.${contractId}`;

function parsePending(value: unknown): PendingWork | undefined {
  if (!isRecord(value)) return undefined;
  const base = parseContract(value.base);
  const working = parseContract(value.working);
  return base.ok && working.ok ? { base: base.value, working: working.value } : undefined;
}

export function readPendingWork(contractId: string): PendingWork | undefined {
  return readLocalRecord(name(contractId), parsePending);
}

/** Undefined: saved, nothing pending. Without storage the work is only in memory until saved (the save is still retried). */
export function writePendingWork(contractId: string, pending: PendingWork | undefined): void {
  writeLocalRecord(name(contractId), pending);
}
