/**
 * The local draft and the pure, immutable updaters the UI edits it with. Every updater returns a
 * new Draft (or list) and leaves its input untouched, so React state and autosave can compare by
 * reference.
 *
 * Updaters that change what the nearest leader will see bump `contract.updatedAt`; private notes,
 * the UI state and the (never shared) invite checklist do not.
 *
 * Here: what the start page needs (a new draft, the step, the language, the timer). The editing
 * updaters of steps 1–3 are in draftEdits.ts, so the first screen's script does not carry them.
 */
import type { Locale } from '../content/types';
import { addMonths, isoDate } from './dates';
import { newId } from './ids';
import {
  type Contract,
  CONTRACT_SCHEMA_VERSION,
  type Draft,
  DRAFT_SCHEMA_VERSION,
  NOTES_SCHEMA_VERSION,
  type PrivateNotes,
  type StepId,
  type UiState,
} from './model';

/** A contract period is 12 months unless the leader chooses otherwise (the tool asks for 6–12). */
export const DEFAULT_PERIOD_MONTHS = 12;

export function createEmptyContract(now: Date, locale: Locale): Contract {
  const stamp = now.toISOString();
  return {
    schema: CONTRACT_SCHEMA_VERSION,
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    locale,
    period: { start: isoDate(now), end: isoDate(addMonths(now, DEFAULT_PERIOD_MONTHS)) },
    fields: { goals: '', workEnvironment: '', alignWithLeader: '' },
    selfAgreements: [],
    leaderAgreements: [],
    // The checklist starts empty: a missing index means "not ticked", so the list never has to be
    // resized when the tool's "Inviter din leder" items change.
    preparation: { points: [], questionsForLeader: [], inviteChecklist: [] },
  };
}

export function createEmptyNotes(): PrivateNotes {
  return { schema: NOTES_SCHEMA_VERSION, questionNotes: {}, themeNotes: {}, figure: {} };
}

export function createEmptyUiState(): UiState {
  return { step: 'start', localeOverride: null, timer: { startedAt: null, elapsedMs: 0 } };
}

export function createEmptyDraft(now: Date, locale: Locale): Draft {
  return { schema: DRAFT_SCHEMA_VERSION, ui: createEmptyUiState(), notes: createEmptyNotes(), contract: createEmptyContract(now, locale) };
}

// ---------------------------------------------------------------- the contract

/** Every contract edit bumps `updatedAt`, so the nearest leader's copy is seen as changed. */
export function editContract(draft: Draft, now: Date, edit: (contract: Contract) => Contract): Draft {
  return { ...draft, contract: { ...edit(draft.contract), updatedAt: now.toISOString() } };
}

export function setContractLocale(draft: Draft, locale: Locale, now: Date = new Date()): Draft {
  return editContract(draft, now, (c) => ({ ...c, locale }));
}

// ---------------------------------------------------------------- UI state

export function setStep(draft: Draft, step: StepId): Draft {
  return { ...draft, ui: { ...draft.ui, step } };
}

export function setLocaleOverride(draft: Draft, localeOverride: Locale | null): Draft {
  return { ...draft, ui: { ...draft.ui, localeOverride } };
}

// ---------------------------------------------------------------- the optional 45-minute timer

export const PREPARATION_MINUTES = 45;

export function isTimerRunning(timer: UiState['timer']): boolean {
  return timer.startedAt !== null;
}

/** Time spent so far; a start time in the future (clock change) counts as zero, never negative. */
export function timerElapsedMs(timer: UiState['timer'], now: Date): number {
  if (timer.startedAt === null) return timer.elapsedMs;
  const started = Date.parse(timer.startedAt);
  const running = Number.isFinite(started) ? Math.max(0, now.getTime() - started) : 0;
  return timer.elapsedMs + running;
}

/** Time left of the 45 minutes (0 when they are spent). */
export function timerRemainingMs(timer: UiState['timer'], now: Date, totalMinutes: number = PREPARATION_MINUTES): number {
  return Math.max(0, totalMinutes * 60_000 - timerElapsedMs(timer, now));
}

export function startTimer(draft: Draft, now: Date): Draft {
  if (isTimerRunning(draft.ui.timer)) return draft;
  return { ...draft, ui: { ...draft.ui, timer: { ...draft.ui.timer, startedAt: now.toISOString() } } };
}

export function pauseTimer(draft: Draft, now: Date): Draft {
  if (!isTimerRunning(draft.ui.timer)) return draft;
  return { ...draft, ui: { ...draft.ui, timer: { startedAt: null, elapsedMs: timerElapsedMs(draft.ui.timer, now) } } };
}

export function resetTimer(draft: Draft): Draft {
  return { ...draft, ui: { ...draft.ui, timer: { startedAt: null, elapsedMs: 0 } } };
}
