/**
 * "Hent fra noter": the notes of a field's theme go into the field — appended to a text field,
 * or as new items in an agreement list — never replacing what the leader already wrote, and never
 * adding the same note twice.
 */
import type { ContractField, ToolContent } from '../../content/types';
import { CONTRACT_TEXT_FIELD_IDS, isOneOf } from '../../domain/catalog';
import { addAgreement, appendToContractField, notesForContractField, updateAgreements } from '../../domain/draftEdits';
import type { Draft } from '../../domain/model';

export interface PullResult {
  draft: Draft;
  /** How many notes were added (0: nothing new to pull). */
  added: number;
}

export function pullNotesIntoField(draft: Draft, field: ContractField, content: ToolContent, now: Date = new Date()): PullResult {
  const notes = notesForContractField(draft.notes, field.id, content);
  if (isOneOf(CONTRACT_TEXT_FIELD_IDS, field.id)) {
    const fieldId = field.id;
    let next = draft;
    let added = 0;
    for (const note of notes) {
      const after = appendToContractField(next, fieldId, note, now);
      if (after !== next) added += 1;
      next = after;
    }
    return { draft: next, added };
  }
  const listId = field.id === 'selfAgreements' ? 'selfAgreements' : 'leaderAgreements';
  const existing = new Set(draft.contract[listId].map((a) => a.text.trim()));
  const fresh = notes.map((n) => n.trim()).filter((n) => !existing.has(n));
  if (fresh.length === 0) return { draft, added: 0 };
  const next = updateAgreements(draft, listId, (list) => fresh.reduce((acc, text) => addAgreement(acc, { text }, now), list), now);
  return { draft: next, added: fresh.length };
}
