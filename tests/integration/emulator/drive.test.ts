// OneDrive: paths, folders, eTags and 412, the app folder and its refusal, sharing and access.
import { startTestEmulator, UPN, type TestEmulator } from '../support/emulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const json = { 'Content-Type': 'application/json' };

describe('drive items', () => {
  it('serves the drive and creates missing folders when uploading by path', async () => {
    const drive = await t.graph('mette', 'GET', '/me/drive');
    expect(drive.body.driveType).toBe('business');
    expect(drive.body.owner.user.email).toBe(UPN.mette);
    const put = await t.graph('mette', 'PUT', '/me/drive/root:/Lederdialog/2026 Mette Hansen/lederaftale.json:/content', JSON.stringify({ schema: 1 }), json);
    expect(put.status).toBe(201);
    expect(put.body.name).toBe('lederaftale.json');
    expect(put.body.file.mimeType).toBe('application/json');
    expect(put.body.size).toBe(12);
    expect(put.body.parentReference.driveId).toBe(drive.body.id);
    expect(put.body.parentReference.path).toMatch(/root:\/Lederdialog\/2026 Mette Hansen$/);
    expect(put.body.webUrl).toMatch(/^https:\/\/demokommune-my\.sharepoint\.com\/personal\/mette_hansen_demokommune_example\/Documents\/Lederdialog\//);
    const folder = await t.graph('mette', 'GET', '/me/drive/root:/Lederdialog/2026 Mette Hansen');
    expect(folder.body.folder.childCount).toBe(1);
    const children = await t.graph('mette', 'GET', '/me/drive/root:/Lederdialog/2026 Mette Hansen:/children');
    expect(children.body.value.map((c: any) => c.name)).toEqual(['lederaftale.json']);
    const content = await fetch(`${t.emulator.graphUrl}/me/drive/items/${put.body.id}/content`, {
      headers: { Authorization: `Bearer ${await t.token('mette')}` },
    });
    expect(await content.text()).toBe('{"schema":1}');
    const viaDownloadUrl = await fetch(put.body['@microsoft.graph.downloadUrl']);
    expect(await viaDownloadUrl.text()).toBe('{"schema":1}');
  });

  it('creates folders with conflictBehavior fail, rename and replace', async () => {
    const a = await t.graph('mette', 'POST', '/me/drive/root/children', { name: 'Mappe', folder: {}, '@microsoft.graph.conflictBehavior': 'fail' });
    expect(a.status).toBe(201);
    const clash = await t.graph('mette', 'POST', '/me/drive/root/children', { name: 'Mappe', folder: {}, '@microsoft.graph.conflictBehavior': 'fail' });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('nameAlreadyExists');
    const renamed = await t.graph('mette', 'POST', `/me/drive/items/${(await t.graph('mette', 'GET', '/me/drive/root')).body.id}/children`, {
      name: 'Mappe',
      folder: {},
      '@microsoft.graph.conflictBehavior': 'rename',
    });
    expect(renamed.body.name).toBe('Mappe 1');
    const replaced = await t.graph('mette', 'POST', '/me/drive/root/children', { name: 'Mappe', folder: {}, '@microsoft.graph.conflictBehavior': 'replace' });
    expect(replaced.body.id).toBe(a.body.id);
  });

  it('changes eTag and cTag on every write and answers 412 to a stale If-Match', async () => {
    const v1 = await t.graph('mette', 'PUT', '/me/drive/root:/etag.json:/content', '{"v":1}', json);
    const v2 = await t.graph('mette', 'PUT', `/me/drive/items/${v1.body.id}/content`, '{"v":2}', { ...json, 'If-Match': v1.body.eTag });
    expect(v2.status).toBe(200);
    expect(v2.body.eTag).not.toBe(v1.body.eTag);
    expect(v2.body.cTag).not.toBe(v1.body.cTag);
    expect(v2.headers.get('etag')).toBe(v2.body.eTag);
    const stale = await t.graph('mette', 'PUT', `/me/drive/items/${v1.body.id}/content`, '{"v":3}', { ...json, 'If-Match': v1.body.eTag });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('preconditionFailed');
    const parent = v1.body.parentReference.id;
    const byParent = await t.graph('mette', 'PUT', `/me/drive/items/${parent}:/etag.json:/content`, '{"v":3}', { ...json, 'If-Match': v2.body.eTag });
    expect(byParent.status).toBe(200);
    const content = await t.graph('mette', 'GET', `/me/drive/items/${v1.body.id}/content`);
    expect(content.body).toEqual({ v: 3 });
    const createOnly = await t.graph('mette', 'PUT', '/me/drive/root:/etag.json:/content', '{}', { ...json, 'If-None-Match': '*' });
    expect(createOnly.status).toBe(412);
  });

  it('gives the app folder, and refuses it to Jonas so the fallback can be exercised', async () => {
    const app = await t.graph('mette', 'GET', '/me/drive/special/approot');
    expect(app.status).toBe(200);
    expect(app.body.specialFolder).toEqual({ name: 'approot' });
    const notes = await t.graph('mette', 'PUT', '/me/drive/special/approot:/private-notes.json:/content', '{"n":1}', json);
    expect(notes.status).toBe(201);
    expect(notes.body.parentReference.id).toBe(app.body.id);
    const jonas = await t.graph('jonas', 'GET', '/me/drive/special/approot');
    expect(jonas.status).toBe(403);
    expect(jonas.body.error.code).toBe('accessDenied');
    const fallback = await t.graph('jonas', 'PUT', '/me/drive/root:/Lederdialog/private-notes.json:/content', '{"n":1}', json);
    expect(fallback.status).toBe(201);
  });
});

describe('sharing', () => {
  it('invites the nearest leader, who sees the folder in sharedWithMe and can read, not write', async () => {
    const file = await t.graph('mette', 'PUT', '/me/drive/root:/Delt/2026 Mette Hansen/lederaftale.json:/content', '{"contract":1}', json);
    const folder = await t.graph('mette', 'GET', '/me/drive/root:/Delt/2026 Mette Hansen');
    const inv = await t.graph('mette', 'POST', `/me/drive/items/${folder.body.id}/invite`, {
      recipients: [{ email: UPN.lars }],
      roles: ['read'],
      requireSignIn: true,
      sendInvitation: false,
      message: 'Vores aftale',
    });
    expect(inv.status).toBe(200);
    const perm = inv.body.value[0];
    expect(perm.roles).toEqual(['read']);
    expect(perm.grantedToV2.user.email).toBe(UPN.lars);
    expect(perm.grantedTo.user.displayName).toBe('Lars Nielsen');
    expect(perm.invitation.signInRequired).toBe(true);

    const perms = await t.graph('mette', 'GET', `/me/drive/items/${file.body.id}/permissions`);
    const inherited = perms.body.value.find((p: any) => p.id === perm.id);
    expect(inherited.inheritedFrom.id).toBe(folder.body.id);
    expect(perms.body.value.some((p: any) => p.roles.includes('owner'))).toBe(true);

    const shared = await t.graph('lars', 'GET', '/me/drive/sharedWithMe');
    expect(shared.status).toBe(200);
    const entry = shared.body.value.find((i: any) => i.name === '2026 Mette Hansen');
    expect(entry.remoteItem.id).toBe(folder.body.id);
    expect(entry.remoteItem.parentReference.driveId).toBe(file.body.parentReference.driveId);
    expect(entry.remoteItem.shared.owner.user.email).toBe(UPN.mette);
    expect(entry.remoteItem.folder.childCount).toBe(1);

    const driveId = entry.remoteItem.parentReference.driveId;
    const kids = await t.graph('lars', 'GET', `/drives/${driveId}/items/${folder.body.id}/children`);
    expect(kids.body.value.map((k: any) => k.name)).toEqual(['lederaftale.json']);
    const read = await t.graph('lars', 'GET', `/drives/${driveId}/items/${file.body.id}/content`);
    expect(read.body).toEqual({ contract: 1 });
    const write = await t.graph('lars', 'PUT', `/drives/${driveId}/items/${file.body.id}/content`, '{"contract":2}', json);
    expect(write.status).toBe(403);

    // A third user has no way in, and sees nothing shared.
    const birgitte = await t.graph('birgitte', 'GET', `/drives/${driveId}/items/${file.body.id}/content`);
    expect(birgitte.status).toBe(403);
    expect(birgitte.body.error.code).toBe('accessDenied');
    expect((await t.graph('birgitte', 'GET', `/drives/${driveId}/items/${folder.body.id}/children`)).status).toBe(403);
    expect((await t.graph('birgitte', 'GET', `/drives/${driveId}/root:/Delt`)).status).toBe(403);
    expect((await t.graph('birgitte', 'GET', '/me/drive/sharedWithMe')).body.value).toEqual([]);
    // Nor can Lars reach Mette's app folder (private notes).
    expect((await t.graph('lars', 'GET', `/drives/${driveId}/special/approot`)).status).toBe(403);
  });

  it('lets a write grantee save into the shared folder with eTags; a second invite upgrades, not duplicates', async () => {
    const file = await t.graph('mette', 'PUT', '/me/drive/root:/Skriv/aftale.json:/content', '{"a":1}', json);
    const folderId = file.body.parentReference.id;
    await t.graph('mette', 'POST', `/me/drive/items/${folderId}/invite`, {
      recipients: [{ email: UPN.lars }],
      roles: ['read'],
      requireSignIn: true,
      sendInvitation: false,
    });
    const again = await t.graph('mette', 'POST', `/me/drive/items/${folderId}/invite`, {
      recipients: [{ email: UPN.lars }],
      roles: ['write'],
      requireSignIn: true,
      sendInvitation: false,
    });
    expect(again.body.value[0].roles).toEqual(['write']);
    const state = (await t.demo('GET', '/demo/state')).body;
    expect(state.permissions.filter((p: any) => p.itemId === folderId)).toHaveLength(1);
    const driveId = file.body.parentReference.driveId;
    const w = await t.graph('lars', 'PUT', `/drives/${driveId}/items/${file.body.id}/content`, '{"a":2}', { ...json, 'If-Match': file.body.eTag });
    expect(w.status).toBe(200);
    expect(w.body.lastModifiedBy.user.email).toBe(UPN.lars);
    const stale = await t.graph('mette', 'PUT', `/me/drive/items/${file.body.id}/content`, '{"a":3}', { ...json, 'If-Match': file.body.eTag });
    expect(stale.status).toBe(412);
    const created = await t.graph('lars', 'PUT', `/drives/${driveId}/items/${folderId}:/kommentar.json:/content`, '{"c":1}', json);
    expect(created.status).toBe(201);
    expect(created.body.createdBy.user.email).toBe(UPN.lars);
  });

  it('rejects roles other than read and write', async () => {
    const file = await t.graph('mette', 'PUT', '/me/drive/root:/roles.json:/content', '{}', json);
    const r = await t.graph('mette', 'POST', `/me/drive/items/${file.body.id}/invite`, { recipients: [{ email: UPN.lars }], roles: ['owner'] });
    expect(r.status).toBe(400);
  });
});
