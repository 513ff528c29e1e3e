/**
 * What the two people add to a shared contract after it is written: comments, "Vi er enige",
 * follow-up records, daily checks, and the agreements' history (revisions, agreed, dropped).
 * Validation of these parts when a contract is read (from the local draft or lederaftale.json),
 * and the projection that is shared. Pure: no storage, no Graph.
 */
import { readAcceptanceVersion } from './acceptance';
import { CONTRACT_LIST_FIELD_IDS, CONTRACT_TEXT_FIELD_IDS, FOLLOW_UP_CADENCES } from './catalog';
import { isIsoDate } from './dates';
import type { Agreement, AgreementRevision, ContractCollaboration, DailyCheck, FieldComment, FollowUpRecord, Signature } from './model';
import { type Reader, describe, joinPath } from './validate';

const ROLES = ['leader', 'nearestLeader'] as const;
const STATUSES = ['held', 'partly', 'notHeld'] as const;
const FIELD_IDS = [...CONTRACT_TEXT_FIELD_IDS, ...CONTRACT_LIST_FIELD_IDS];

export function emptyCollaboration(): ContractCollaboration {
  return { comments: [], followUps: [], dailyChecks: [] };
}

export function readSignature(r: Reader, value: unknown, path: string): Signature {
  const o = r.object(value, path) ?? {};
  const signature: Signature = {
    role: r.oneOf(ROLES, o.role, joinPath(path, 'role'), 'leader'),
    displayName: r.string(o.displayName, joinPath(path, 'displayName')),
    at: r.timestamp(o.at, joinPath(path, 'at')),
  };
  const id = r.optionalString(o.id, joinPath(path, 'id'));
  if (id !== undefined) signature.id = id;
  return signature;
}

function isoDate(r: Reader, value: unknown, path: string): string {
  if (!isIsoDate(value)) r.fail(path, `expected a date as YYYY-MM-DD, got ${describe(value)}`);
  return typeof value === 'string' ? value : '';
}

function readComment(r: Reader, value: unknown, path: string): FieldComment {
  const o = r.object(value, path) ?? {};
  const comment: FieldComment = {
    id: r.string(o.id, joinPath(path, 'id'), { nonEmpty: true }),
    field: r.oneOf(FIELD_IDS, o.field, joinPath(path, 'field'), 'goals'),
    text: r.string(o.text, joinPath(path, 'text')),
    by: readSignature(r, o.by, joinPath(path, 'by')),
  };
  if (o.editedAt !== undefined && o.editedAt !== null) comment.editedAt = r.timestamp(o.editedAt, joinPath(path, 'editedAt'));
  if (o.deletedAt !== undefined && o.deletedAt !== null) comment.deletedAt = r.timestamp(o.deletedAt, joinPath(path, 'deletedAt'));
  return comment;
}

function readFollowUp(r: Reader, value: unknown, path: string): FollowUpRecord {
  const o = r.object(value, path) ?? {};
  return {
    id: r.string(o.id, joinPath(path, 'id'), { nonEmpty: true }),
    agreementId: r.string(o.agreementId, joinPath(path, 'agreementId'), { nonEmpty: true }),
    date: isoDate(r, o.date, joinPath(path, 'date')),
    status: r.oneOf(STATUSES, o.status, joinPath(path, 'status'), 'partly'),
    note: r.string(o.note, joinPath(path, 'note')),
    by: readSignature(r, o.by, joinPath(path, 'by')),
  };
}

function readDailyCheck(r: Reader, value: unknown, path: string): DailyCheck {
  const o = r.object(value, path) ?? {};
  if (typeof o.kept !== 'boolean') r.fail(joinPath(path, 'kept'), `expected true or false, got ${describe(o.kept)}`);
  return {
    agreementId: r.string(o.agreementId, joinPath(path, 'agreementId'), { nonEmpty: true }),
    date: isoDate(r, o.date, joinPath(path, 'date')),
    kept: o.kept === true,
    at: r.timestamp(o.at, joinPath(path, 'at')),
  };
}

