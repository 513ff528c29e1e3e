/**
 * The merge base of the leader's own writers: the version of lederaftale.json this device last
 * saved or took in, kept in localStorage per contract. The follow-up view and "Book and share" both
 * measure what the leader changed against it (src/store/sharedContract.ts writeSharedContract), and
 * both store the version they wrote, so neither reads the other's work as something to undo.
 * Missing (another device, cleared storage) is fine: the writer then merges against a union base
 * (src/domain/unionBase.ts), which deletes nothing.
 */
import type { Contract } from '../domain/model';
import { parseContract } from '../domain/schema';
import { readLocalRecord, writeLocalRecord } from './localRecord';

/** Per contract, in the signed-in account's records (localRecord.ts). */
const name = (contractId: string) => `followUp.base.${contractId}`;

export function readSharedBase(contractId: string): Contract | undefined {
  return readLocalRecord(name(contractId), (value) => {
    const parsed = parseContract(value);
    return parsed.ok ? parsed.value : undefined;
  });
}

/** A full or blocked storage only means the next merge uses a union base. */
export function writeSharedBase(contract: Contract): void {
  writeLocalRecord(name(contract.id), contract);
}
