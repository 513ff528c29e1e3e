/** The connection facts for the signed-in user: gathered once Microsoft 365 is ready, again on `reload`. */
import { useCallback, useEffect, useState } from 'react';
import { appConfig } from '../../config';
import type { ConnectionFacts } from '../../domain/connectionStatus';
import { useMicrosoft365, type Microsoft365 } from '../../ui/m365';
import { gatherConnection } from './gatherConnection';

export interface ConnectionState {
  m365: Microsoft365;
  facts?: ConnectionFacts;
  reload(): void;
}

export function useConnection(): ConnectionState {
  const m365 = useMicrosoft365();
  const [facts, setFacts] = useState<ConnectionFacts>();
  const [round, setRound] = useState(0);
  const { graph, me, tokenProvider } = m365;
  useEffect(() => {
    if (!graph || !me || !tokenProvider) return undefined;
    let live = true;
    setFacts(undefined);
    // gatherConnection never rejects: each look-up that fails becomes a yellow line.
    void gatherConnection({ graph, me, tokenProvider, teamsAppId: appConfig.teamsAppId }).then((found) => {
      if (live) setFacts(found);
    });
    return () => {
      live = false;
    };
  }, [graph, me, tokenProvider, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { m365, facts, reload };
}
