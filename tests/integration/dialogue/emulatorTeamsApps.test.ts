/**
 * The emulator's Teams-apps-in-chats endpoints, spoken to as raw Graph: the catalog by externalId,
 * the online meeting behind a join link (chatInfo.threadId), installing the app in the meeting's
 * chat (409 when it is there), the chat's tabs, and Graph's 403s (no consent; not a member).
 */
import { startTestEmulator, UPN, type TestEmulator } from '../support/emulator';
import { workingDaySlot } from '../support/slots';

const MANIFEST_ID = '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001';
let t: TestEmulator;
let joinUrl: string;
let thread: string;
let catalogId: string;

beforeAll(async () => {
  t = await startTestEmulator();
  const slot = workingDaySlot(3, 10);
  const created = await t.graph('mette', 'POST', '/me/events', {
    subject: 'Dialog',
    start: slot.start,
    end: slot.end,
    attendees: [{ type: 'required', emailAddress: { address: UPN.lars } }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
  });
  expect(created.status).toBe(201);
  joinUrl = created.body.onlineMeeting.joinUrl;
  thread = decodeURIComponent(/meetup-join\/([^/]+)\//.exec(joinUrl)![1]!);
});

afterAll(async () => {
  await t.close();
});

const chat = (id: string) => `/chats/${encodeURIComponent(id)}`;

it('finds the app in the catalog by its manifest id, with a catalog id of its own', async () => {
  const res = await t.graph('mette', 'GET', `/appCatalogs/teamsApps?$filter=${encodeURIComponent(`externalId eq '${MANIFEST_ID}'`)}`);
  expect(res.status).toBe(200);
  expect(res.body.value).toHaveLength(1);
  expect(res.body.value[0]).toMatchObject({ externalId: MANIFEST_ID, displayName: 'Lederdialog', distributionMethod: 'organization' });
  catalogId = res.body.value[0].id;
  expect(catalogId).not.toBe(MANIFEST_ID);
  const none = await t.graph('mette', 'GET', `/appCatalogs/teamsApps?$filter=${encodeURIComponent("externalId eq 'someone-else'")}`);
  expect(none.body.value).toEqual([]);
});

it('answers the online meeting behind the join link with its chat thread', async () => {
  const res = await t.graph('mette', 'GET', `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`);
  expect(res.status).toBe(200);
  expect(res.body.value[0].chatInfo.threadId).toBe(thread);
  expect(thread).toMatch(/^19:meeting_.+@thread\.v2$/);
  const other = await t.graph(
    'mette',
    'GET',
    `/me/onlineMeetings?$filter=${encodeURIComponent("JoinWebUrl eq 'https://teams.microsoft.com/l/meetup-join/nothing/0'")}`,
  );
  expect(other.body.value).toEqual([]);
});

it('installs the app in the meeting chat once (409 after), then pins a tab that is listed', async () => {
  const bind = `${t.emulator.graphUrl}/appCatalogs/teamsApps/${catalogId}`;
  const install = await t.graph('mette', 'POST', `${chat(thread)}/installedApps`, { 'teamsApp@odata.bind': bind });
  expect(install.status).toBe(201);
  const again = await t.graph('mette', 'POST', `${chat(thread)}/installedApps`, { 'teamsApp@odata.bind': bind });
  expect(again.status).toBe(409);

  const tab = await t.graph('mette', 'POST', `${chat(thread)}/tabs`, {
    displayName: 'Lederdialog',
    'teamsApp@odata.bind': bind,
    configuration: {
      entityId: 'contract-ref-1',
      contentUrl: 'https://app.example/?view=dialogue&contract=contract-ref-1',
      websiteUrl: 'https://app.example/?view=dialogue',
    },
  });
  expect(tab.status).toBe(201);
  expect(tab.body.configuration.entityId).toBe('contract-ref-1');

  // The nearest leader is in the meeting, so sees the tab too.
  const listed = await t.graph('lars', 'GET', `${chat(thread)}/tabs?$expand=teamsApp`);
  expect(listed.status).toBe(200);
  expect(listed.body.value).toHaveLength(1);
  expect(listed.body.value[0]).toMatchObject({ id: tab.body.id, teamsApp: { id: catalogId, externalId: MANIFEST_ID } });
  const state = await t.demo('GET', '/demo/state');
  expect(state.body.chatApps).toEqual([expect.objectContaining({ chatId: thread, teamsAppId: catalogId, installedBy: UPN.mette })]);
  expect(state.body.chatTabs).toEqual([expect.objectContaining({ chatId: thread, createdBy: UPN.mette })]);
});

it('refuses a tab of an app that is not installed, and a body Graph would refuse', async () => {
  const other = await t.graph('mette', 'POST', `${chat(thread)}/tabs`, {
    displayName: 'X',
    'teamsApp@odata.bind': `${t.emulator.graphUrl}/appCatalogs/teamsApps/not-an-app`,
    configuration: { contentUrl: 'https://x' },
  });
  expect(other.status).toBe(404);
  const bad = await t.graph('mette', 'POST', `${chat(thread)}/tabs`, {
    displayName: 'X',
    'teamsApp@odata.bind': `${t.emulator.graphUrl}/appCatalogs/teamsApps/${catalogId}`,
    configuration: { contentUrl: 'https://x', colour: 'red' },
  });
  expect(bad.status).toBe(400);
});

it("answers Graph's 403 to a user who has not consented, and to someone outside the meeting", async () => {
  // A user who has not consented: in a strict tenant no admin consented for everyone, so the token
  // carries only what the user asked for (in a managed one the admin's consent would add the rest).
  expect((await t.demo('POST', '/demo/tenant', { profile: 'strict' })).status).toBe(200);
  const narrow = await t.demo('POST', '/demo/token', { userPrincipalName: UPN.mette, scopes: ['User.Read', 'Calendars.ReadWrite'] });
  expect((await t.demo('POST', '/demo/tenant', { profile: 'managed' })).status).toBe(200);
  const res = await fetch(`${t.emulator.graphUrl}${chat(thread)}/installedApps`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${narrow.body.access_token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ 'teamsApp@odata.bind': `${t.emulator.graphUrl}/appCatalogs/teamsApps/${catalogId}` }),
  });
  expect(res.status).toBe(403);
  expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Missing scope permissions.*TeamsAppInstallation\.ReadWriteSelfForChat/);

  const outsider = await t.graph('jonas', 'GET', `${chat(thread)}/tabs`);
  expect(outsider.status).toBe(403);
  const unknown = await t.graph('mette', 'GET', `${chat('19:meeting_nope@thread.v2')}/tabs`);
  expect(unknown.status).toBe(404);
});
