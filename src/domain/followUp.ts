/**
 * Following up on the agreements (issue 8): how each agreement is going at a follow-up dialogue
 * ("Vi følger op på hvordan det går de sidste 5 minutter på hvert møde"), revising an agreement
 * without losing its old wording, and dropping one while keeping its history.
 *
 * Pure and immutable: every function returns a new Contract and leaves its input untouched, so the
 * local draft, autosave and the three-way merge of the shared contract can compare by reference.
 */
import { CONTRACT_LIST_FIELD_IDS } from './catalog';
import { emptyCollaboration } from './collaboration';
import { newId as defaultNewId } from './ids';
import { followUpLabelStrings } from './followUpLabelStrings';
import { bothLanguagesByKey, type LocalizedText } from './localized';
import type {
  Agreement,
  AgreementRevision,
  Contract,
  ContractCollaboration,
  ContractListFieldId,
  Draft,
  FollowUpCadence,
  FollowUpRecord,
  FollowUpStatus,
  Signature,
} from './model';

export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ['held', 'partly', 'notHeld'];

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, LocalizedText> = bothLanguagesByKey((locale) => followUpLabelStrings[locale].status);

/** Longest note kept with a record: a follow-up note is a line or two, not a report. */
export const FOLLOW_UP_NOTE_MAX = 1000;

export interface AgreementEntry {
  list: ContractListFieldId;
  agreement: Agreement;
}

/** Every agreement of the contract (with oneself first, then with the nearest leader), dropped ones included. */
export function contractAgreements(contract: Pick<Contract, ContractListFieldId>): AgreementEntry[] {
  return CONTRACT_LIST_FIELD_IDS.flatMap((list) => contract[list].map((agreement) => ({ list, agreement })));
}

/** The agreements still in force: written (not empty) and not dropped. */
export function activeAgreements(contract: Pick<Contract, ContractListFieldId>): AgreementEntry[] {
  return contractAgreements(contract).filter((e) => !e.agreement.droppedAt && e.agreement.text.trim() !== '');
}

export function findAgreement(contract: Pick<Contract, ContractListFieldId>, agreementId: string): AgreementEntry | undefined {
  return contractAgreements(contract).find((e) => e.agreement.id === agreementId);
}

export function collaborationOf(contract: Pick<Contract, 'collaboration'>): ContractCollaboration {
  return contract.collaboration ?? emptyCollaboration();
}

function withCollaboration(contract: Contract, now: Date, edit: (c: ContractCollaboration) => ContractCollaboration): Contract {
  return { ...contract, collaboration: edit(collaborationOf(contract)), updatedAt: now.toISOString() };
}

/** The records of one agreement, oldest first (by date, then by when they were written). */
export function recordsFor(contract: Pick<Contract, 'collaboration'>, agreementId: string): FollowUpRecord[] {
  return collaborationOf(contract)
    .followUps.filter((r) => r.agreementId === agreementId)
    .sort((a, b) => a.date.localeCompare(b.date) || a.by.at.localeCompare(b.by.at));
}

export function latestRecord(contract: Pick<Contract, 'collaboration'>, agreementId: string): FollowUpRecord | undefined {
  return recordsFor(contract, agreementId).at(-1);
}

export interface FollowUpInput {
  agreementId: string;
  /** The follow-up dialogue's date, YYYY-MM-DD. */
  date: string;
  status: FollowUpStatus;
  note: string;
  by: Signature;
}

/**
 * Record how an agreement is going at the follow-up on `date`. One record per agreement and date:
 * recording again on the same date corrects it (keeping its id), so a double tap or a retried save
 * never makes two.
 */
export function recordFollowUp(contract: Contract, input: FollowUpInput, now: Date = new Date(), newId: () => string = defaultNewId): Contract {
  if (!findAgreement(contract, input.agreementId)) throw new RangeError(`No agreement ${input.agreementId} in the contract`);
  const note = input.note.trim().slice(0, FOLLOW_UP_NOTE_MAX);
  return withCollaboration(contract, now, (c) => {
    const existing = c.followUps.find((r) => r.agreementId === input.agreementId && r.date === input.date);
    const record: FollowUpRecord = {
      id: existing?.id ?? newId(),
      agreementId: input.agreementId,
      date: input.date,
      status: input.status,
      note,
      by: { ...input.by },
    };
    const followUps = existing ? c.followUps.map((r) => (r === existing ? record : r)) : [...c.followUps, record];
    return { ...c, followUps };
  });
}

function editAgreement(contract: Contract, agreementId: string, now: Date, edit: (a: Agreement) => Agreement): Contract {
  const entry = findAgreement(contract, agreementId);
  if (!entry) throw new RangeError(`No agreement ${agreementId} in the contract`);
  return { ...contract, [entry.list]: contract[entry.list].map((a) => (a.id === agreementId ? edit(a) : a)), updatedAt: now.toISOString() };
}

export interface AgreementWording {
  text: string;
  followUp: string;
  /** Absent: no fixed cadence. */
  cadence?: FollowUpCadence;
}

export function sameWording(a: AgreementWording, b: AgreementWording): boolean {
  return a.text.trim() === b.text.trim() && a.followUp.trim() === b.followUp.trim() && (a.cadence ?? null) === (b.cadence ?? null);
}

/**
 * Revise an agreement: the current wording moves to `revisions` (oldest first) and the new one
 * takes its place, so the old text is never overwritten. The agreement keeps its id, and with it
 * its follow-up records and its reminder. An unchanged wording changes nothing.
 */
export function reviseAgreement(contract: Contract, agreementId: string, wording: AgreementWording, by: Signature, now: Date = new Date()): Contract {
  const entry = findAgreement(contract, agreementId);
  if (!entry) throw new RangeError(`No agreement ${agreementId} in the contract`);
  if (entry.agreement.droppedAt) throw new RangeError('A dropped agreement cannot be revised');
  if (wording.text.trim() === '') throw new RangeError('An agreement needs a text');
  if (sameWording(entry.agreement, wording)) return contract;
  return editAgreement(contract, agreementId, now, (a) => {
    const old: AgreementRevision = { text: a.text, followUp: a.followUp, replacedAt: now.toISOString(), replacedBy: { ...by, at: now.toISOString() } };
    if (a.cadence) old.cadence = a.cadence;
    const next: Agreement = { ...a, text: wording.text.trim(), followUp: wording.followUp.trim(), revisions: [...(a.revisions ?? []), old] };
    if (wording.cadence) next.cadence = wording.cadence;
    else delete next.cadence;
    return next;
  });
}

/** Drop an agreement: it stays in the contract with its history, marked with when. Idempotent. */
export function dropAgreement(contract: Contract, agreementId: string, now: Date = new Date()): Contract {
  const entry = findAgreement(contract, agreementId);
  if (entry?.agreement.droppedAt) return contract;
  return editAgreement(contract, agreementId, now, (a) => ({ ...a, droppedAt: now.toISOString() }));
}

/** Take a dropped agreement up again (a mistaken tap); its history is unchanged. */
export function restoreAgreement(contract: Contract, agreementId: string, now: Date = new Date()): Contract {
  const entry = findAgreement(contract, agreementId);
  if (!entry?.agreement.droppedAt) return contract;
  return editAgreement(contract, agreementId, now, (a) => {
    const next = { ...a };
    delete next.droppedAt;
    return next;
  });
}

/** Apply a contract edit to the draft (for `update` in the UI). */
export function editDraftContract(draft: Draft, edit: (contract: Contract) => Contract): Draft {
  const contract = edit(draft.contract);
  return contract === draft.contract ? draft : { ...draft, contract };
}
