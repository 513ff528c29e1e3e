/**
 * The draft for this visit: loaded once from the local store (which validates, migrates, and keeps
 * a backup of anything it cannot read), then saved through the autosaver after every change.
 * It never fails: at worst the leader starts on an empty draft and is told why.
 */
import type { Locale } from '../content/types';
import { createEmptyDraft } from '../domain/draft';
import type { Draft } from '../domain/model';
import { createAutosaver, type AutosaveStatus } from '../store/autosaver';
import { createDraftStore, type DraftStore } from '../store/draftStore';
import type { SaveState } from './saveState';

export interface DraftSession {
  /** The draft to start from. */
  draft: Draft;
  /** A saved draft (or part of it) could not be read; the store kept a backup. */
  recoveredFromCorrupt: boolean;
  save(draft: Draft): void;
  onStatus(listener: (state: SaveState) => void): () => void;
  flush(): Promise<void>;
}

/** Typing pauses shorter than this are one change; the autosaver still writes within a second. */
const SAVE_DELAY_MS = 300;
const SAVE_MAX_WAIT_MS = 1000;

export function toSaveState(status: AutosaveStatus): SaveState {
  return { status: status.state, savedAt: status.lastSavedAt };
}

export async function openDraftSession(locale: Locale, store: DraftStore = createDraftStore(), now: Date = new Date()): Promise<DraftSession> {
  let loaded: Draft | null;
  try {
    loaded = await store.load();
  } catch {
    // The storage itself failed (not the data): carry on with an empty draft; saving will report
    // its own errors in the header if the storage stays broken.
    loaded = null;
  }
  const outcome = store.lastLoad;
  const autosaver = createAutosaver(store, { delayMs: SAVE_DELAY_MS, maxWaitMs: SAVE_MAX_WAIT_MS });
  return {
    draft: loaded ?? createEmptyDraft(now, locale),
    recoveredFromCorrupt: outcome?.kind === 'recovered' || outcome?.kind === 'unreadable',
    save: (draft) => autosaver.schedule(draft),
    onStatus: (listener) => autosaver.subscribe((status) => listener(toSaveState(status))),
    flush: () => autosaver.flush(),
  };
}
