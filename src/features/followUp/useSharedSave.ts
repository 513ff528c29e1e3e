/**
 * Saves the follow-up work to the contract in OneDrive as it happens. The local draft already has
 * everything (autosave); this keeps lederaftale.json and Lederaftale.docx in step:
 *  - a change is saved after a short pause; changes made meanwhile are saved right after;
 *  - a failed save (throttling, 503, offline) is retried with growing pauses and on "Prøv igen",
 *    and after a reload the difference to OneDrive is noticed and saved — nothing is lost;
 *  - what the nearest leader saved in between is merged in (three-way), and comes back into the
 *    local draft; a text both changed keeps theirs in the contract and mine in the list of open
 *    conflicts (src/store/pendingConflicts.ts), kept until the user chooses.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { bothLanguages, type LocalizedText } from '../../domain/localized';
import { mergeContract, type MergeConflict } from '../../domain/mergeContract';
import type { Contract, Draft } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { readSharedBase as readBase, writeSharedBase as writeBase } from '../../store/sharedBase';
import { openContract, saveContract } from '../../store/sharedContract';
import { addConflicts, readConflicts, withoutConflict, writeConflicts } from '../../store/pendingConflicts';
import { graphErrorWords } from '../../ui/graphErrorWords';
import { adoptSaved, guessedBase, sharedForm, sharedHash } from './sharedSave';
import { contractTroubleMessage } from '../nearestLeader/contractAccessStrings';
import { loadToolContent } from '../../ui/loadContent';
import { followUpStrings } from './strings';

export type SharedSaveStatus = 'notShared' | 'waiting' | 'saving' | 'saved' | 'failed';

export interface SharedSaveState {
  status: SharedSaveStatus;
  message?: LocalizedText;
  conflicts: MergeConflict[];
}

const PAUSE_MS = 600;
const RETRY_MS = [2000, 5000, 10_000, 20_000, 30_000];

export function isStoredInOneDrive(contract: Contract): boolean {
  return Boolean(contract.bookings?.storage?.json.itemId);
}

type SaveOutcome =
  | { ok: true; sent: Contract; saved: Contract; jsonETag: string; docx?: { eTag: string; webUrl: string }; conflicts: MergeConflict[] }
  /** `docxPending`: the JSON was saved but Lederaftale.docx was not re-rendered; write again. */
  | { ok: false; message: LocalizedText; docxPending?: boolean };

/**
 * One save of `local` to OneDrive: open, merge with what is there, write with the eTag. With
 * `rewrite`, the files are written even when OneDrive's JSON already holds everything (the .docx
 * failed last time and must be rendered again).
 */
export async function saveFollowUpsOnce(graph: GraphClient, local: Contract, options: { rewrite?: boolean } = {}): Promise<SaveOutcome> {
  const storage = local.bookings?.storage;
  if (!storage?.json.itemId) return { ok: false, message: bothLanguages((locale) => followUpStrings[locale].notInOneDrive) };
  const ref = { contractId: local.id, itemId: storage.json.itemId, ...(storage.folderId ? { folderId: storage.folderId } : {}) };
  const opened = await openContract(graph, ref);
  if (opened.status !== 'opened') return { ok: false, message: contractTroubleMessage(opened) };
  const mine = sharedForm(local);
  const base = readBase(local.id) ?? guessedBase(opened.contract, mine);
  // As the leader: the nearest leader's part missing from this device's copy (or base from an earlier
  // round) is never read as deleted; the file's version of it is taken in.
  const merged = mergeContract(base, mine, opened.contract, { writer: 'leader' });
  if (!options.rewrite && merged.conflicts.length === 0 && sharedHash(merged.contract) === sharedHash(opened.contract)) {
    // OneDrive already holds all of it: nothing to write.
    writeBase(opened.contract);
    return { ok: true, sent: mine, saved: opened.contract, jsonETag: opened.eTag, conflicts: [] };
  }
  const result = await saveContract(graph, opened, merged.contract, { content: loadToolContent });
  if (result.status !== 'saved') return { ok: false, message: contractTroubleMessage(result) };
  writeBase(result.contract);
  if (result.docx.status === 'failed') return { ok: false, message: graphErrorWords(result.docx.error.kind), docxPending: true };
  return {
    ok: true,
    sent: mine,
    saved: result.contract,
    jsonETag: result.eTag,
    ...(result.docx.status === 'saved' ? { docx: { eTag: result.docx.eTag, webUrl: result.docx.webUrl } } : {}),
    conflicts: [...merged.conflicts, ...result.conflicts],
  };
}

