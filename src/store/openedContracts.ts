/**
 * The contracts this user has opened on this device: a small local index, so "Delt med mig" lists
 * them even when no other source answers (OneDrive's sharedWithMe is retired; chats may be old).
 * Kept per user (the demo switch and shared computers have several people in one browser), holds
 * only where a contract is and what the overview shows — never its content.
 */
import { accountScopedKey } from './accountStorage';
import type { ContractRef } from './contractRef';

export interface OpenedContractEntry {
  ref: ContractRef;
  leaderName?: string;
  period?: { start: string; end: string };
  openedAt: string;
}

/** The part of Web Storage the index needs (tests pass their own). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Per account (src/store/accountStorage.ts), then per user id as before. */
const indexKey = (userId: string) => accountScopedKey(`openedContracts.${userId}`);
const hiddenKey = (userId: string) => accountScopedKey(`hiddenShared.${userId}`);
/** Enough for a leader of many leaders; the oldest are dropped. */
export const MAX_ENTRIES = 100;

function defaultStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage disabled: the index is simply empty
  }
}

function isEntry(value: unknown): value is OpenedContractEntry {
  const v = value as OpenedContractEntry | null;
  return !!v && typeof v === 'object' && typeof v.openedAt === 'string' && !!v.ref && typeof v.ref.contractId === 'string' && v.ref.contractId !== '';
}

export function listOpenedContracts(userId: string, storage: KeyValueStorage | undefined = defaultStorage()): OpenedContractEntry[] {
  if (!storage || !userId) return [];
  try {
    const parsed: unknown = JSON.parse(storage.getItem(indexKey(userId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/** Remember (or refresh) a contract; newest first. */
export function rememberOpenedContract(userId: string, entry: OpenedContractEntry, storage: KeyValueStorage | undefined = defaultStorage()): void {
  if (!storage || !userId) return;
  const rest = listOpenedContracts(userId, storage).filter((e) => e.ref.contractId !== entry.ref.contractId);
  try {
    storage.setItem(indexKey(userId), JSON.stringify([entry, ...rest].slice(0, MAX_ENTRIES)));
  } catch {
    /* storage full or refused: the index is a convenience, the contract itself is in OneDrive */
  }
}

export function forgetOpenedContract(userId: string, contractId: string, storage: KeyValueStorage | undefined = defaultStorage()): void {
  if (!storage || !userId) return;
  try {
    storage.setItem(indexKey(userId), JSON.stringify(listOpenedContracts(userId, storage).filter((e) => e.ref.contractId !== contractId)));
  } catch {
    /* as above */
  }
}

/** Contracts this user removed from "Delt med mig": not listed again, wherever they are found. */
export function listHiddenSharedContracts(userId: string, storage: KeyValueStorage | undefined = defaultStorage()): string[] {
  if (!storage || !userId) return [];
  try {
    const parsed: unknown = JSON.parse(storage.getItem(hiddenKey(userId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Remove a contract from "Delt med mig" on this device: forgotten in the index and hidden from the
 * other sources (the chat card, OneDrive's shared list), which still know it. Only the owner can
 * end the sharing itself (OneDrive lets a recipient not remove their own permission).
 */
export function removeSharedContract(userId: string, contractId: string, storage: KeyValueStorage | undefined = defaultStorage()): void {
  if (!storage || !userId) return;
  forgetOpenedContract(userId, contractId, storage);
  try {
    storage.setItem(hiddenKey(userId), JSON.stringify([...new Set([...listHiddenSharedContracts(userId, storage), contractId])].slice(-MAX_ENTRIES)));
  } catch {
    /* storage full or refused */
  }
}
