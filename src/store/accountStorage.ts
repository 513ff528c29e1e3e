/**
 * Whose local records these are. Every record the app keeps in this browser (the draft, its backups,
 * the journal, the follow-up view's bases and conflicts, archived periods, opened contracts) belongs
 * to one signed-in account: tenant id + object id. Two people who share a browser profile (a shared
 * PC, the demo's "Brug appen som") therefore never see each other's notes, and "Book og del" can
 * only ever send what the signed-in person wrote.
 *
 * Keys: `lederdialog.acct.<tenant>.<object>.<name>` in localStorage, `acct:<tenant>.<object>` in the
 * draft's IndexedDB stores. A record written before accounts were known (an older version, or work
 * begun before the first sign-in) keeps its old key (`lederdialog.<name>`, IndexedDB `current`): it
 * has no owner, is never shown to an account on its own, and is offered once to the account that
 * signs in next, which may take it (src/store/unownedRecords.ts) or say it is not theirs.
 */

export interface AccountId {
  tenantId: string;
  objectId: string;
}

const PREFIX = 'lederdialog.';
const ACCOUNT_PREFIX = `${PREFIX}acct.`;
/** The account that signed in last on this device (device-level: says whose records to open first). */
const LAST_ACCOUNT_KEY = `${PREFIX}lastAccount`;
/** The IndexedDB key of a record without owner (what every version before accounts wrote). */
export const UNOWNED_RECORD_KEY = 'current';

/** One string per account; ids are GUIDs, compared without regard to case. */
export function accountKeyOf(account: AccountId): string {
  return `${account.tenantId.trim().toLowerCase()}.${account.objectId.trim().toLowerCase()}`;
}

let active: string | undefined;

/** The account whose records are read and written from now on; undefined = the unowned records. */
export function setActiveAccount(key: string | undefined): void {
  active = key || undefined;
}

export function activeAccount(): string | undefined {
  return active;
}

/** The localStorage key of a per-account record (`name` without the `lederdialog.` prefix). */
/** `account`: omitted = the active one; null = the unowned records (an explicit undefined would mean the active one). */
export function accountScopedKey(name: string, account: string | null = active ?? null): string {
  return account ? `${ACCOUNT_PREFIX}${account}.${name}` : `${PREFIX}${name}`;
}

/** The key of the draft's records in IndexedDB. */
export function accountRecordKey(account: string | null = active ?? null): string {
  return account ? `acct:${account}` : UNOWNED_RECORD_KEY;
}

/** The account a scoped localStorage key belongs to, or undefined for an unowned or device key. */
export function ownerOfStorageKey(key: string): { account: string; name: string } | undefined {
  if (!key.startsWith(ACCOUNT_PREFIX)) return undefined;
  // <tenant>.<object>.<name>: the two ids are GUIDs (no dots); the name may contain dots.
  const rest = key.slice(ACCOUNT_PREFIX.length).split('.');
  if (rest.length < 3) return undefined;
  return { account: `${rest[0]}.${rest[1]}`, name: rest.slice(2).join('.') };
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The Web Storage view of the active account: the same calls, keys scoped to the account. */
export interface AccountStorage {
  getItem(name: string): string | null;
  setItem(name: string, value: string): void;
  removeItem(name: string): void;
}

export function accountStorage(account: string | null = active ?? null, store: Storage | undefined = storage()): AccountStorage {
  return {
    getItem: (name) => store?.getItem(accountScopedKey(name, account)) ?? null,
    setItem: (name, value) => store?.setItem(accountScopedKey(name, account), value),
    removeItem: (name) => store?.removeItem(accountScopedKey(name, account)),
  };
}

/** Remember who signed in, so the next start opens that account's records before sign-in finishes. */
export function rememberSignedInAccount(key: string, login: string, store: Storage | undefined = storage()): void {
  try {
    store?.setItem(LAST_ACCOUNT_KEY, JSON.stringify({ key, login: login.toLowerCase() }));
  } catch {
    /* storage refused: the next start asks the host or the sign-in again */
  }
}

/** The account that signed in last; with `login`, only if it was that person (the demo's chosen user). */
export function lastSignedInAccount(login?: string, store: Storage | undefined = storage()): string | undefined {
  try {
    const value = JSON.parse(store?.getItem(LAST_ACCOUNT_KEY) ?? 'null') as { key?: unknown; login?: unknown } | null;
    if (typeof value?.key !== 'string' || !value.key) return undefined;
    if (login !== undefined && value.login !== login.toLowerCase()) return undefined;
    return value.key;
  } catch {
    return undefined;
  }
}

/** For tests. */
export function __resetAccountForTests(): void {
  active = undefined;
}
