/**
 * The nearest leader's part of a shared contract as the leader reads it everywhere (step 2, step 3,
 * the follow-up view, the dialogue panel, the .docx): their agreements, signed and in their own
 * list; their comments by field; the acceptance and whether it holds for this version. And what is
 * new in it since the leader last looked, for one quiet notice. Pure: no storage, no clock.
 */
import { acceptanceState, type AcceptanceState } from './acceptance';
import type { Agreement, Contract, ContractTextFieldId, FieldComment, Signature } from './model';

export type CommentField = FieldComment['field'];

export interface NearestLeaderPart {
  /** The name they signed with (else the contract's nearest leader), '' when nothing says. */
  name: string;
  /** Their agreements, in the order added, dropped ones left out. */
  agreements: (Agreement & { addedBy: Signature })[];
  /** Their comments (deleted ones left out), by field. */
  comments: Partial<Record<CommentField, FieldComment[]>>;
  commentCount: number;
  acceptance: AcceptanceState;
}

/** What the part is read from: a whole contract, or the document's shared projection of one. */
export type PartContract = Pick<Contract, 'fields' | 'selfAgreements' | 'leaderAgreements' | 'nearestLeader'> & Partial<Pick<Contract, 'collaboration'>>;

// acceptanceState reads only the fields, the two lists and the collaboration, all of which a PartContract has.
const acceptanceOfPart = (contract: PartContract): AcceptanceState => acceptanceState(contract as Contract);

export const isByNearestLeader = (a: Agreement): boolean => a.author === 'nearestLeader' || a.addedBy?.role === 'nearestLeader';

/** An agreement of theirs always carries a signature: an older one without `addedBy` is signed with the contract's nearest leader. */
function signed(a: Agreement, contract: PartContract): Agreement & { addedBy: Signature } {
  return { ...a, addedBy: a.addedBy ?? { role: 'nearestLeader', displayName: contract.nearestLeader?.displayName ?? '', at: a.createdAt } };
}

export function nearestLeaderPart(contract: PartContract): NearestLeaderPart {
  const agreements = [...contract.leaderAgreements, ...contract.selfAgreements]
    .filter((a) => isByNearestLeader(a) && !a.droppedAt)
    .map((a) => signed(a, contract));
  const comments: NearestLeaderPart['comments'] = {};
  let commentCount = 0;
  for (const c of contract.collaboration?.comments ?? []) {
    if (c.by.role !== 'nearestLeader' || c.deletedAt || !c.text.trim()) continue;
    (comments[c.field] ??= []).push(c);
    commentCount += 1;
  }
  const acceptance = acceptanceOfPart(contract);
  const name =
    (acceptance.status !== 'none' ? acceptance.acceptance.displayName : '') ||
    agreements.find((a) => a.addedBy.displayName)?.addedBy.displayName ||
    Object.values(comments).flat()[0]?.by.displayName ||
    contract.nearestLeader?.displayName ||
    '';
  return { name, agreements, comments, commentCount, acceptance };
}

export function hasNearestLeaderPart(part: NearestLeaderPart): boolean {
  return part.agreements.length > 0 || part.commentCount > 0 || part.acceptance.status !== 'none';
}

/** The text fields a comment can sit beside in step 2 (the two lists are fields too). */
export function commentsFor(part: NearestLeaderPart, field: CommentField | ContractTextFieldId): FieldComment[] {
  return part.comments[field] ?? [];
}

/**
 * What the leader has seen of the part: ids and the acceptance's signature. Kept per contract by the
 * caller (localStorage), so the notice is shown once per change and never again for the same.
 */
export interface SeenPart {
  agreements: string[];
  comments: string[];
  /** The acceptance seen: its time and version, '' for none. */
  acceptance: string;
}

const acceptanceKey = (state: AcceptanceState): string => (state.status === 'none' ? '' : `${state.acceptance.at}|${state.acceptance.version ?? ''}`);

export function seenPartOf(part: NearestLeaderPart): SeenPart {
  return {
    agreements: part.agreements.map((a) => a.id),
    comments: Object.values(part.comments)
      .flat()
      .map((c) => c.id),
    acceptance: acceptanceKey(part.acceptance),
  };
}

export interface PartNews {
  name: string;
  agreements: number;
  comments: number;
  /** A new "Vi er enige" that holds for this version. */
  accepted: boolean;
}

/** What is new since `seen` (everything, when nothing was seen); undefined when nothing is. */
export function partNews(part: NearestLeaderPart, seen: SeenPart | undefined): PartNews | undefined {
  const knownAgreements = new Set(seen?.agreements ?? []);
  const knownComments = new Set(seen?.comments ?? []);
  const agreements = part.agreements.filter((a) => !knownAgreements.has(a.id)).length;
  const comments = Object.values(part.comments)
    .flat()
    .filter((c) => !knownComments.has(c.id)).length;
  const accepted = part.acceptance.status === 'current' && acceptanceKey(part.acceptance) !== (seen?.acceptance ?? '');
  if (agreements === 0 && comments === 0 && !accepted) return undefined;
  return { name: part.name, agreements, comments, accepted };
}
