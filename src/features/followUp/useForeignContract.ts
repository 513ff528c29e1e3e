/**
 * A contract someone else shared, opened in the follow-up view (the nearest leader following up
 * on the leader's agreements). There is no local draft of it: the working copy lives here, every
 * change is saved to the shared lederaftale.json after a short pause through saveContract (eTag,
 * three-way merge on a 412), and what the other person saved comes back by the same merge.
 *  - Read-only access: nothing is sent; the view says so.
 *  - A failed save is retried with growing pauses; until it is saved, the working copy and its
 *    base are kept on the device, so a closed tab loses nothing (merged in on the next open).
 *  - Texts both changed: kept as open conflicts (pendingConflicts.ts) until the user chooses.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LocalizedText } from '../../domain/localized';
import { mergeContract, sameJson, type MergeConflict } from '../../domain/mergeContract';
import type { Contract } from '../../domain/model';
import { parseContract } from '../../domain/schema';
import type { ContractRef } from '../../store/contractRef';
import { openContract, saveContract, type OpenContractResult, type OpenedContract } from '../../store/sharedContract';
import { useMicrosoft365 } from '../../ui/m365';
import { addConflicts, readConflicts, withoutConflict, writeConflicts } from './pendingConflicts';
import { accountScopedKey } from '../../store/accountStorage';
import { contractTroubleMessage } from '../shared/contractAccessStrings';
import { loadToolContent } from '../../ui/loadContent';

export type ForeignSaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: LocalizedText } | { kind: 'readOnly'; message: LocalizedText };

/** Per contract, in the signed-in account's records (src/store/accountStorage.ts). */
const pendingKey = (contractId: string) => accountScopedKey(`followUp.pendingShared.${contractId}`);
const PAUSE_MS = 600;
const RETRY_MS = [2000, 5000, 10_000, 20_000, 30_000];

interface PendingWork {
  base: Contract;
  working: Contract;
}

function readPending(contractId: string): PendingWork | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(pendingKey(contractId));
    if (!raw) return undefined;
    const value = JSON.parse(raw) as { base?: unknown; working?: unknown };
    const base = parseContract(value.base);
    const working = parseContract(value.working);
    return base.ok && working.ok ? { base: base.value, working: working.value } : undefined;
  } catch {
    return undefined;
  }
}

function writePending(contractId: string, pending: PendingWork | undefined): void {
  try {
    if (pending) globalThis.localStorage?.setItem(pendingKey(contractId), JSON.stringify(pending));
    else globalThis.localStorage?.removeItem(pendingKey(contractId));
  } catch {
    // Without storage the work is only in memory until saved: the save is still retried.
  }
}

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

  useEffect(() => {
    if (!graph || !me || !ref) return;
    let live = true;
    void openContract(graph, ref, { me }).then((r) => {
      if (!live) return;
      setResult(r);
      if (r.status !== 'opened') return;
      opened.current = r;
      // Work a closed tab had not saved yet comes back, merged with what is there now.
      const pending = readPending(r.contract.id);
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
      writePending(sent.id, undefined);
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
      writePending(sent.id, sameJson(next, saved.contract) ? undefined : { base: saved.contract, working: next });
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
      writePending(next.id, { base: base.contract, working: next });
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
