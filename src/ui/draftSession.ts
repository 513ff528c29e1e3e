/**
 * The draft for this visit: loaded once from the local store (which validates, migrates, and keeps
 * a backup of anything it cannot read), then saved through the autosaver after every change.
 * It never fails: at worst the leader starts on an empty draft and is told why.
 */
import type { Locale } from '../content/types';
import { createEmptyDraft } from '../domain/draft';
import type { Draft } from '../domain/model';
import { createAutosaver, type AutosaveStatus } from '../store/autosaver';
import { activeAccount } from '../store/accountStorage';
import { createDraftStore, type DraftStore } from '../store/draftStore';
import { clearJournal, readJournal, writeJournal } from '../store/localJournal';
import { shouldOfferUnowned } from '../store/unownedRecords';
import type { SaveState } from './saveState';

export interface DraftSession {
  /** The draft to start from. */
  draft: Draft;
  /** A saved draft (or part of it) could not be read; the store kept a backup. */
  recoveredFromCorrupt: boolean;
  /** A draft without owner (an older version's) is on this device: ask the signed-in account whether it is theirs. */
  unownedOffer: boolean;
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

/** The journal entry of the draft (src/store/localJournal.ts). */
const JOURNAL = 'draft';

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
  // A journal entry still there was written after the last completed save: it is newer and wins.
  const journal = readJournal<unknown>(JOURNAL);
  // The validation is a chunk of its own (shared with the store's, see src/store/draftStore.ts): a
  // first visit has no journal entry and never loads it.
  const journaled = journal ? (await import(/* webpackChunkName: "draft-schema" */ '../domain/schema')).parseDraft(journal.value, { now }) : undefined;
  const unownedOffer = await shouldOfferUnowned(activeAccount(), loaded === null && !journaled?.ok).catch(() => false);
  // Each save clears the journal entry it covers; a newer keystroke's entry stays until its own save.
  let lastJournaled: { draft: Draft; at: number } | undefined;
  const journalingStore = {
    async save(draft: Draft) {
      await store.save(draft);
      if (lastJournaled?.draft === draft) clearJournal(JOURNAL, lastJournaled.at);
    },
  };
  const autosaver = createAutosaver(journalingStore, { delayMs: SAVE_DELAY_MS, maxWaitMs: SAVE_MAX_WAIT_MS });
  const start = journaled?.ok ? journaled.draft : (loaded ?? createEmptyDraft(now, locale));
  if (journaled?.ok) {
    lastJournaled = { draft: start, at: journal!.at };
    autosaver.schedule(start);
  }
  return {
    draft: start,
    recoveredFromCorrupt: outcome?.kind === 'recovered' || outcome?.kind === 'unreadable',
    unownedOffer,
    save: (draft) => {
      // Synchronously, before the keystroke's handler returns: a reload or a closed browser keeps it.
      const at = Math.max(Date.now(), (lastJournaled?.at ?? 0) + 1);
      if (writeJournal(JOURNAL, draft, at)) lastJournaled = { draft, at };
      autosaver.schedule(draft);
    },
    onStatus: (listener) => autosaver.subscribe((status) => listener(toSaveState(status))),
    flush: () => autosaver.flush(),
  };
}
