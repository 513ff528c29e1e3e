/**
 * A contract someone else shared, opened in the follow-up view (the nearest leader following up
 * on the leader's agreements). There is no local draft of it: the working copy lives here, every
 * change is saved to the shared lederaftale.json after a short pause through saveContract (eTag,
 * three-way merge on a 412), and what the other person saved comes back by the same merge.
 *  - Read-only access: nothing is sent; the view says so.
 *  - A failed save is retried with growing pauses; until it is saved, the working copy and its
 *    base are kept on the device, so a closed tab loses nothing (merged in on the next open).
 *  - Texts both changed: kept as open conflicts (src/store/pendingConflicts.ts) until the user chooses.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LocalizedText } from '../../domain/localized';
import { mergeContract, sameJson, type MergeConflict } from '../../domain/mergeContract';
import type { Contract } from '../../domain/model';
import type { ContractRef } from '../../store/contractRef';
import { openContract, saveContract, type OpenContractResult, type OpenedContract } from '../../store/sharedContract';
import { useMicrosoft365 } from '../../ui/m365';
import { loadToolContent } from '../../ui/loadContent';
import { contractTroubleMessage } from '../nearestLeader/contractAccessStrings';
import { addConflicts, readConflicts, withoutConflict, writeConflicts } from '../../store/pendingConflicts';
import { readPendingWork, writePendingWork } from '../../store/pendingShared';

export type ForeignSaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: LocalizedText } | { kind: 'readOnly'; message: LocalizedText };

const PAUSE_MS = 600;
const RETRY_MS = [2000, 5000, 10_000, 20_000, 30_000];

export function useForeignContract(ref: ContractRef | undefined) {
  const m365 = useMicrosoft365();
  const { graph, me } = m365;
  const contractId = ref?.contractId ?? '';
  const [result, setResult] = useState<OpenContractResult | undefined>();
  const [working, setWorking] = useState<Contract | undefined>();
  const [status, setStatus] = useState<ForeignSaveStatus>({ kind: 'idle' });
  const [conflicts, setConflicts] = useState<MergeConflict[]>(() => (contractId ? readConflicts(contractId) : []));
  const opened = useRef<OpenedContract | undefined>(undefined);
  const latest = useRef<Contract | undefined>(undefined);
  latest.current = working;
  const running = useRef(false);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  const refKey = ref ? JSON.stringify(ref) : '';
  const runRef = useRef<() => Promise<void>>(async () => undefined);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  // Not useAsync: opening starts the working state (`working`, a pending save) that the saves below carry on.
  useEffect(() => {
    if (!graph || !me || !ref) return;
    let live = true;
    void openContract(graph, ref, { me }).then((r) => {
      if (!live) return;
      setResult(r);
      if (r.status !== 'opened') return;
      opened.current = r;
      // Work a closed tab had not saved yet comes back, merged with what is there now.
      const pending = readPendingWork(r.contract.id);
      const start = pending && r.access !== 'read' ? mergeContract(pending.base, pending.working, r.contract).contract : r.contract;
      latest.current = start;
      setWorking(start);
      if (!sameJson(start, r.contract)) timer.current = setTimeout(() => void runRef.current(), PAUSE_MS);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refKey stands for ref (a new object on every render)
  }, [graph, me?.id, refKey]);

  const run = useCallback(async () => {
    const base = opened.current;
    const sent = latest.current;
    if (!graph || !base || !sent || running.current || !mounted.current) return;
    if (sameJson(sent, base.contract)) {
      writePendingWork(sent.id, undefined);
      return;
    }
    running.current = true;
    setStatus({ kind: 'saving' });
    const saved = await saveContract(graph, base, sent, { content: loadToolContent });
    running.current = false;
    if (!mounted.current) return;
    if (saved.status === 'saved') {
      failures.current = 0;
      opened.current = saved.opened;
      setResult(saved.opened);
      // Whatever was changed while saving is kept (three-way: sent → now, sent → saved).
      const now = latest.current ?? sent;
      const next = mergeContract(sent, now, saved.contract).contract;
      latest.current = next;
      setWorking(next);
      writePendingWork(sent.id, sameJson(next, saved.contract) ? undefined : { base: saved.contract, working: next });
      if (saved.conflicts.length > 0) {
        setConflicts((old) => {
          const all = addConflicts(old, saved.conflicts);
          writeConflicts(sent.id, all);
          return all;
        });
      }
      setStatus({ kind: 'saved' });
      if (!sameJson(next, saved.contract)) timer.current = setTimeout(() => void run(), PAUSE_MS);
      return;
    }
    if (saved.status === 'readOnly') {
      setStatus({ kind: 'readOnly', message: contractTroubleMessage(saved) });
      return;
    }
    setStatus({ kind: 'failed', message: contractTroubleMessage(saved) });
    const wait = RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)] as number;
    failures.current += 1;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(), wait);
  }, [graph]);

  runRef.current = run;

  /** Change the working copy; it is kept on the device at once and saved after a short pause. */
  const edit = useCallback(
    (change: (contract: Contract) => Contract) => {
      const current = latest.current;
      const base = opened.current;
      if (!current || !base || base.access === 'read') return;
      const next = change(current);
      if (next === current) return;
      latest.current = next;
      setWorking(next);
      writePendingWork(next.id, { base: base.contract, working: next });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), PAUSE_MS);
    },
    [run],
  );

  const settle = useCallback(
    (conflict: MergeConflict) =>
      setConflicts((old) => {
        const rest = withoutConflict(old, conflict);
        writeConflicts(contractId, rest);
        return rest;
      }),
    [contractId],
  );

  const retry = useCallback(() => {
    clearTimeout(timer.current);
    void run();
  }, [run]);

  return {
    m365,
    result,
    contract: working,
    status,
    conflicts,
    edit,
    settle,
    retry,
    pending: working !== undefined && opened.current !== undefined && !sameJson(working, opened.current.contract),
  };
}
