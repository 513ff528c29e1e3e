/**
 * Who is speaking, and to whom. The leader prepares, the nearest leader reads: a question the
 * leader prepares is the leader's (read as „Spørgsmål, Mette forbereder sig på“), and a dialogue
 * is named after the other person, never after the one reading it.
 */
import type { ContractRole, Person } from './model';

/** The name one calls a person by: "Mette" for "Mette Hansen" and for "Hansen, Mette". */
export function callName(displayName: string): string {
  const name = displayName.trim();
  const comma = name.indexOf(',');
  const given = comma >= 0 ? name.slice(comma + 1).trim() : name;
  return given.split(/\s+/)[0] || name;
}

/** The other party of the contract, seen from `role`: the leader's nearest leader, or the leader. */
export function counterpart(contract: { leader?: Person; nearestLeader?: Person }, role: ContractRole): Person | undefined {
  return role === 'leader' ? contract.nearestLeader : contract.leader;
}
