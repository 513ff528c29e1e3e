/**
 * Three-way merge of two concurrent edits of one shared contract (lederaftale.json).
 *
 * `base` is the version both people started from, `mine` is what this user wants to save, `theirs`
 * is what is in OneDrive now (the 412 answer). The rule is "nothing is lost, nothing is silently
 * overwritten":
 *  - a part changed on one side only takes that side;
 *  - a text changed on both sides to different texts keeps theirs in the contract and is reported as
 *    a MergeConflict carrying both texts, so the user can choose (resolveConflict);
 *  - lists with ids (agreements, comments, follow-up records) are merged per item: both sides'
 *    additions are kept; an item deleted on one side is deleted only if the other side left it as it was;
 *  - "Vi er enige" and "Afslut dialogen": the later signature wins.
 *
 * With `writer` (who is saving: the leader or the nearest leader), ownership decides what an absence
 * means (DESIGN.md: "the absence of the other party's item in one's own copy is never read as a
 * deletion"). Each item has an owner: an agreement its author (the leader when none is recorded),
 * a comment or follow-up record its signer, the acceptance the nearest leader, the fields, the
 * preparation and the bookings the leader. A writer
 *  - never deletes the other party's item: missing from its copy, it is kept as the file has it;
 *  - takes the other party's item from the file whenever its own copy is one it never started from
 *    (a copy from an earlier round: the base does not know the item);
 *  - drops the other party's item that the file no longer has (its owner deleted it) instead of
 *    bringing it back from an old copy;
 *  - leaves the other party's acceptance as the file has it (texts both changed stay three-way: reported).
 * Pure: no storage, no clock.
 */
import type {
  Agreement,
  AgreementRevision,
  Contract,
  ContractCollaboration,
  ContractListFieldId,
  ContractRole,
  ContractTextFieldId,
  DailyCheck,
  DialoguePreparation,
  FieldComment,
  FollowUpRecord,
  Signature,
} from './model';
import { CONTRACT_LIST_FIELD_IDS, CONTRACT_TEXT_FIELD_IDS } from './catalog';

/** Where a conflicting text lives, precisely enough to put the other text there (resolveConflict). */
export type ConflictTarget =
  | { kind: 'field'; field: ContractTextFieldId }
  | { kind: 'agreement'; list: ContractListFieldId; agreementId: string; part: 'text' | 'followUp' }
  | { kind: 'comment'; commentId: string }
  | { kind: 'followUpNote'; followUpId: string }
  | { kind: 'points' };

export interface MergeConflict {
  target: ConflictTarget;
  /** The text both started from ('' when the item is new on both sides). */
  base: string;
  /** This user's text: not in the merged contract, kept here so it is not lost. */
  mine: string;
  /** The other person's text: what the merged contract holds. */
  theirs: string;
}

export interface MergeResult {
  contract: Contract;
  conflicts: MergeConflict[];
}

/** JSON-equality: the contract is JSON, and key order must not make two equal values differ. */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .filter(([, x]) => x !== undefined)
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
          )
        : v,
    ) ?? 'undefined'
  );
}

/**
 * The generic three-way rule: one side changed → that side; both the same → it; both changed
 * differently → `both` decides.
 */
function merge3<T>(base: T, mine: T, theirs: T, both: (base: T, mine: T, theirs: T) => T): T {
  if (sameJson(mine, theirs)) return theirs;
  if (sameJson(mine, base)) return theirs;
  if (sameJson(theirs, base)) return mine;
  return both(base, mine, theirs);
}

const takeTheirs = <T>(_b: T, _m: T, theirs: T): T => theirs;

class Merger {
  readonly conflicts: MergeConflict[] = [];

  text(target: ConflictTarget, base: string, mine: string, theirs: string): string {
    return merge3(base, mine, theirs, (b, m, t) => {
      this.conflicts.push({ target, base: b, mine: m, theirs: t });
      return t;
    });
  }

