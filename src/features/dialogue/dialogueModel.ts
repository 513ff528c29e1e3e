/**
 * The dialogue's changes to the shared contract, as pure updaters: who is writing (the leader or
 * the nearest leader), the agreements with the nearest leader written in the meeting, and
 * "Afslut dialogen". Saving them is src/store/sharedContract.ts's job; merging two people's
 * concurrent edits is src/domain/mergeContract.ts's.
 */
import { emptyCollaboration } from '../../domain/collaboration';
import type { Agreement, Contract, ContractRole, Signature } from '../../domain/model';

export interface Viewer {
  id?: string;
  mail?: string;
  userPrincipalName?: string;
  displayName: string;
}

function sameAddress(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

/** The leader or the nearest leader, from the contract's people; undefined for anyone else. */
export function roleOf(contract: Pick<Contract, 'leader' | 'nearestLeader'>, me: Viewer): ContractRole | undefined {
  const matches = (p: Contract['leader']) => !!p && ((!!p.id && p.id === me.id) || sameAddress(p.mail, me.mail) || sameAddress(p.mail, me.userPrincipalName));
  if (matches(contract.leader)) return 'leader';
  if (matches(contract.nearestLeader)) return 'nearestLeader';
  return undefined;
}

export function signatureFor(role: ContractRole, me: Viewer, now: Date): Signature {
  return { role, displayName: me.displayName, ...(me.id ? { id: me.id } : {}), at: now.toISOString() };
}

/** The agreements with the nearest leader that are still in force (dropped ones stay in the record). */
export function activeLeaderAgreements(contract: Contract): Agreement[] {
  return contract.leaderAgreements.filter((a) => !a.droppedAt);
}

/** A new, empty agreement with the nearest leader, written in the meeting by `by`. */
export function addLeaderAgreement(contract: Contract, id: string, by: Signature): Contract {
  const agreement: Agreement = { id, text: '', followUp: '', author: by.role, createdAt: by.at, addedBy: by };
  return { ...contract, leaderAgreements: [...contract.leaderAgreements, agreement], updatedAt: by.at };
}

/** Typing in an agreement: its text or "Hvornår og hvordan følger vi op?". */
export function updateLeaderAgreement(contract: Contract, id: string, change: Partial<Pick<Agreement, 'text' | 'followUp'>>): Contract {
  return { ...contract, leaderAgreements: contract.leaderAgreements.map((a) => (a.id === id ? { ...a, ...change } : a)) };
}

export function isDialogueClosed(contract: Contract): boolean {
  return !!contract.collaboration?.dialogue?.closedAt;
}

/**
 * "Afslut dialogen": every written agreement with the nearest leader that is in force is marked as
 * agreed, with the date; the dialogue is closed by `by`. Agreements agreed earlier keep their date;
 * empty ones are left out (nothing was agreed).
 */
export function closeDialogue(contract: Contract, by: Signature): Contract {
  const collaboration = contract.collaboration ?? emptyCollaboration();
  return {
    ...contract,
    updatedAt: by.at,
    leaderAgreements: contract.leaderAgreements.map((a) => (a.droppedAt || a.agreedAt || a.text.trim() === '' ? a : { ...a, agreedAt: by.at })),
    collaboration: { ...collaboration, dialogue: { ...collaboration.dialogue, closedAt: by.at, closedBy: by } },
  };
}
