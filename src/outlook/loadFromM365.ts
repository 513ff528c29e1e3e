/**
 * What the pane fetches after sign-in, through the app's own Graph layer: the nearest leader from
 * the directory, and the leader's newest contract from OneDrive (Lederdialog/<year> <name>/
 * lederaftale.json, as the tab stores it). No contract is a normal answer: the pane then uses the
 * tool's default agenda.
 */
import type { GraphClient } from '../graph/client';
import { isGraphAppError } from '../graph/errors';
import { downloadFile, listChildren } from '../graph/files';
import { getNearestLeader } from '../graph/people';
import type { DriveItemRef, NearestLeader } from '../graph/types';
import { parseContract } from '../domain/schema';
import type { Contract } from '../domain/model';

export const CONTRACTS_FOLDER = 'Lederdialog';
export const CONTRACT_FILE = 'lederaftale.json';

export interface LoadedContract {
  contract: Contract;
  /** The contract folder's OneDrive link: what the nearest leader is shared. */
  folderUrl: string;
}

/** Newest first: the folder changed most recently, then the higher "<year> …" name. */
function newestFirst(a: DriveItemRef, b: DriveItemRef): number {
  const byDate = (b.lastModifiedDateTime ?? '').localeCompare(a.lastModifiedDateTime ?? '');
  return byDate !== 0 ? byDate : b.name.localeCompare(a.name, 'da');
}

export async function loadNewestContract(graph: GraphClient): Promise<LoadedContract | null> {
  let children: DriveItemRef[];
  try {
    children = await listChildren(graph, { path: CONTRACTS_FOLDER });
  } catch (error) {
    if (isGraphAppError(error) && error.kind === 'notFound') return null;
    throw error;
  }
  for (const folder of children.filter((c) => c.isFolder).sort(newestFirst)) {
    let bytes: Uint8Array;
    try {
      bytes = (await downloadFile(graph, { parentId: folder.id, name: CONTRACT_FILE })).content;
    } catch (error) {
      if (isGraphAppError(error) && error.kind === 'notFound') continue;
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      continue; // not JSON: not a contract the app wrote; try an older folder
    }
    const parsed = parseContract(json);
    if (parsed.ok) return { contract: parsed.value, folderUrl: folder.webUrl };
  }
  return null;
}

export interface FetchedFromM365 {
  /** Undefined when the look-up failed (e.g. /me/manager refused without User.Read.All): the leader types the name. */
  nearestLeader: NearestLeader | undefined;
  contract: LoadedContract | null;
}

/**
 * The two look-ups are independent: a refused manager look-up (GET /me/manager is documented with
 * User.Read.All, which needs admin consent) must not lose the contract, so each settles on its own.
 * A failed contract look-up is a failure of the fetch (the pane says so); a failed manager look-up
 * is not.
 */
export async function fetchFromM365(graph: GraphClient): Promise<FetchedFromM365> {
  const [leader, contract] = await Promise.allSettled([getNearestLeader(graph), loadNewestContract(graph)]);
  if (contract.status === 'rejected') throw contract.reason;
  return { nearestLeader: leader.status === 'fulfilled' ? leader.value : undefined, contract: contract.value };
}
