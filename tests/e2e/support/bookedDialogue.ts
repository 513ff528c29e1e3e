/**
 * A booked and shared contract for e2e tests of the views that follow booking (the dialogue panel,
 * the shared contract): "Book and share" driven through the invite engine with the leader's
 * (Mette's) demo token, sharing with "may edit" and pinning the app in the meeting — the same engine
 * the step-3 button runs (its UI has its own e2e test). Also the demo Graph client it uses.
 */
import { bookAndShare } from '../../../src/features/invite/engine';
import { createGraphClient, type GraphClient } from '../../../src/graph/client';
import { prepareScenario } from '../../integration/invite/scenario';
import { appUrl, emulatorUrl } from './browser';
import { demoState, METTE } from './emulatorState';

export const TEAMS_APP_ID = '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001';

export interface Booked {
  contractId: string;
  jsonItemId: string;
  folderId: string;
  seriesMasterId: string;
  chatId: string;
  /** The pinned meeting tab's contentUrl (the `dialogue` view). */
  contentUrl: string;
}

/** Graph as a seeded user, through the emulator's demo token. */
export function demoGraph(upn: string): GraphClient {
  return createGraphClient({
    baseUrl: `${emulatorUrl()}/v1.0`,
    tokenProvider: {
      kind: 'demo',
      getAccessToken: async () => {
        const res = await fetch(`${emulatorUrl()}/demo/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userPrincipalName: upn }),
        });
        return ((await res.json()) as { access_token: string }).access_token;
      },
    },
  });
}

/** Mette's scenario contract, booked and shared with Lars (may edit), the app pinned in the meeting. */
export async function bookDialogueAsMette(): Promise<Booked> {
  const graph = demoGraph(METTE);
  const { request } = await prepareScenario(graph);
  const result = await bookAndShare(graph, { ...request, shareRole: 'write' }, { meetingTab: { teamsAppId: TEAMS_APP_ID, appOrigin: appUrl('') } });
  if (result.status !== 'complete') throw new Error(`Book and share: ${result.status}`);
  if (result.meetingTab?.status !== 'pinned') throw new Error(`meeting tab: ${JSON.stringify(result.meetingTab)}`);
  const state = (await demoState()) as unknown as { chatTabs: { chatId: string; configuration: { contentUrl: string } }[] };
  const tab = state.chatTabs[0]!;
  return {
    contractId: request.contract.id,
    jsonItemId: result.bookings.storage!.json.itemId!,
    folderId: result.bookings.storage!.folderId!,
    seriesMasterId: result.bookings.followUps[0]!.seriesMasterId!,
    chatId: tab.chatId,
    contentUrl: tab.configuration.contentUrl,
  };
}
