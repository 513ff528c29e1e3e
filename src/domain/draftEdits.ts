/**
 * The draft's editing updaters (notes, contract fields, agreements, bookings): steps 1–3 use them,
 * the start page does not, so they live apart from `draft.ts` and stay out of the first screen's
 * script (webpack keeps every used export of a module in the chunk that first imports it).
 * Like draft.ts, every updater returns a new Draft (or list) and leaves its input untouched.
 */
import type { ContractFieldId, FigureDirectionId, ThemeId, ToolContent } from '../content/types';
import { editContract } from './draft';
import { newId } from './ids';
import { tickFromBookings } from './inviteChecklist';
import { isShareableQuestion } from './shareableQuestion';
import type { Agreement, Bookings, Contract, ContractListFieldId, ContractTextFieldId, Draft, Person, PrivateNotes } from './model';

// ---------------------------------------------------------------- private notes

/** An empty text removes the entry, so cleared notes leave nothing behind. */
function withText<K extends string>(record: Partial<Record<K, string>>, key: K, text: string): Partial<Record<K, string>> {
  const next = { ...record };
  if (text === '') delete next[key];
  else next[key] = text;
  return next;
}

export function setQuestionNote(draft: Draft, questionId: string, text: string): Draft {
  return { ...draft, notes: { ...draft.notes, questionNotes: withText(draft.notes.questionNotes, questionId, text) as Record<string, string> } };
}

export function setThemeNote(draft: Draft, themeId: ThemeId, text: string): Draft {
  return { ...draft, notes: { ...draft.notes, themeNotes: withText(draft.notes.themeNotes, themeId, text) } };
}

export function setFigureNote(draft: Draft, direction: FigureDirectionId, text: string): Draft {
  return { ...draft, notes: { ...draft.notes, figure: withText(draft.notes.figure, direction, text) } };
}

// ---------------------------------------------------------------- the contract

export function setContractField(draft: Draft, fieldId: ContractTextFieldId, value: string, now: Date = new Date()): Draft {
  return editContract(draft, now, (c) => ({ ...c, fields: { ...c.fields, [fieldId]: value } }));
}

export function setPeriod(draft: Draft, period: Partial<Contract['period']>, now: Date = new Date()): Draft {
  return editContract(draft, now, (c) => ({ ...c, period: { ...c.period, ...period } }));
}

export function setLeader(draft: Draft, leader: Person | undefined, now: Date = new Date()): Draft {
  return editContract(draft, now, (c) => withOptional(c, 'leader', leader));
}

export function setNearestLeader(draft: Draft, nearestLeader: Person | undefined, now: Date = new Date()): Draft {
  return editContract(draft, now, (c) => withOptional(c, 'nearestLeader', nearestLeader));
}

function withOptional<K extends 'leader' | 'nearestLeader'>(c: Contract, key: K, person: Person | undefined): Contract {
  const next = { ...c };
  if (person === undefined) delete next[key];
  else next[key] = person;
  return next;
}

export function setAgreements(draft: Draft, listId: ContractListFieldId, agreements: Agreement[], now: Date = new Date()): Draft {
  return editContract(draft, now, (c) => ({ ...c, [listId]: agreements }));
}

/** Apply one of the list helpers below to a contract list: `updateAgreements(d, 'selfAgreements', (l) => removeAgreement(l, id))`. */
export function updateAgreements(draft: Draft, listId: ContractListFieldId, edit: (list: Agreement[]) => Agreement[], now: Date = new Date()): Draft {
  return setAgreements(draft, listId, edit(draft.contract[listId]), now);
}

export type AgreementPatch = Partial<Omit<Agreement, 'id' | 'createdAt'>>;

export function addAgreement(list: readonly Agreement[], partial: AgreementPatch = {}, now: Date = new Date()): Agreement[] {
  const agreement: Agreement = { id: newId(), text: '', followUp: '', author: 'leader', ...partial, createdAt: now.toISOString() };
  return [...list, agreement];
}

/** A patch with `cadence: undefined` clears the cadence. */
export function updateAgreement(list: readonly Agreement[], id: string, patch: AgreementPatch): Agreement[] {
  return list.map((a) => {
    if (a.id !== id) return a;
    const next: Agreement = { ...a, ...patch };
    if ('cadence' in patch && patch.cadence === undefined) delete next.cadence;
    return next;
  });
}