/**
 * The saved version into the current draft. Anything changed locally while the save ran is kept:
 * a three-way merge of what was sent (base), the draft now (mine) and what was saved (theirs).
 */
export function applySaved(draft: Draft, outcome: Extract<SaveOutcome, { ok: true }>): Draft {
  if (draft.contract.id !== outcome.saved.id) return draft;
  const now = sharedForm(draft.contract);
  const merged = mergeContract(outcome.sent, now, outcome.saved, { writer: 'leader' }).contract;
  const files = { jsonETag: outcome.jsonETag, ...(outcome.docx ? { docxETag: outcome.docx.eTag, docxWebUrl: outcome.docx.webUrl } : {}) };
  return { ...draft, contract: adoptSaved(draft.contract, merged, files) };
}

export function useSharedSave(contract: Contract, graph: GraphClient | undefined, update: (change: (d: Draft) => Draft) => void) {
  const [state, setState] = useState<SharedSaveState>(() => ({
    status: isStoredInOneDrive(contract) ? 'waiting' : 'notShared',
    conflicts: readConflicts(contract.id),
  }));
  const latest = useRef(contract);
  latest.current = contract;
  const savedHash = useRef<string | undefined>(undefined);
  const running = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failures = useRef(0);
  const mounted = useRef(true);
  const docxPending = useRef(false);

  const run = useCallback(async () => {
    if (!graph || running.current || !mounted.current) return;
    const local = latest.current;
    if (!isStoredInOneDrive(local)) {
      setState((s) => ({ ...s, status: 'notShared' }));
      return;
    }
    const hash = sharedHash(local);
    if (hash === savedHash.current && !docxPending.current) return;
    running.current = true;
    setState((s) => ({ ...s, status: 'saving' }));
    let outcome: SaveOutcome;
    try {
      outcome = await saveFollowUpsOnce(graph, local, { rewrite: docxPending.current });
    } catch (thrown) {
      outcome = { ok: false, message: { da: String(thrown), en: String(thrown) } };
    }
    running.current = false;
    if (!mounted.current) return;
    if (outcome.ok) {
      failures.current = 0;
      docxPending.current = false;
      const done = outcome;
      savedHash.current = sharedHash(adoptSaved(local, done.saved, {}));
      update((d) => applySaved(d, done));
      setState((s) => {
        const conflicts = addConflicts(s.conflicts, done.conflicts);
        if (done.conflicts.length > 0) writeConflicts(local.id, conflicts);
        return { status: 'saved', conflicts };
      });
    } else {
      if (!outcome.ok && outcome.docxPending) docxPending.current = true;
      const wait = RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)] as number;
      failures.current += 1;
      setState((s) => ({ ...s, status: 'failed', message: outcome.ok ? undefined : outcome.message }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), wait);
      return;
    }
    // Changed while saving: save again.
    if (sharedHash(latest.current) !== savedHash.current) {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), PAUSE_MS);
    }
  }, [graph, update]);

  const hash = sharedHash(contract);
  useEffect(() => {
    if (!graph || hash === savedHash.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(), PAUSE_MS);
  }, [graph, hash, run]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  // Another contract (a new period): its own open conflicts.
  const contractId = contract.id;
  const shownFor = useRef(contractId);
  useEffect(() => {
    if (shownFor.current === contractId) return;
    shownFor.current = contractId;
    // A contract not yet in OneDrive says so at once (not the last contract's status).
    const stored = isStoredInOneDrive(latest.current);
    setState((s) => ({ status: stored ? s.status : 'notShared', conflicts: readConflicts(contractId) }));
  }, [contractId]);

  const retry = useCallback(() => {
    clearTimeout(timer.current);
    void run();
  }, [run]);

  /** The user chose for this conflict (mine is put into the contract by the caller): no longer open. */
  const settle = useCallback(
    (conflict: MergeConflict) =>
      setState((s) => {
        const conflicts = withoutConflict(s.conflicts, conflict);
        writeConflicts(contractId, conflicts);
        return { ...s, conflicts };
      }),
    [contractId],
  );

  return { state, retry, settle, pending: hash !== savedHash.current };
}
