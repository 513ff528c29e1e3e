/**
 * The dialogue panel's local copy of what was typed and not yet in OneDrive: the agreements with
 * the nearest leader as this user last wrote them, and the texts of conflicts not yet chosen. The
 * shared contract is saved 800 ms after typing stops; a reload or a closed browser in that moment
 * used to lose the agreement. The journal is written synchronously with each keystroke
 * (src/store/localJournal.ts) and read when the contract is opened again:
 *
 * - a text OneDrive already holds is forgotten;
 * - a text typed after the contract's last save (its `updatedAt`) wins: it is typed again, as a
 *   change of this user, and saved the ordinary way (through the live contract's merge);
 * - a text the other person replaced later comes back as a conflict, both wordings shown, until
 *   one is chosen — never silently dropped, never silently written over theirs.
 *
 * Only the local copy lives here; the save path is src/features/dialogue/liveContract.ts's.
 */
import type { MergeConflict } from '../../domain/mergeContract';
import type { Agreement, Contract } from '../../domain/model';
import { clearJournal, readJournal, writeJournal } from '../../store/localJournal';

export interface JournaledAgreement {
  agreement: Agreement;
  /** When this user last typed in it (ms). */
  at: number;
}

export interface DialogueJournal {
  agreements: JournaledAgreement[];
  /** Conflicts shown and not yet chosen: this user's wording lives only here until then. */
  conflicts: MergeConflict[];
}

const name = (contractId: string) => `dialogue.${contractId}`;
const EMPTY: DialogueJournal = { agreements: [], conflicts: [] };

function sameTarget(a: MergeConflict, b: MergeConflict): boolean {
  return JSON.stringify(a.target) === JSON.stringify(b.target);
}

export function readDialogueJournal(contractId: string): DialogueJournal {
  const entry = readJournal<DialogueJournal>(name(contractId))?.value;
  if (!entry || !Array.isArray(entry.agreements) || !Array.isArray(entry.conflicts)) return EMPTY;
  return {
    agreements: entry.agreements.filter(
      (j) =>
        typeof j?.at === 'number' && typeof j.agreement?.id === 'string' && typeof j.agreement.text === 'string' && typeof j.agreement.followUp === 'string',
    ),
    conflicts: entry.conflicts.filter((c) => typeof c?.mine === 'string' && typeof c.theirs === 'string' && !!c.target),
  };
}

export function writeDialogueJournal(contractId: string, journal: DialogueJournal): void {
  if (journal.agreements.length === 0 && journal.conflicts.length === 0) clearJournal(name(contractId));
  else writeJournal(name(contractId), journal);
}

/** After a keystroke: the agreement as it now reads locally, stamped now. */
export function journalAgreement(journal: DialogueJournal, agreement: Agreement, at: number = Date.now()): DialogueJournal {
  return { ...journal, agreements: [...journal.agreements.filter((j) => j.agreement.id !== agreement.id), { agreement, at }] };
}

/** After a save that began at `sentAt`: what it sent is in OneDrive now; later keystrokes stay. */
export function forgetSaved(journal: DialogueJournal, saved: Contract, sentAt: number): DialogueJournal {
  const inSaved = (a: Agreement) => saved.leaderAgreements.some((s) => s.id === a.id && s.text === a.text && s.followUp === a.followUp);
  return { ...journal, agreements: journal.agreements.filter((j) => j.at > sentAt || !inSaved(j.agreement)) };
}

export function withConflicts(journal: DialogueJournal, conflicts: readonly MergeConflict[]): DialogueJournal {
  return { ...journal, conflicts: [...journal.conflicts.filter((c) => !conflicts.some((n) => sameTarget(c, n))), ...conflicts] };
}

export function withoutConflict(journal: DialogueJournal, done: MergeConflict): DialogueJournal {
  return { ...journal, conflicts: journal.conflicts.filter((c) => !sameTarget(c, done)) };
}

