/**
 * A synchronous journal beside the asynchronous stores. IndexedDB writes and OneDrive saves finish
 * after the keystroke; a reload or a closed browser in between used to lose the last characters
 * (a pagehide flush does not finish). localStorage is written before the keystroke's handler
 * returns, so what is on screen is on disk. An entry is removed once the slow store holds the same
 * value; one still there at the next start is newer than the store and wins.
 *
 * Entries are the signed-in account's (src/store/accountStorage.ts), like every other local record.
 */
import { accountStorage } from './accountStorage';

export interface JournalEntry<T> {
  /** When it was written (ms since epoch): a later write replaces it. */
  at: number;
  value: T;
}

const key = (name: string) => `journal.${name}`;

/** Write now (synchronously). False when the storage refused (full, disabled): the slow store still follows. */
export function writeJournal<T>(name: string, value: T, at: number = Date.now()): boolean {
  try {
    accountStorage().setItem(key(name), JSON.stringify({ at, value }));
    return true;
  } catch {
    return false;
  }
}

export function readJournal<T>(name: string): JournalEntry<T> | undefined {
  try {
    const parsed = JSON.parse(accountStorage().getItem(key(name)) ?? 'null') as { at?: unknown; value?: unknown } | null;
    return parsed && typeof parsed.at === 'number' && 'value' in parsed ? { at: parsed.at, value: parsed.value as T } : undefined;
  } catch {
    return undefined;
  }
}

/** Remove the entry — only the one written at `at` when given, so a newer keystroke's entry stays. */
export function clearJournal(name: string, at?: number): void {
  try {
    if (at !== undefined && readJournal(name)?.at !== at) return;
    accountStorage().removeItem(key(name));
  } catch {
    /* storage refused: nothing was journaled either */
  }
}
