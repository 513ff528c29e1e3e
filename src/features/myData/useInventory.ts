/** The inventory for the signed-in user: gathered once Microsoft 365 is ready, again on `reload`. */
import { useCallback, useEffect, useState } from 'react';
import { useMicrosoft365, type Microsoft365 } from '../../ui/m365';
import { gatherInventory, type Inventory } from './discover';

export interface InventoryState {
  m365: Microsoft365;
  inventory?: Inventory;
  loading: boolean;
  failed?: string;
  reload(): void;
}

export function useInventory(): InventoryState {
  const m365 = useMicrosoft365();
  const [inventory, setInventory] = useState<Inventory>();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<string>();
  const [round, setRound] = useState(0);
  const { graph, me } = m365;
  useEffect(() => {
    if (!graph) return undefined;
    let live = true;
    setLoading(true);
    setFailed(undefined);
    gatherInventory(graph, me ? { userId: me.id } : {}).then(
      (found) => {
        if (!live) return;
        setInventory(found);
        setLoading(false);
      },
      (error: unknown) => {
        if (!live) return;
        setFailed(String((error as { message?: unknown })?.message ?? error));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [graph, me, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { m365, ...(inventory ? { inventory } : {}), loading, ...(failed ? { failed } : {}), reload };
}
