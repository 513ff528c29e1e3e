/**
 * Keeps the follow-up series' agendas in step with the shared contract from the leader's app: when
 * the contract says they lag behind (agendasStale), they are PATCHed and the version recorded
 * (bringAgendasUpToDate). Each version is tried once by itself; after a failure the view offers
 * "try again" instead of retrying in a loop. Used where the leader opens the shared contract: the
 * dialogue view and the "Fra din nærmeste leder" panel in step 3.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LocalizedText } from '../../domain/localized';
import type { Contract, ContractRole } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { graphErrorWords } from '../../ui/graphErrorWords';
import { agendasStale, agendaVersion, bringAgendasUpToDate, type RecordChange } from './finishDialogue';

export type AgendaSyncState = { kind: 'idle' } | { kind: 'updating' } | { kind: 'updated'; series: number } | { kind: 'failed'; message: LocalizedText };

export interface AgendaSyncInput {
  graph?: GraphClient;
  contract?: Contract;
  role?: ContractRole;
  record?: RecordChange;
  /** False while the view itself is changing the contract (e.g. closing the dialogue). */
  enabled?: boolean;
}

export function useAgendaSync({ graph, contract, role, record, enabled = true }: AgendaSyncInput): { state: AgendaSyncState; retry(): void } {
  const [state, setState] = useState<AgendaSyncState>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const tried = useRef(new Set<string>());
  const latest = useRef({ contract, record });
  latest.current = { contract, record };
  const due = role === 'leader' && !!contract && agendasStale(contract) ? agendaVersion(contract) : undefined;

  useEffect(() => {
    const current = latest.current;
    if (!enabled || !graph || !due || !current.contract || !current.record || tried.current.has(due)) return;
    tried.current.add(due);
    setState({ kind: 'updating' });
    void bringAgendasUpToDate(graph, current.contract, role, current.record).then(
      (result) => {
        if (result.status === 'failed') setState({ kind: 'failed', message: graphErrorWords(result.error.kind) });
        else if (result.status === 'updated') setState({ kind: 'updated', series: result.series });
      },
      (thrown: unknown) => setState({ kind: 'failed', message: { da: String(thrown), en: String(thrown) } }),
    );
  }, [enabled, graph, due, role, attempt]);

  const retry = useCallback(() => {
    tried.current.clear();
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
