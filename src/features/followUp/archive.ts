/**
 * Earlier periods on this device. When a new period starts the local draft moves on to the new
 * contract; the archived one is kept here (and, with `archivedAt`, in its own lederaftale.json in
 * OneDrive), so it stays readable. `pendingUpload` marks an archive whose OneDrive copy has not
 * been saved yet: the view saves it again until it is.
 */
import type { Contract } from '../../domain/model';
import { parseContract } from '../../domain/schema';
import { accountScopedKey } from '../../store/accountStorage';

/** The signed-in account's list (src/store/accountStorage.ts). */
const key = () => accountScopedKey('archivedContracts');

export interface ArchivedEntry {
  contract: Contract;
  pendingUpload: boolean;
}

export function readArchive(storage: Storage | undefined = globalThis.localStorage): ArchivedEntry[] {
  try {
    const raw = storage?.getItem(key());
    if (!raw) return [];
    const list = JSON.parse(raw) as { contract: unknown; pendingUpload?: unknown }[];
    if (!Array.isArray(list)) return [];
    return list.flatMap((e) => {
      const parsed = parseContract(e.contract);
      return parsed.ok ? [{ contract: parsed.value, pendingUpload: e.pendingUpload === true }] : [];
    });
  } catch {
    return [];
  }
}

function write(entries: ArchivedEntry[], storage: Storage | undefined): void {
  storage?.setItem(key(), JSON.stringify(entries));
}

/** Add (or replace, by id) an archived contract, newest first. */
export function archiveContract(contract: Contract, pendingUpload: boolean, storage: Storage | undefined = globalThis.localStorage): ArchivedEntry[] {
  const entries = [{ contract, pendingUpload }, ...readArchive(storage).filter((e) => e.contract.id !== contract.id)];
  write(entries, storage);
  return entries;
}

export function markUploaded(contractId: string, storage: Storage | undefined = globalThis.localStorage): ArchivedEntry[] {
  const entries = readArchive(storage).map((e) => (e.contract.id === contractId ? { ...e, pendingUpload: false } : e));
  write(entries, storage);
  return entries;
}
