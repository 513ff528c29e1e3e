/**
 * Records without an owner: what an older version kept (one draft per browser profile) or what was
 * written before anyone signed in. They are never shown to an account on their own. The account
 * that signs in is asked once whether they are theirs: "yes" moves them into that account's records,
 * "no" leaves them for whoever they belong to and is not asked again of this account.
 */
import { accountScopedKey, accountStorage, ownerOfStorageKey } from './accountStorage';
import { chooseBackend } from './draftStore';

const PREFIX = 'lederdialog.';
/** Unowned keys that are no one's data: device settings. */
const DEVICE_KEYS = new Set([`${PREFIX}demoUser`, `${PREFIX}lastAccount`, `${PREFIX}probe`]);
const DECLINED = 'unownedDeclined';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The unowned keys in localStorage (`lederdialog.<name>`, no account), with their names. */
function unownedKeys(store: Storage | undefined): { key: string; name: string }[] {
  const out: { key: string; name: string }[] = [];
  if (!store) return out;
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX) || DEVICE_KEYS.has(key) || ownerOfStorageKey(key) || key.startsWith(`${PREFIX}acct.`)) continue;
    out.push({ key, name: key.slice(PREFIX.length) });
  }
  return out;
}

/** True when this account should be asked: unowned records exist, it has no draft of its own, and it has not said no. */
export async function shouldOfferUnowned(account: string | undefined, ownDraftEmpty: boolean, store: Storage | undefined = storage()): Promise<boolean> {
  if (!account || !ownDraftEmpty) return false;
  if (accountStorage(account, store).getItem(DECLINED) === '1') return false;
  const unowned = await chooseBackend(null);
  const records = await unowned.read();
  return Object.keys(records).length > 0;
}

/** "Not mine": not asked of this account again; the records stay for their owner. */
export function declineUnowned(account: string, store: Storage | undefined = storage()): void {
  try {
    accountStorage(account, store).setItem(DECLINED, '1');
  } catch {
    /* asked again next time */
  }
}

/** "Mine": the unowned draft, its backups and every unowned key become this account's. */
export async function claimUnowned(account: string, store: Storage | undefined = storage()): Promise<void> {
  const [from, to] = await Promise.all([chooseBackend(null), chooseBackend(account)]);
  const records = await from.read();
  if (Object.keys(records).length > 0) await to.write({ draft: records.draft, notes: records.notes, contract: records.contract });
  for (const backup of await from.listBackups()) await to.addBackup(backup);
  await from.clear();
  await from.clearBackups();
  if (!store) return;
  for (const { key, name } of unownedKeys(store)) {
    const target = accountScopedKey(name, account);
    const value = store.getItem(key);
    // The account's own record wins over an older unowned one of the same name.
    if (value !== null && store.getItem(target) === null) store.setItem(target, value);
    store.removeItem(key);
  }
}
