/** The connection facts for the signed-in user: gathered once Microsoft 365 is ready, again on `reload`. */
import { appConfig } from '../../config';
import type { ConnectionFacts } from '../../domain/connectionStatus';
import { useMicrosoft365, type Microsoft365 } from '../../ui/m365';
import { useAsync } from '../../ui/useAsync';
import { gatherConnection } from './gatherConnection';

export interface ConnectionState {
  m365: Microsoft365;
  facts?: ConnectionFacts;
  reload(): void;
}

export function useConnection(): ConnectionState {
  const m365 = useMicrosoft365();
  const { graph, me, tokenProvider } = m365;
  // gatherConnection never rejects: each look-up that fails becomes a yellow line.
  const { state, value, reload } = useAsync(
    () => (graph && me && tokenProvider ? gatherConnection({ graph, me, tokenProvider, teamsAppId: appConfig.teamsAppId }) : undefined),
    [graph, me, tokenProvider],
  );
  // Only the current answer: a reload shows the gathering again, not the facts of before.
  return { m365, facts: state === 'done' ? value : undefined, reload };
}