/** Reads `contract.collaboration`. */
export function readCollaboration(r: Reader, value: unknown, path: string): ContractCollaboration {
  const o = r.object(value, path) ?? {};
  const list = <T>(v: unknown, key: string, item: (r: Reader, v: unknown, p: string) => T): T[] =>
    v === undefined || v === null ? [] : r.array(v, joinPath(path, key), (x, p) => item(r, x, p));
  const collaboration: ContractCollaboration = {
    comments: list(o.comments, 'comments', readComment),
    followUps: list(o.followUps, 'followUps', readFollowUp),
    dailyChecks: list(o.dailyChecks, 'dailyChecks', readDailyCheck),
  };
  if (o.acceptance !== undefined && o.acceptance !== null) {
    const signature = readSignature(r, o.acceptance, joinPath(path, 'acceptance'));
    collaboration.acceptance = readAcceptanceVersion(r, r.object(o.acceptance, joinPath(path, 'acceptance')) ?? {}, joinPath(path, 'acceptance'), signature);
  }
  if (o.dialogue !== undefined && o.dialogue !== null) {
    const d = r.object(o.dialogue, joinPath(path, 'dialogue')) ?? {};
    const dialogue: NonNullable<ContractCollaboration['dialogue']> = {};
    if (d.closedAt !== undefined) dialogue.closedAt = r.timestamp(d.closedAt, joinPath(path, 'dialogue.closedAt'));
    if (d.closedBy !== undefined) dialogue.closedBy = readSignature(r, d.closedBy, joinPath(path, 'dialogue.closedBy'));
    const chat = r.optionalString(d.meetingChatId, joinPath(path, 'dialogue.meetingChatId'));
    if (chat !== undefined) dialogue.meetingChatId = chat;
    const agendasVersion = r.optionalString(d.agendasVersion, joinPath(path, 'dialogue.agendasVersion'));
    if (agendasVersion !== undefined) dialogue.agendasVersion = agendasVersion;
    if (d.agendasUpdatedAt !== undefined) dialogue.agendasUpdatedAt = r.timestamp(d.agendasUpdatedAt, joinPath(path, 'dialogue.agendasUpdatedAt'));
    collaboration.dialogue = dialogue;
  }
  return collaboration;
}

function readRevision(r: Reader, value: unknown, path: string): AgreementRevision {
  const o = r.object(value, path) ?? {};
  const revision: AgreementRevision = {
    text: r.string(o.text, joinPath(path, 'text')),
    followUp: r.string(o.followUp, joinPath(path, 'followUp')),
    replacedAt: r.timestamp(o.replacedAt, joinPath(path, 'replacedAt')),
  };
  if (o.cadence !== undefined && o.cadence !== null) revision.cadence = r.oneOf(FOLLOW_UP_CADENCES, o.cadence, joinPath(path, 'cadence'), 'weekly');
  if (o.replacedBy !== undefined) revision.replacedBy = readSignature(r, o.replacedBy, joinPath(path, 'replacedBy'));
  return revision;
}

/** Reads an agreement's history fields (revisions, agreed, dropped, added by) onto `agreement`. */
export function readAgreementHistory(r: Reader, o: Record<string, unknown>, path: string, agreement: Agreement): void {
  if (o.addedBy !== undefined && o.addedBy !== null) agreement.addedBy = readSignature(r, o.addedBy, joinPath(path, 'addedBy'));
  if (o.revisions !== undefined && o.revisions !== null)
    agreement.revisions = r.array(o.revisions, joinPath(path, 'revisions'), (v, p) => readRevision(r, v, p));
  if (o.agreedAt !== undefined && o.agreedAt !== null) agreement.agreedAt = r.timestamp(o.agreedAt, joinPath(path, 'agreedAt'));
  if (o.droppedAt !== undefined && o.droppedAt !== null) agreement.droppedAt = r.timestamp(o.droppedAt, joinPath(path, 'droppedAt'));
}

/** The shared projection: every collaboration record is shared (copied, so the preview never aliases the draft). */
export function sharedCollaboration(c: ContractCollaboration): ContractCollaboration {
  return structuredCloneJson(c);
}

/** The shared form of an agreement's history fields. */
export function sharedAgreementHistory(a: Agreement, out: Agreement): void {
  if (a.addedBy) out.addedBy = { ...a.addedBy };
  if (a.revisions) out.revisions = a.revisions.map((rev) => structuredCloneJson(rev));
  if (a.agreedAt) out.agreedAt = a.agreedAt;
  if (a.droppedAt) out.droppedAt = a.droppedAt;
}

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
