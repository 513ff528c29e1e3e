/**
 * The meeting panel of someone with no contract ref and no matching draft — typically the nearest
 * leader, in a meeting tab added by hand: the contract is among those shared with them ("Delt med
 * mig": opened on this device, chat cards, sharedWithMe), and it is the one whose booked dialogue
 * has this meeting's chat (recorded, or read from the join link in the JSON's bookings).
 */
import type { GraphClient } from '../../graph/client';
import type { KeyValueStorage } from '../../store/openedContracts';
import { openContract, type OpenedContract } from '../../store/sharedContract';
import type { Viewer } from '../nearestLeader/contributions';
import { mapLimited, sharedContractCandidates } from '../nearestLeader/overview';
import { meetingChatOf } from './resolveDialogue';

export interface FindMeetingContractOptions {
  storage?: KeyValueStorage;
  maxChats?: number;
}

/** The shared contract whose dialogue meeting has chat `chatId`, opened; undefined when none is shared with me. */
export async function findSharedContractForMeeting(
  graph: GraphClient,
  me: Viewer,
  chatId: string,
  options: FindMeetingContractOptions = {},
): Promise<OpenedContract | undefined> {
  const { candidates } = await sharedContractCandidates(graph, me, options);
  // Contracts opened before are the likeliest; the three sources are already in that order.
  const opened = await mapLimited(candidates, 4, (c) => openContract(graph, c.ref, { me }));
  return opened.find((r): r is OpenedContract => r.status === 'opened' && meetingChatOf(r.contract) === chatId);
}
