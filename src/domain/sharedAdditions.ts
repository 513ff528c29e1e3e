/**
 * What the nearest leader adds to a shared contract (their agreements, comments, "Vi er enige"),
 * and how the leader's own version takes it in without losing anything of either side. Used by
 * the leader's "Fra din nærmeste leder" panel and by Book and share's "keep mine" after a 412:
 * the leader's texts win, the other side's additions are kept.
 */
import type { Agreement, Contract, ContractCollaboration, FieldComment, Signature } from './model';

const byNearestLeader = (a: Agreement) => a.author === 'nearestLeader' || a.addedBy?.role === 'nearestLeader';

/** What the nearest leader added: their agreements and comments, and the acceptance. */
export function nearestLeaderAdditions(contract: Contract): { agreements: Agreement[]; comments: ContractCollaboration['comments']; acceptance?: Signature } {
  return {
    agreements: [...contract.leaderAgreements, ...contract.selfAgreements].filter(byNearestLeader),
    comments: (contract.collaboration?.comments ?? []).filter((c) => c.by.role === 'nearestLeader' && !c.deletedAt),
    ...(contract.collaboration?.acceptance ? { acceptance: contract.collaboration.acceptance } : {}),
  };
}

function unionBy<T>(mine: readonly T[], theirs: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(mine.map(key));
  return [...mine, ...theirs.filter((item) => !seen.has(key(item)))];
}

/** A comment's last change: its deletion, else its last edit, else when it was written. */
const lastChange = (c: FieldComment): number => Date.parse(c.deletedAt ?? c.editedAt ?? c.by.at);

/** Comments by id; where both hold one, the copy its author changed last (an edit or a delete is never undone). */
function unionComments(mine: readonly FieldComment[], theirs: readonly FieldComment[]): FieldComment[] {
  const theirsById = new Map(theirs.map((c) => [c.id, c] as const));
  const kept = mine.map((c) => {
    const other = theirsById.get(c.id);
    return other && lastChange(other) > lastChange(c) ? other : c;
  });
  return unionBy(kept, theirs, (c) => c.id);
}

const later = <T extends { at: string } | undefined>(a: T, b: T): T => (!a ? b : !b ? a : Date.parse(b.at) > Date.parse(a.at) ? b : a);

/**
 * Both sides' collaboration records, none twice: records are append-only and identified (by id, or
 * by agreement and day for daily checks), so a union loses nothing. Where both hold the same
 * record, this side's copy is kept; acceptance and the dialogue's closing take the later one.
 */
export function unionCollaboration(mine: ContractCollaboration | undefined, theirs: ContractCollaboration | undefined): ContractCollaboration | undefined {
  if (!mine || !theirs) return mine ?? theirs;
  const out: ContractCollaboration = {
    comments: unionComments(mine.comments, theirs.comments),
    followUps: unionBy(mine.followUps, theirs.followUps, (f) => f.id),
    dailyChecks: unionBy(mine.dailyChecks, theirs.dailyChecks, (d) => `${d.agreementId}|${d.date}`),
  };
  const acceptance = later(mine.acceptance, theirs.acceptance);
  if (acceptance) out.acceptance = acceptance;
  const closedMine = mine.dialogue?.closedBy;
  const closedTheirs = theirs.dialogue?.closedBy;
  const dialogue = later(closedMine, closedTheirs) === closedTheirs && closedTheirs ? theirs.dialogue : (mine.dialogue ?? theirs.dialogue);
  if (dialogue) {
    // Which version the follow-up agendas hold: the later record, whichever side has it.
    const agendas = [mine.dialogue, theirs.dialogue]
      .filter((d) => d?.agendasUpdatedAt)
      .sort((a, b) => Date.parse(b!.agendasUpdatedAt!) - Date.parse(a!.agendasUpdatedAt!))[0];
    out.dialogue = agendas?.agendasVersion ? { ...dialogue, agendasVersion: agendas.agendasVersion, agendasUpdatedAt: agendas.agendasUpdatedAt! } : dialogue;
  }
  return out;
}

/**
 * The leader's version with the nearest leader's additions taken in: their agreements (by id, none
 * twice, only where they sit among the agreements with the nearest leader) and the union of the
 * collaboration records. The leader's own texts are left as they are.
 */
export function adoptSharedAdditions(mine: Contract, shared: Contract): Contract {
  const known = new Set(mine.leaderAgreements.map((a) => a.id));
  const added = shared.leaderAgreements.filter((a) => byNearestLeader(a) && !known.has(a.id));
  const next: Contract = { ...mine, leaderAgreements: [...mine.leaderAgreements, ...added] };
  const collaboration = unionCollaboration(mine.collaboration, shared.collaboration);
  if (collaboration) next.collaboration = JSON.parse(JSON.stringify(collaboration)) as ContractCollaboration;
  return next;
}