  agreement(list: ContractListFieldId, base: Agreement | undefined, mine: Agreement, theirs: Agreement): Agreement {
    const b: Partial<Agreement> = base ?? {};
    const target = (part: 'text' | 'followUp'): ConflictTarget => ({ kind: 'agreement', list, agreementId: theirs.id, part });
    const merged: Agreement = {
      ...mergeRecord(b, mine, theirs),
      id: theirs.id,
      text: this.text(target('text'), b.text ?? '', mine.text, theirs.text),
      followUp: this.text(target('followUp'), b.followUp ?? '', mine.followUp, theirs.followUp),
      createdAt: theirs.createdAt,
    };
    const revisions = mergeRevisions(b.revisions, mine.revisions, theirs.revisions);
    if (revisions) merged.revisions = revisions;
    else delete merged.revisions;
    return merged;
  }

  comment(base: FieldComment | undefined, mine: FieldComment, theirs: FieldComment): FieldComment {
    return {
      ...mergeRecord(base ?? {}, mine, theirs),
      text: this.text({ kind: 'comment', commentId: theirs.id }, base?.text ?? '', mine.text, theirs.text),
    };
  }

  followUp(base: FollowUpRecord | undefined, mine: FollowUpRecord, theirs: FollowUpRecord): FollowUpRecord {
    return {
      ...mergeRecord(base ?? {}, mine, theirs),
      note: this.text({ kind: 'followUpNote', followUpId: theirs.id }, base?.note ?? '', mine.note, theirs.note),
    };
  }

  points(base: string[], mine: string[], theirs: string[]): string[] {
    return merge3(base, mine, theirs, (b, m, t) => {
      this.conflicts.push({ target: { kind: 'points' }, base: b.join('\n'), mine: m.join('\n'), theirs: t.join('\n') });
      return t;
    });
  }
}

/** Every key of a flat record merged three-way; a value changed on both sides keeps theirs. */
function mergeRecord<T extends object>(base: Partial<T>, mine: T, theirs: T): T {
  const out: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  for (const key of keys) {
    const value = merge3((base as Record<string, unknown>)[key], (mine as Record<string, unknown>)[key], (theirs as Record<string, unknown>)[key], takeTheirs);
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** Revisions only ever grow: the union, oldest first, one copy of each. */
function mergeRevisions(
  base: AgreementRevision[] | undefined,
  mine: AgreementRevision[] | undefined,
  theirs: AgreementRevision[] | undefined,
): AgreementRevision[] | undefined {
  const all = [...(theirs ?? []), ...(mine ?? []), ...(base ?? [])];
  if (all.length === 0) return undefined;
  const seen = new Map<string, AgreementRevision>();
  for (const revision of all) {
    const key = stableJson(revision);
    if (!seen.has(key)) seen.set(key, revision);
  }
  return [...seen.values()].sort((a, b) => (a.replacedAt < b.replacedAt ? -1 : a.replacedAt > b.replacedAt ? 1 : 0));
}

/**
 * A list of items with ids merged item by item. Order: theirs, then what only mine added, in mine's
 * order. A deleted item stays deleted only when the other side did not change it.
 */
function mergeById<T>(
  base: T[],
  mine: T[],
  theirs: T[],
  key: (item: T) => string,
  item: (base: T | undefined, mine: T, theirs: T) => T,
  others?: (item: T) => boolean,
): T[] {
  const byKey = (list: T[]) => new Map(list.map((x) => [key(x), x] as const));
  const b = byKey(base);
  const m = byKey(mine);
  const t = byKey(theirs);
  const out: T[] = [];
  for (const theirItem of theirs) {
    const k = key(theirItem);
    const baseItem = b.get(k);
    const myItem = m.get(k);
    // The other party's item in a copy I never started from: my copy is old, the file's is theirs.
    if (others?.(theirItem) && !baseItem) out.push(theirItem);
    else if (myItem) out.push(item(baseItem, myItem, theirItem));
    // Not in mine and the other party's: never a deletion of mine to make.
    else if (others?.(theirItem)) out.push(theirItem);
    // Not in mine: I deleted it (keep it only if they changed it), or they added it (keep).
    else if (!baseItem || !sameJson(baseItem, theirItem)) out.push(theirItem);
  }
  for (const myItem of mine) {
    const k = key(myItem);
    if (t.has(k)) continue;
    // The other party's item the file no longer has: its owner deleted it; an old copy does not bring it back.
    if (others?.(myItem)) continue;
    const baseItem = b.get(k);
    // Not in theirs: they deleted it (keep it only if I changed it), or I added it (keep).
    if (!baseItem || !sameJson(baseItem, myItem)) out.push(myItem);
  }
  return out;
}

/** Who owns an agreement: its author (the leader's when none is recorded). */
export function agreementOwner(a: Pick<Agreement, 'author' | 'addedBy'>): ContractRole {
  return a.author ?? a.addedBy?.role ?? 'leader';
}

/** The later of two signatures (by time); a signature beats none. */
function laterSignature(a: Signature | undefined, b: Signature | undefined): Signature | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a.at) > Date.parse(b.at) ? a : b;
}

