/**
 * "Book and share" with its optional last step against the emulator: Lederdialog installed in the
 * booked meeting's chat and the tab pinned with the contract, once; a second run pins nothing new;
 * a user who has not consented (Graph's 403) or an app the organisation has not published gets the
 * one line on adding it by hand, and the booking is complete all the same.
 */
import { DEMO_SCOPES } from '../../../src/emulator/auth/tokens';
import { ADMIN_CONSENT_SCOPES } from '../../../src/emulator/auth/tenant';
import { createGraphClient } from '../../../src/graph/client';
import { decodeContractRef } from '../../../src/host/deepLink';
import { bookAndShare } from '../../../src/features/invite/engine';
import { pinMeetingTab } from '../../../src/features/meetingTab/pinMeetingTab';
import { meetingTabText } from '../../../src/features/meetingTab/strings';
import { prepareScenario } from '../invite/scenario';
import { METTE, startTestEmulator, type TestEmulator } from '../support/emulator';

jest.setTimeout(60_000);

const MEETING_TAB = { teamsAppId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001', appOrigin: 'https://lederdialog.contoso.dk' };

interface TeamsState {
  chatApps: { chatId: string; teamsAppId: string }[];
  chatTabs: { chatId: string; configuration: { entityId: string; contentUrl: string; websiteUrl: string } }[];
}

let t: TestEmulator;
beforeEach(async () => {
  t = await startTestEmulator();
});
afterEach(async () => {
  await t.close();
});

const teamsState = async () => (await t.state()) as unknown as TeamsState;

it('pins the dialogue tab in the meeting chat after the main flow, once', async () => {
  const graph = t.graphAs(METTE);
  const { request } = await prepareScenario(graph);
  const result = await bookAndShare(graph, request, { meetingTab: MEETING_TAB });
  if (result.status === 'invalid') throw new Error('invalid request');
  expect(result.status).toBe('complete');
  // The main flow keeps its figure; the step counts its own round trips.
  expect(result.roundTrips).toBeLessThanOrEqual(4);
  expect(result.meetingTab).toMatchObject({ status: 'pinned', roundTrips: 3 });
  expect(meetingTabText(result.meetingTab!.status, 'da')).toBe('Lederdialog er sat fast i mødet: I finder aftalen i mødets sidepanel.');

  const thread = decodeURIComponent(/meetup-join\/([^/]+)\//.exec(result.bookings.dialogue?.joinUrl ?? '')![1]!);
  expect(result.meetingTab?.chatId).toBe(thread);
  const state = await teamsState();
  expect(state.chatApps).toEqual([expect.objectContaining({ chatId: thread })]);
  expect(state.chatTabs).toHaveLength(1);
  const tab = state.chatTabs[0]!;
  // The entityId is the contract: its id and where lederaftale.json is, in the leader's drive.
  const ref = decodeContractRef(tab.configuration.entityId);
  expect(ref).toMatchObject({ contractId: request.contract.id, itemId: result.bookings.storage?.json.itemId, driveId: result.bookings.storage?.driveId });
  const content = new URL(tab.configuration.contentUrl);
  expect(content.origin).toBe(MEETING_TAB.appOrigin);
  expect(content.searchParams.get('view')).toBe('dialogue');
  expect(content.searchParams.get('contract')).toBe(tab.configuration.entityId);
  expect(new URL(tab.configuration.websiteUrl).searchParams.get('host')).toBeNull();

  // Again, with the record as the UI keeps it: nothing new is pinned.
  const again = await bookAndShare(graph, { ...request, contract: { ...request.contract, bookings: result.bookings } }, { meetingTab: MEETING_TAB });
  if (again.status === 'invalid') throw new Error('invalid request');
  expect(again.roundTrips).toBe(0);
  expect(again.meetingTab).toMatchObject({ status: 'alreadyPinned', tabId: result.meetingTab?.tabId, roundTrips: 2 });
  expect((await teamsState()).chatTabs).toHaveLength(1);
});

it('says how to add it by hand when the user has not consented (403), and the booking stands', async () => {
  const pinScopes = ['AppCatalog.Read.All', 'TeamsAppInstallation.ReadWriteSelfForChat', 'TeamsTab.ReadWriteSelfForChat', 'OnlineMeetings.Read'];
  const scopes = DEMO_SCOPES.filter((s) => !pinScopes.includes(s) && !ADMIN_CONSENT_SCOPES.has(s));
  const graph = createGraphClient({
    baseUrl: t.emulator.graphUrl,
    retry: { baseDelayMs: 20 },
    tokenProvider: {
      kind: 'demo',
      getAccessToken: async () => {
        const res = await fetch(`${t.emulator.url}/demo/token`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ userPrincipalName: METTE, scopes }),
        });
        return ((await res.json()) as { access_token: string }).access_token;
      },
    },
  });
  const { request } = await prepareScenario(graph);
  // From here no admin has consented for everyone (a strict tenant's consent), and the user
  // consented to all but the pin scopes. (Before, the manager look-up needed the admin's User.Read.All.)
  await fetch(`${t.emulator.url}/demo/tenant`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ profile: 'strict' }),
  });
  const result = await bookAndShare(graph, request, { meetingTab: MEETING_TAB });
  if (result.status === 'invalid') throw new Error('invalid request');
  expect(result.status).toBe('complete');
  expect(result.meetingTab).toMatchObject({ status: 'notAllowed', errorKind: 'consentMissing' });
  expect(meetingTabText(result.meetingTab!.status, 'en')).toBe(
    'Add Lederdialog to the meeting yourself: open the meeting in Teams, choose + (Add an app), search for Lederdialog and choose the agreement.',
  );
  const refused = t
    .log()
    .filter((l) => l.status === 403)
    .map((l) => l.url);
  // Only the pin step's first round is refused: the catalog look-up, and (a strict tenant's short
  // join link names no chat) the online meeting behind the link. Nothing of the booking.
  expect(refused).toContainEqual(expect.stringContaining('/appCatalogs/teamsApps'));
  for (const url of refused) expect(url).toMatch(/^\/v1\.0\/(appCatalogs\/teamsApps|me\/onlineMeetings)\?/);
  expect((await teamsState()).chatTabs).toEqual([]);
});

it('says how to add it by hand when the organisation has not published the app, or install is refused', async () => {
  const graph = t.graphAs(METTE);
  const { request } = await prepareScenario(graph);
  const result = await bookAndShare(graph, request, { meetingTab: { ...MEETING_TAB, teamsAppId: '00000000-0000-4000-8000-000000000000' } });
  if (result.status === 'invalid') throw new Error('invalid request');
  expect(result.status).toBe('complete');
  expect(result.meetingTab).toMatchObject({ status: 'notAllowed', errorKind: 'notFound', roundTrips: 1 });

  // Someone outside the meeting (the install answers 403): refused, nothing pinned.
  const outsider = t.graphAs('jonas.pedersen@demokommune.example');
  const outcome = await pinMeetingTab(outsider, { ...MEETING_TAB, joinUrl: result.bookings.dialogue?.joinUrl ?? '', contractRef: request.contract.id });
  expect(outcome).toMatchObject({ status: 'notAllowed', errorKind: 'accessDenied' });
  expect((await teamsState()).chatTabs).toEqual([]);
});
