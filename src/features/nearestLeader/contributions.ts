/**
 * What a person adds to a shared contract: a comment on a field, an agreement with "when and how do
 * we follow up", and "Vi er enige". Each carries a Signature (who and when). Pure: the caller saves
 * the result through saveContract (src/store/sharedContract.ts), which merges concurrent edits.
 */
import type { ContractFieldId } from '../../content/types';
import { acceptanceOf } from '../../domain/acceptance';
import type { Agreement, Contract, ContractCollaboration, ContractRole, FieldComment, FollowUpCadence, Person, Signature } from '../../domain/model';

export interface Viewer {
  id: string;
  displayName: string;
  mail?: string;
  userPrincipalName?: string;
}

/** The leader is whoever the contract names as its leader; anyone else opening it is the other party. */
export function roleOf(contract: Pick<Contract, 'leader'>, viewer: Viewer): ContractRole {
  const leader: Person | undefined = contract.leader;
  if (!leader) return 'nearestLeader';
  if (leader.id && leader.id === viewer.id) return 'leader';
  const mails = [viewer.mail, viewer.userPrincipalName].filter(Boolean).map((m) => (m as string).toLowerCase());
  return leader.mail && mails.includes(leader.mail.toLowerCase()) ? 'leader' : 'nearestLeader';
}

export function signatureOf(viewer: Viewer, role: ContractRole, now: Date): Signature {
  return { role, displayName: viewer.displayName, id: viewer.id, at: now.toISOString() };
}

function collaborationOf(contract: Contract): ContractCollaboration {
  const c = contract.collaboration;
  return c
    ? { ...c, comments: [...c.comments], followUps: [...c.followUps], dailyChecks: [...c.dailyChecks] }
    : { comments: [], followUps: [], dailyChecks: [] };
}

/**
 * Comments are kept exactly as typed (indentation, a closing line break): only a comment of
 * nothing but white space is no comment.
 */
export function addFieldComment(contract: Contract, field: ContractFieldId, text: string, by: Signature, id: string): Contract {
  if (!text.trim()) return contract;
  const collaboration = collaborationOf(contract);
  collaboration.comments.push({ id, field, text, by });
  return { ...contract, collaboration };
}

/** Only the one who wrote a comment may change or delete it. */
export function isOwnComment(comment: FieldComment, viewer: Pick<Viewer, 'id'>): boolean {
  return !!comment.by.id && comment.by.id === viewer.id && !comment.deletedAt;
}

/** The author's new wording, signed with the time of the edit (the original signature stays). */
export function editFieldComment(contract: Contract, id: string, text: string, viewer: Pick<Viewer, 'id'>, at: Date): Contract {
  const collaboration = collaborationOf(contract);
  const index = collaboration.comments.findIndex((c) => c.id === id);
  const comment = collaboration.comments[index];
  if (!comment || !text.trim() || !isOwnComment(comment, viewer) || comment.text === text) return contract;
  collaboration.comments[index] = { ...comment, text, editedAt: at.toISOString() };
  return { ...contract, collaboration };
}

/**
 * The author deletes their comment: nothing of its text is kept. The emptied record stays (with
 * the time), so a merge with an older copy cannot bring the text back.
 */
export function deleteFieldComment(contract: Contract, id: string, viewer: Pick<Viewer, 'id'>, at: Date): Contract {
  const collaboration = collaborationOf(contract);
  const index = collaboration.comments.findIndex((c) => c.id === id);
  const comment = collaboration.comments[index];
  if (!comment || !isOwnComment(comment, viewer)) return contract;
  const { editedAt: _edited, ...rest } = comment;
  collaboration.comments[index] = { ...rest, text: '', deletedAt: at.toISOString() };
  return { ...contract, collaboration };
}

/** The comments to show: deleted ones are gone. */
export function visibleComments(contract: Contract): FieldComment[] {
  return (contract.collaboration?.comments ?? []).filter((c) => !c.deletedAt);
}

export interface NewAgreement {
  text: string;
  followUp: string;
  cadence?: FollowUpCadence;
}

/** An agreement with the nearest leader ("3. Aftale med nærmeste leder"), added after sharing. */
export function addSharedAgreement(contract: Contract, input: NewAgreement, by: Signature, id: string): Contract {
  const text = input.text.trim();
  if (!text) return contract;
  const agreement: Agreement = { id, text, followUp: input.followUp.trim(), author: by.role, createdAt: by.at, addedBy: by };
  if (input.cadence) agreement.cadence = input.cadence;
  return { ...contract, leaderAgreements: [...contract.leaderAgreements, agreement] };
}

/** "Vi er enige": the nearest leader's acceptance, signed, of this version of the agreement. */
export function acceptContract(contract: Contract, by: Signature): Contract {
  return { ...contract, collaboration: { ...collaborationOf(contract), acceptance: acceptanceOf(contract, by) } };
}

// The nearest leader's additions and how the leader takes them in are domain logic, shared with
// Book and share's conflict handling.
export { adoptSharedAdditions, nearestLeaderAdditions } from '../../domain/sharedAdditions';
