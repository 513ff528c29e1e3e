/**
 * Where a shared contract lives, as far as the opener knows. A plain contract id (the leader's own
 * contract on this device) is enough for the owner; anyone else needs the drive and an item:
 *  - `itemId`: lederaftale.json itself;
 *  - `folderId`: the contract folder (what was shared), whose `lederaftale.json` is the contract.
 *    The chat card carries the folder: its id exists before the card is posted, while the JSON is
 *    written last (see src/features/invite/engine/bookAndShare.ts).
 * Encoded for links by src/host/deepLink.ts (encodeContractRef/decodeContractRef).
 */
export interface ContractRef {
  contractId: string;
  /** The owner's drive; absent = my own drive. */
  driveId?: string;
  itemId?: string;
  folderId?: string;
}

/** True when the ref says where the contract is without asking anyone (a deep link, an index entry). */
export function isLocated(ref: ContractRef): boolean {
  return ref.itemId !== undefined || ref.folderId !== undefined;
}