function laterTime(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) > Date.parse(b) ? a : b;
}

/**
 * Comments and follow-up records are each written by one party, named in `by`: matched by id, and
 * the other party's entries are theirs (see mergeById's `others`).
 */
function mergeAuthored<T extends { id: string; by: { role: ContractRole } }>(
  base: T[],
  mine: T[],
  theirs: T[],
  item: (base: T | undefined, mine: T, theirs: T) => T,
  others: (role: ContractRole) => boolean,
): T[] {
  return mergeById(
    base,
    mine,
    theirs,
    (x) => x.id,
    item,
    (x) => others(x.by.role),
  );
}

function mergeCollaboration(
  merger: Merger,
  base: ContractCollaboration | undefined,
  mine: ContractCollaboration | undefined,
  theirs: ContractCollaboration | undefined,
  writer: ContractRole | undefined,
): ContractCollaboration | undefined {
  if (!mine && !theirs) return undefined;
  const others = (role: ContractRole) => writer !== undefined && role !== writer;
  const empty: ContractCollaboration = { comments: [], followUps: [], dailyChecks: [] };
  const b = base ?? empty;
  const m = mine ?? empty;
  const t = theirs ?? empty;
  const out: ContractCollaboration = {
    ...mergeRecord<ContractCollaboration>(b, m, t),
    comments: mergeAuthored(b.comments, m.comments, t.comments, (x, y, z) => merger.comment(x, y, z), others),
    followUps: mergeAuthored(b.followUps, m.followUps, t.followUps, (x, y, z) => merger.followUp(x, y, z), others),
    // One check per agreement and day; the later tick is the true one. Daily checks are the leader's.
    dailyChecks: mergeById<DailyCheck>(
      b.dailyChecks,
      m.dailyChecks,
      t.dailyChecks,
      (d) => `${d.agreementId}|${d.date}`,
      (x, y, z) => merge3(x as DailyCheck, y, z, (_b, my, their) => (Date.parse(my.at) > Date.parse(their.at) ? my : their)),
      () => others('leader'),
    ),
  };
  // The acceptance is the nearest leader's: the leader's copy never changes or drops it.
  const acceptance = others('nearestLeader') ? t.acceptance : merge3(b.acceptance, m.acceptance, t.acceptance, (_b, my, their) => laterSignature(my, their));
  if (acceptance) out.acceptance = acceptance;
  else delete out.acceptance;
  const dialogue = merge3(b.dialogue, m.dialogue, t.dialogue, (bd, md, td) => {
    const merged = { ...mergeRecord(bd ?? {}, md ?? {}, td ?? {}) };
    const closedAt = laterTime(md?.closedAt, td?.closedAt);
    if (closedAt) {
      merged.closedAt = closedAt;
      const closedBy = closedAt === md?.closedAt ? md?.closedBy : td?.closedBy;
      if (closedBy) merged.closedBy = closedBy;
    }
    return merged;
  });
  if (dialogue) out.dialogue = dialogue;
  else delete out.dialogue;
  return out;
}

