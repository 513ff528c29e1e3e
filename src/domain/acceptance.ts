/**
 * "Vi er enige" belongs to a version of the agreement. The version is a content hash of what the
 * two stand behind: the three shared fields and both lists of agreements (text, follow-up, cadence,
 * dropped). Marking agreements as agreed when the dialogue closes, follow-up records and daily checks
 * are not changes to the agreement and leave the version as it was.
 *
 * acceptanceState tells the views whether the acceptance holds for the current version or was given
 * to an earlier one ("Ændret efter accept"), and what changed since. Pure: no storage, no clock.
 */
import { contentHash } from './contentHash';
import { CONTRACT_LIST_FIELD_IDS, CONTRACT_TEXT_FIELD_IDS, FOLLOW_UP_CADENCES } from './catalog';
import type { AcceptedAgreement, AcceptedVersion, Acceptance, Contract, ContractListFieldId, Signature } from './model';
import { type Reader, joinPath } from './validate';

/** The texts an acceptance is given to. */
export function acceptedVersionOf(contract: Pick<Contract, 'fields' | ContractListFieldId>): AcceptedVersion {
  const fields: Record<string, string> = {};
  for (const field of CONTRACT_TEXT_FIELD_IDS) fields[field] = (contract.fields[field] ?? '').trim();
  const agreements: AcceptedAgreement[] = [];
  for (const list of CONTRACT_LIST_FIELD_IDS) {
    for (const a of contract[list]) {
      const item: AcceptedAgreement = { id: a.id, list, text: a.text.trim(), followUp: a.followUp.trim() };
      if (a.cadence) item.cadence = a.cadence;
      if (a.droppedAt) item.dropped = true;
      agreements.push(item);
    }
  }
  return { fields, agreements };
}

/** The version hash of a contract's shared fields and agreements. */
export function agreementVersion(contract: Pick<Contract, 'fields' | ContractListFieldId>): string {
  return contentHash(acceptedVersionOf(contract));
}

/** "Vi er enige" given now to this version. */
export function acceptanceOf(contract: Contract, by: Signature): Acceptance {
  return { ...by, version: agreementVersion(contract), accepted: acceptedVersionOf(contract) };
}

export type AcceptanceChange =
  | { kind: 'field'; field: string }
  | { kind: 'agreementAdded'; id: string; text: string }
  | { kind: 'agreementChanged'; id: string; text: string }
  | { kind: 'agreementRemoved'; id: string; text: string };

export type AcceptanceState =
  | { status: 'none' }
  | { status: 'current'; acceptance: Acceptance }
  /** Given to an earlier version: `changes` says what differs (empty when the earlier texts were not kept). */
  | { status: 'changed'; acceptance: Acceptance; changes: AcceptanceChange[] };

function changesSince(accepted: AcceptedVersion, now: AcceptedVersion): AcceptanceChange[] {
  const changes: AcceptanceChange[] = [];
  for (const field of CONTRACT_TEXT_FIELD_IDS) if ((accepted.fields[field] ?? '') !== (now.fields[field] ?? '')) changes.push({ kind: 'field', field });
  const before = new Map(accepted.agreements.map((a) => [a.id, a] as const));
  const after = new Set(now.agreements.map((a) => a.id));
  for (const a of now.agreements) {
    const old = before.get(a.id);
    if (!old) changes.push({ kind: 'agreementAdded', id: a.id, text: a.text });
    else if (contentHash(old) !== contentHash(a))
      changes.push({ kind: a.dropped && !old.dropped ? 'agreementRemoved' : 'agreementChanged', id: a.id, text: a.text });
  }
  for (const a of accepted.agreements) if (!after.has(a.id)) changes.push({ kind: 'agreementRemoved', id: a.id, text: a.text });
  return changes;
}

export function acceptanceState(contract: Contract): AcceptanceState {
  const acceptance = contract.collaboration?.acceptance;
  if (!acceptance) return { status: 'none' };
  if (!acceptance.version || acceptance.version === agreementVersion(contract)) return { status: 'current', acceptance };
  return { status: 'changed', acceptance, changes: acceptance.accepted ? changesSince(acceptance.accepted, acceptedVersionOf(contract)) : [] };
}

/** Reads the version parts of an acceptance onto `signature` (validation of lederaftale.json). */
export function readAcceptanceVersion(r: Reader, o: Record<string, unknown>, path: string, signature: Signature): Acceptance {
  const out: Acceptance = { ...signature };
  const version = r.optionalString(o.version, joinPath(path, 'version'));
  if (version !== undefined) out.version = version;
  if (o.accepted !== undefined && o.accepted !== null) {
    const a = r.object(o.accepted, joinPath(path, 'accepted')) ?? {};
    const f = r.object(a.fields, joinPath(path, 'accepted.fields')) ?? {};
    const fields: Record<string, string> = {};
    for (const field of CONTRACT_TEXT_FIELD_IDS) fields[field] = r.string(f[field] ?? '', joinPath(path, `accepted.fields.${field}`));
    const list = Array.isArray(a.agreements) ? a.agreements : [];
    const agreements: AcceptedAgreement[] = list.map((v: unknown, i: number) => {
      const p = joinPath(path, `accepted.agreements[${i}]`);
      const x = r.object(v, p) ?? {};
      const item: AcceptedAgreement = {
        id: r.string(x.id, joinPath(p, 'id')),
        list: x.list === 'selfAgreements' ? 'selfAgreements' : 'leaderAgreements',
        text: r.string(x.text, joinPath(p, 'text')),
        followUp: r.string(x.followUp ?? '', joinPath(p, 'followUp')),
      };
      const cadence = FOLLOW_UP_CADENCES.find((c) => c === x.cadence);
      if (cadence) item.cadence = cadence;
      if (x.dropped === true) item.dropped = true;
      return item;
    });
    out.accepted = { fields, agreements };
  }
  return out;
}
