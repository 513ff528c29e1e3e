/**
 * One JSON record in the signed-in account's local records (accountStorage.ts): the one way a part
 * of the app keeps something small on this device beside the draft (archived periods, open merge
 * conflicts, unsaved work on a shared contract, the merge base, the keystroke journal). Reading
 * never throws: missing, unreadable or refused storage is "nothing kept". Writing says whether the
 * storage took it, since a full or blocked storage is the caller's to shrug off or report.
 */
import { accountStorage } from './accountStorage';

/** The record `name`, parsed by `parse` (undefined for a value that does not fit). */
export function readLocalRecord<T>(name: string, parse: (value: unknown) => T | undefined): T | undefined {
  try {
    const raw = accountStorage().getItem(name);
    return raw ? parse(JSON.parse(raw)) : undefined;
  } catch {
    return undefined;
  }
}

/** Keep `value` as the record `name`; undefined removes it. False when the storage refused. */
export function writeLocalRecord(name: string, value: unknown): boolean {
  try {
    if (value === undefined) accountStorage().removeItem(name);
    else accountStorage().setItem(name, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
