/**
 * Which contract belongs to this dialogue, without anyone searching: the tab's own reference (its
 * contentUrl's `?contract=`, or the sub-page of a deep link), else the contract whose booked
 * meeting has this meeting's chat, else the leader's own booked contract on this device.
 */
import type { Contract } from '../../domain/model';
import { decodeContractRef } from '../../host/deepLink';
import { meetingChatIdFromJoinUrl } from '../../graph/meetingApps';
import type { ContractRef } from '../../store/contractRef';
import type { MeetingContext } from './meetingContext';

/** 'sharedWithMe': found among the contracts shared with me by this meeting's chat (findMeetingContract.ts). */
export type DialogueSource = 'link' | 'meetingChat' | 'sharedWithMe' | 'ownContract' | 'localDraft' | 'none';

export interface ResolvedDialogue {
  source: DialogueSource;
  /** Where the shared contract is; absent when only the local draft exists. */
  ref?: ContractRef;
}

/** The meeting chat a contract's booked dialogue has (recorded, or read from its join link). */
export function meetingChatOf(contract: Contract): string | undefined {
  return contract.collaboration?.dialogue?.meetingChatId ?? meetingChatIdFromJoinUrl(contract.bookings?.dialogue?.joinUrl);
}

/** The shared contract's reference from what "Book and share" recorded, if it is stored in OneDrive. */
export function refOfStoredContract(contract: Contract): ContractRef | undefined {
  const storage = contract.bookings?.storage;
  if (!storage?.json.itemId) return undefined;
  return {
    contractId: contract.id,
    itemId: storage.json.itemId,
    ...(storage.driveId ? { driveId: storage.driveId } : {}),
    ...(storage.folderId ? { folderId: storage.folderId } : {}),
  };
}

export function resolveDialogue(input: { routeContract?: string; meeting?: MeetingContext; draftContract?: Contract }): ResolvedDialogue {
  const linked = decodeContractRef(input.routeContract) ?? decodeContractRef(input.meeting?.subPageId);
  if (linked) return { source: 'link', ref: linked };
  const own = input.draftContract;
  const chatId = input.meeting?.chatId;
  if (own && chatId && meetingChatOf(own) === chatId) {
    const ref = refOfStoredContract(own);
    return ref ? { source: 'meetingChat', ref } : { source: 'localDraft' };
  }
  if (own) {
    const ref = refOfStoredContract(own);
    if (ref) return { source: 'ownContract', ref };
    return { source: 'localDraft' };
  }
  return { source: 'none' };
}