function mergePreparation(merger: Merger, base: DialoguePreparation, mine: DialoguePreparation, theirs: DialoguePreparation): DialoguePreparation {
  return {
    ...mergeRecord(base, mine, theirs),
    points: merger.points(base.points, mine.points, theirs.points),
    // A set: both sides' choices count, a removal counts when the other side did not re-add it.
    questionsForLeader: mergeById(
      base.questionsForLeader,
      mine.questionsForLeader,
      theirs.questionsForLeader,
      (q) => q,
      (_b, _m, t) => t,
    ),
    inviteChecklist: merge3(base.inviteChecklist, mine.inviteChecklist, theirs.inviteChecklist, takeTheirs),
  };
}

const EMPTY_PREPARATION: DialoguePreparation = { points: [], questionsForLeader: [], inviteChecklist: [] };

export interface MergeOptions {
  /** Who is saving: ownership then decides what an item missing from `mine` means (see above). */
  writer?: ContractRole;
}

export function mergeContract(base: Contract, mine: Contract, theirs: Contract, options: MergeOptions = {}): MergeResult {
  const merger = new Merger();
  const writer = options.writer;
  // Everything not handled below (people, period, bookings, keys a newer version added) by the generic rule.
  const contract = mergeRecord<Contract>(base, mine, theirs);
  contract.id = theirs.id;
  contract.schema = theirs.schema;
  contract.createdAt = theirs.createdAt;
  contract.updatedAt = laterTime(mine.updatedAt, theirs.updatedAt) ?? theirs.updatedAt;
  contract.fields = Object.fromEntries(
    CONTRACT_TEXT_FIELD_IDS.map((field) => [
      field,
      merger.text({ kind: 'field', field }, base.fields[field] ?? '', mine.fields[field] ?? '', theirs.fields[field] ?? ''),
    ]),
  ) as Contract['fields'];
  for (const list of CONTRACT_LIST_FIELD_IDS) {
    contract[list] = mergeById(
      base[list],
      mine[list],
      theirs[list],
      (a) => a.id,
      (b, m, t) => merger.agreement(list, b, m, t),
      (a) => writer !== undefined && agreementOwner(a) !== writer,
    );
  }
  contract.preparation = mergePreparation(
    merger,
    base.preparation ?? EMPTY_PREPARATION,
    mine.preparation ?? EMPTY_PREPARATION,
    theirs.preparation ?? EMPTY_PREPARATION,
  );
  const collaboration = mergeCollaboration(merger, base.collaboration, mine.collaboration, theirs.collaboration, writer);
  if (collaboration) contract.collaboration = collaboration;
  else delete contract.collaboration;
  // A fresh copy: the merge reuses unchanged parts of its inputs, and callers may edit the result.
  return { contract: JSON.parse(JSON.stringify(contract)) as Contract, conflicts: merger.conflicts };
}

/** Puts the chosen text of a conflict into the contract (a new contract; the input is not changed). */
export function resolveConflict(contract: Contract, conflict: MergeConflict, choice: 'mine' | 'theirs'): Contract {
  const text = choice === 'mine' ? conflict.mine : conflict.theirs;
  const target = conflict.target;
  const next: Contract = JSON.parse(JSON.stringify(contract)) as Contract;
  switch (target.kind) {
    case 'field':
      next.fields[target.field] = text;
      break;
    case 'agreement': {
      const agreement = next[target.list].find((a) => a.id === target.agreementId);
      if (agreement) agreement[target.part] = text;
      break;
    }
    case 'comment': {
      const comment = next.collaboration?.comments.find((c) => c.id === target.commentId);
      if (comment) comment.text = text;
      break;
    }
    case 'followUpNote': {
      const record = next.collaboration?.followUps.find((f) => f.id === target.followUpId);
      if (record) record.note = text;
      break;
    }
    case 'points':
      next.preparation.points = text === '' ? [] : text.split('\n');
      break;
  }
  return next;
}
