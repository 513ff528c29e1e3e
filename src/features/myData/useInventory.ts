/** The inventory for the signed-in user: gathered once Microsoft 365 is ready, again on `reload`. */
import { useMicrosoft365, type Microsoft365 } from '../../ui/m365';
import { useAsync } from '../../ui/useAsync';
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
  const { graph, me } = m365;
  const { state, value: inventory, error, reload } = useAsync(() => (graph ? gatherInventory(graph, me ? { userId: me.id } : {}) : undefined), [graph, me]);
  // A reload keeps the inventory of before (the view shows it behind `loading`).
  const failed = state === 'failed' ? String((error as { message?: unknown })?.message ?? error) : undefined;
  return { m365, ...(inventory ? { inventory } : {}), loading: state === 'loading', ...(failed ? { failed } : {}), reload };
}