export function removeAgreement(list: readonly Agreement[], id: string): Agreement[] {
  return list.filter((a) => a.id !== id);
}

/** Move an agreement to `toIndex` (clamped to the list), for up/down buttons and keyboard reordering. */
export function moveAgreement(list: readonly Agreement[], id: string, toIndex: number): Agreement[] {
  const from = list.findIndex((a) => a.id === id);
  if (from < 0) return [...list];
  const to = Math.max(0, Math.min(list.length - 1, Math.trunc(toIndex)));
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as Agreement);
  return next;
}

// ---------------------------------------------------------------- step 3: preparing the dialogue

export function setPoints(draft: Draft, points: string[], now: Date = new Date()): Draft {
  return editContract(draft, now, (c) => ({ ...c, preparation: { ...c.preparation, points: [...points] } }));
}

export function toggleQuestionForLeader(draft: Draft, questionId: string, now: Date = new Date()): Draft {
  if (!isShareableQuestion(questionId)) return draft;
  return editContract(draft, now, (c) => {
    const chosen = c.preparation.questionsForLeader;
    const questionsForLeader = chosen.includes(questionId) ? chosen.filter((q) => q !== questionId) : [...chosen, questionId];
    return { ...c, preparation: { ...c.preparation, questionsForLeader } };
  });
}

/** The checklist is the leader's own to-do list; it is never shared, so it does not bump updatedAt. */
export function toggleChecklistItem(draft: Draft, index: number): Draft {
  if (!Number.isInteger(index) || index < 0) return draft;
  const current = draft.contract.preparation.inviteChecklist;
  const inviteChecklist = Array.from({ length: Math.max(current.length, index + 1) }, (_, i) => (i === index ? !current[i] : current[i] === true));
  return { ...draft, contract: { ...draft.contract, preparation: { ...draft.contract.preparation, inviteChecklist } } };
}

export function isChecklistItemTicked(draft: Draft, index: number): boolean {
  return draft.contract.preparation.inviteChecklist[index] === true;
}

// ---------------------------------------------------------------- Book and share

/**
 * Record what "Book and share" has created. It does not bump `updatedAt`: the shared document is
 * rendered from the contract without its booking record, and a new event id must not make it
 * look changed (a second run would upload it again). The (never shared) checklist ticks the items
 * the booking has just done.
 */
export function setBookings(draft: Draft, bookings: Bookings): Draft {
  const preparation = draft.contract.preparation;
  // The "Inviter din leder" checklist ticks what the booking has just done (src/domain/inviteChecklist.ts).
  const inviteChecklist = tickFromBookings(preparation.inviteChecklist, draft.contract.bookings, bookings);
  return { ...draft, contract: { ...draft.contract, bookings, preparation: { ...preparation, inviteChecklist } } };
}

/**
 * Put a whole contract in place of the draft's, as it is (the version chosen in a storage
 * conflict: "use theirs"). `updatedAt` is theirs, so the documents are not seen as changed again.
 */
export function replaceContract(draft: Draft, contract: Contract): Draft {
  return { ...draft, contract };
}

// ---------------------------------------------------------------- notes into the contract

/**
 * The leader's notes for a contract field's theme (theme note first, then the notes per support
 * question in the guide's order), so step 2 can pull them in and nothing is typed twice.
 */
export function notesForContractField(notes: PrivateNotes, fieldId: ContractFieldId, content: ToolContent): string[] {
  const field = content.contract.fields.find((f) => f.id === fieldId);
  if (!field) return [];
  const theme = content.guide.themes.find((t) => t.id === field.theme);
  const texts = [notes.themeNotes[field.theme], ...(theme?.questions ?? []).map((q) => notes.questionNotes[q.id])];
  return texts.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
}

/** Append text to a field, separated by a blank line; text already in the field is not added twice. */
export function appendToContractField(draft: Draft, fieldId: ContractTextFieldId, text: string, now: Date = new Date()): Draft {
  const addition = text.trim();
  const current = draft.contract.fields[fieldId];
  if (addition === '' || current.includes(addition)) return draft;
  return setContractField(draft, fieldId, current.trim() === '' ? addition : `${current.trimEnd()}\n\n${addition}`, now);
}
