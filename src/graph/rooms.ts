/** Meeting rooms: offered when the directory allows it, silently left out when it does not. */
import type { Room as GraphRoom } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { GraphClient } from './client';
import { isGraphAppError } from './errors';
import type { RoomsResult } from './types';

/**
 * `GET /places/microsoft.graph.room`. Place.Read.All needs admin consent, so a 403 (or a refused
 * consent) is an expected answer: the app then offers only "or another quiet place" as free text.
 */
export async function listRooms(graph: GraphClient): Promise<RoomsResult> {
  try {
    const rooms = await graph.getAll<GraphRoom>('/places/microsoft.graph.room?$top=100', scopes.rooms, 200);
    return {
      available: true,
      rooms: rooms
        .filter((r) => r.emailAddress)
        .map((r) => ({
          id: r.id ?? r.emailAddress ?? '',
          displayName: r.displayName ?? r.emailAddress ?? '',
          emailAddress: r.emailAddress ?? '',
          capacity: r.capacity ?? undefined,
          building: r.building ?? undefined,
          floorLabel: r.floorLabel ?? undefined,
        }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'da')),
    };
  } catch (error) {
    if (isGraphAppError(error) && (error.kind === 'accessDenied' || error.kind === 'consentMissing')) return { available: false };
    throw error;
  }
}
