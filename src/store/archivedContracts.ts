/**
 * Earlier periods on this device. When a new period starts the local draft moves on to the new
 * contract; the archived one is kept here (and, with `archivedAt`, in its own lederaftale.json in
 * OneDrive), so it stays readable. `pendingUpload` marks an archive whose OneDrive copy has not
 * been saved yet: the view saves it again until it is.
 */
import type { Contract } from '../domain/model';
import { parseContract } from '../domain/schema';
import { isRecord } from '../domain/isRecord';
import { readLocalRecord, writeLocalRecord } from './localRecord';

/** The signed-in account's list (localRecord.ts). */
const NAME = 'archivedContracts';

export interface ArchivedEntry {
  contract: Contract;
  pendingUpload: boolean;
}

function parseEntries(value: unknown): ArchivedEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((e) => {
    const parsed = parseContract(e.contract);
    return parsed.ok ? [{ contract: parsed.value, pendingUpload: e.pendingUpload === true }] : [];
  });
}

export function readArchive(): ArchivedEntry[] {
  return readLocalRecord(NAME, parseEntries) ?? [];
}

/**
 * Add (or replace, by id) an archived contract, newest first. Throws when the storage refuses: the
 * archive may be the old period's only copy (its OneDrive upload pending), so the new period must
 * not start without it.
 */
export function archiveContract(contract: Contract, pendingUpload: boolean): ArchivedEntry[] {
  const entries = [{ contract, pendingUpload }, ...readArchive().filter((e) => e.contract.id !== contract.id)];
  if (!writeLocalRecord(NAME, entries)) throw new Error('The earlier period could not be kept on this device');
  return entries;
}

export function markUploaded(contractId: string): ArchivedEntry[] {
  const entries = readArchive().map((e) => (e.contract.id === contractId ? { ...e, pendingUpload: false } : e));
  writeLocalRecord(NAME, entries);
  return entries;
}