export interface Reconciled {
  /** Typed after the last save: to be typed again (a change of this user). */
  retype(contract: Contract): Contract;
  /** Both wordings, to be shown until one is chosen. */
  conflicts: MergeConflict[];
  /** What stays in the journal. */
  journal: DialogueJournal;
}

/** The journal against the contract just opened (see the file comment for the three cases). */
export function reconcile(journal: DialogueJournal, opened: Contract): Reconciled {
  const savedAt = Date.parse(opened.updatedAt) || 0;
  const retyped: Agreement[] = [];
  const conflicts: MergeConflict[] = [];
  for (const { agreement, at } of journal.agreements) {
    const there = opened.leaderAgreements.find((a) => a.id === agreement.id);
    if (there && there.text === agreement.text && there.followUp === agreement.followUp) continue;
    if (!there || at > savedAt) {
      retyped.push(agreement);
      continue;
    }
    for (const part of ['text', 'followUp'] as const) {
      if (there[part] !== agreement[part])
        conflicts.push({
          target: { kind: 'agreement', list: 'leaderAgreements', agreementId: agreement.id, part },
          base: '',
          mine: agreement[part],
          theirs: there[part],
        });
    }
  }
  // A conflict still open: shown again while OneDrive does not hold this user's wording.
  for (const c of journal.conflicts) {
    if (conflicts.some((n) => sameTarget(n, c))) continue;
    const t = c.target;
    const current = t.kind === 'agreement' ? opened[t.list].find((a) => a.id === t.agreementId)?.[t.part] : undefined;
    if (current !== c.mine) conflicts.push(current === undefined ? c : { ...c, theirs: current });
  }
  return {
    retype: (contract) => {
      let next = contract;
      for (const a of retyped) {
        const exists = next.leaderAgreements.some((x) => x.id === a.id);
        next = exists
          ? { ...next, leaderAgreements: next.leaderAgreements.map((x) => (x.id === a.id ? { ...x, text: a.text, followUp: a.followUp } : x)) }
          : { ...next, leaderAgreements: [...next.leaderAgreements, a] };
      }
      return next;
    },
    conflicts,
    journal: { agreements: journal.agreements.filter((j) => retyped.some((a) => a.id === j.agreement.id)), conflicts },
  };
}

/** What the keeper needs to see of the live contract's state. */
export interface ObservedState {
  status: string;
  contract: Contract;
  conflicts: MergeConflict[];
}

/**
 * Keeps one contract's journal in step with the panel: `typed` after every keystroke, `observe`
 * on every state of the live contract (a save that began is remembered; one that finished forgets
 * what it sent; conflicts are kept), `resolved` when a wording is chosen.
 */
export class DialogueJournalKeeper {
  private journal: DialogueJournal;
  private sentAt = 0;
  private lastStatus = '';

  constructor(private readonly contractId: string) {
    this.journal = readDialogueJournal(contractId);
  }

  /** On opening: the journal against what OneDrive holds; what stays is written back. */
  open(opened: Contract): Reconciled {
    const result = reconcile(this.journal, opened);
    this.set(result.journal);
    return result;
  }

  typed(contract: Contract, agreementId: string): void {
    const agreement = contract.leaderAgreements.find((a) => a.id === agreementId);
    if (agreement) this.set(journalAgreement(this.journal, agreement));
  }

  observe(state: ObservedState): void {
    if (state.status === 'saving' && this.lastStatus !== 'saving') this.sentAt = Date.now();
    let next = this.journal;
    if (state.status === 'saved' && this.lastStatus === 'saving') next = forgetSaved(next, state.contract, this.sentAt);
    if (state.conflicts.length > 0) next = withConflicts(next, state.conflicts);
    this.lastStatus = state.status;
    if (next !== this.journal) this.set(next);
  }

  resolved(conflict: MergeConflict, contract: Contract): void {
    this.set(withoutConflict(this.journal, conflict));
    if (conflict.target.kind === 'agreement') this.typed(contract, conflict.target.agreementId);
  }

  private set(journal: DialogueJournal): void {
    this.journal = journal;
    writeDialogueJournal(this.contractId, journal);
  }
}
