/**
 * A synchronous journal beside the asynchronous stores. IndexedDB writes and OneDrive saves finish
 * after the keystroke; a reload or a closed browser in between used to lose the last characters
 * (a pagehide flush does not finish). localStorage is written before the keystroke's handler
 * returns, so what is on screen is on disk. An entry is removed once the slow store holds the same
 * value; one still there at the next start is newer than the store and wins.
 *
 * Entries are the signed-in account's (src/store/accountStorage.ts), like every other local record.
 */
import { isRecord } from '../domain/isRecord';
import { readLocalRecord, writeLocalRecord } from './localRecord';

export interface JournalEntry<T> {
  /** When it was written (ms since epoch): a later write replaces it. */
  at: number;
  value: T;
}

const key = (name: string) => `journal.${name}`;

/** Write now (synchronously). False when the storage refused (full, disabled): the slow store still follows. */
export function writeJournal<T>(name: string, value: T, at: number = Date.now()): boolean {
  return writeLocalRecord(key(name), { at, value });
}

export function readJournal<T>(name: string): JournalEntry<T> | undefined {
  return readLocalRecord(key(name), (entry) =>
    isRecord(entry) && typeof entry.at === 'number' && 'value' in entry ? { at: entry.at, value: entry.value as T } : undefined,
  );
}

/** Remove the entry — only the one written at `at` when given, so a newer keystroke's entry stays. */
export function clearJournal(name: string, at?: number): void {
  if (at !== undefined && readJournal(name)?.at !== at) return;
  // A refused storage journaled nothing either.
  writeLocalRecord(key(name), undefined);
}
