/**
 * The shared contract for a view: opened through the one Microsoft 365 session, remembered in the
 * local index, saved with merge. Only the contract folder is ever read (see src/store/sharedContract.ts).
 */
import { useCallback, useEffect, useState } from 'react';
import type { Contract } from '../../domain/model';
import type { MergeConflict } from '../../domain/mergeContract';
import type { LocalizedText } from '../../domain/localized';
import type { ContractRef } from '../../store/contractRef';
import { rememberOpenedContract } from '../../store/openedContracts';
import { openContract, saveContract, type OpenContractResult, type OpenedContract } from '../../store/sharedContract';
import { useMicrosoft365, type Microsoft365 } from '../../ui/m365';
import type { Viewer } from './contributions';
import { contractTroubleMessage } from './contractAccessStrings';
import { loadToolContent } from '../../ui/loadContent';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; docxFailed: boolean }
  | { kind: 'failed'; message: LocalizedText }
  /** OneDrive refused the save: the contract is read-only from now on (the view keeps what was typed). */
  | { kind: 'readOnly'; message: LocalizedText };

export interface SharedContractState {
  m365: Microsoft365;
  viewer?: Viewer;
  result?: OpenContractResult;
  save(change: (contract: Contract) => Contract): Promise<boolean>;
  saveStatus: SaveStatus;
  conflicts: MergeConflict[];
  dismissConflict(conflict: MergeConflict): void;
  reload(): void;
}

export function useSharedContract(ref: ContractRef | undefined): SharedContractState {
  const m365 = useMicrosoft365();
  const [result, setResult] = useState<OpenContractResult | undefined>();
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [conflicts, setConflicts] = useState<MergeConflict[]>([]);
  const [generation, setGeneration] = useState(0);
  const { graph, me } = m365;
  const viewer: Viewer | undefined = me
    ? { id: me.id, displayName: me.displayName, ...(me.mail ? { mail: me.mail } : {}), userPrincipalName: me.userPrincipalName }
    : undefined;
  const refKey = ref ? JSON.stringify(ref) : '';

  // Not useAsync: `result` is also working state, replaced by each save below.
  useEffect(() => {
    if (!graph || !me || !ref) return;
    let live = true;
    setResult(undefined);
    void openContract(graph, ref, { me }).then((opened) => {
      if (!live) return;
      setResult(opened);
      if (opened.status === 'opened') {
        rememberOpenedContract(me.id, {
          ref: opened.ref,
          leaderName: opened.contract.leader?.displayName ?? '',
          period: opened.contract.period,
          openedAt: new Date().toISOString(),
        });
      }
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refKey stands for ref (a new object on every render)
  }, [graph, me?.id, refKey, generation]);

  const save = useCallback(
    async (change: (contract: Contract) => Contract): Promise<boolean> => {
      if (!graph || result?.status !== 'opened') return false;
      const opened: OpenedContract = result;
      setSaveStatus({ kind: 'saving' });
      const saved = await saveContract(graph, opened, change(opened.contract), { content: loadToolContent });
      if (saved.status === 'saved') {
        setResult(saved.opened);
        setConflicts((old) => [...old.filter((c) => !saved.conflicts.some((n) => JSON.stringify(n.target) === JSON.stringify(c.target))), ...saved.conflicts]);
        setSaveStatus({ kind: 'saved', docxFailed: saved.docx.status === 'failed' });
        return true;
      }
      if (saved.status === 'readOnly') {
        setResult({ ...opened, access: 'read' });
        setSaveStatus({ kind: 'readOnly', message: contractTroubleMessage(saved) });
        return false;
      }
      setSaveStatus({ kind: 'failed', message: contractTroubleMessage(saved) });
      return false;
    },
    [graph, result],
  );

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    m365,
    ...(viewer ? { viewer } : {}),
    ...(result ? { result } : {}),
    save,
    saveStatus,
    conflicts,
    dismissConflict: (conflict) => setConflicts((old) => old.filter((c) => c !== conflict)),
    reload,
  };
}
