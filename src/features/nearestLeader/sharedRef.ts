/** Where the leader's own shared contract is: known once "Book and share" stored it. A tiny module, so the app shell can ask without loading the shared views. */
import type { ContractRef } from '../../store/contractRef';

export function sharedRefOf(contract: { id: string; bookings?: { storage?: { folderId?: string; json?: { itemId?: string } } } }): ContractRef | undefined {
  const storage = contract.bookings?.storage;
  if (!storage?.folderId && !storage?.json?.itemId) return undefined;
  // My own drive: no driveId, so the owner's own scopes are used.
  return { contractId: contract.id, ...(storage.json?.itemId ? { itemId: storage.json.itemId } : { folderId: storage.folderId as string }) };
}
