/** "Delt med mig" for the signed-in user, through the one Microsoft 365 session. */
import { useMicrosoft365, type Microsoft365 } from '../../ui/m365';
import { useAsync } from '../../ui/useAsync';
import { loadOverview, type Overview } from './overview';

export function useOverview(): { m365: Microsoft365; overview?: Overview; failed: boolean; reload(): void } {
  const m365 = useMicrosoft365();
  const { graph, me } = m365;
  const { state, value, reload } = useAsync(() => {
    if (!graph || !me) return undefined;
    const viewer = { id: me.id, displayName: me.displayName, ...(me.mail ? { mail: me.mail } : {}), userPrincipalName: me.userPrincipalName };
    return loadOverview(graph, viewer);
  }, [graph, me]);
  // Only the current answer: a reload shows the loading state again, not the overview of before.
  const overview = state === 'done' ? value : undefined;
  return { m365, ...(overview ? { overview } : {}), failed: state === 'failed', reload };
}
