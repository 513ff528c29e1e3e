/** "Delt med mig" for the signed-in user, through the one Microsoft 365 session. */
import { useEffect, useState } from 'react';
import { useMicrosoft365, type Microsoft365 } from '../../ui/m365';
import { loadOverview, type Overview } from './overview';

export function useOverview(): { m365: Microsoft365; overview?: Overview; failed: boolean; reload(): void } {
  const m365 = useMicrosoft365();
  const [overview, setOverview] = useState<Overview | undefined>();
  const [failed, setFailed] = useState(false);
  const [generation, setGeneration] = useState(0);
  const { graph, me } = m365;
  useEffect(() => {
    if (!graph || !me) return;
    let live = true;
    setOverview(undefined);
    setFailed(false);
    const viewer = { id: me.id, displayName: me.displayName, ...(me.mail ? { mail: me.mail } : {}), userPrincipalName: me.userPrincipalName };
    loadOverview(graph, viewer).then(
      (o) => live && setOverview(o),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [graph, me, generation]);
  return { m365, ...(overview ? { overview } : {}), failed, reload: () => setGeneration((g) => g + 1) };
}
