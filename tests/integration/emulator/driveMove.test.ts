// OneDrive moves an item (PATCH parentReference) only when the caller may write the destination:
// an editor of one shared folder cannot carry the owner's files into folders shared read-only
// (403) or not shared at all (404: Graph hides items one cannot see).
import { startTestEmulator, UPN, type TestEmulator } from '../support/emulator';

const json = { 'Content-Type': 'application/json' };

describe('moving another person’s drive items', () => {
  let t: TestEmulator;
  let driveId: string;
  let fileId: string;
  const folder = { write: '', writeChild: '', read: '', hidden: '' };

  beforeAll(async () => {
    t = await startTestEmulator();
    const file = await t.graph('mette', 'PUT', '/me/drive/root:/Flyt/Skriv/aftale.json:/content', '{"a":1}', json);
    fileId = file.body.id;
    driveId = file.body.parentReference.driveId;
    folder.write = file.body.parentReference.id;
    folder.writeChild = (await t.graph('mette', 'POST', `/me/drive/items/${folder.write}/children`, { name: 'Under', folder: {} }, json)).body.id;
    folder.read = (await t.graph('mette', 'POST', '/me/drive/root:/Flyt:/children', { name: 'Læs', folder: {} }, json)).body.id;
    folder.hidden = (await t.graph('mette', 'POST', '/me/drive/root:/Flyt:/children', { name: 'Privat', folder: {} }, json)).body.id;
    const invite = (id: string, role: 'read' | 'write') =>
      t.graph('mette', 'POST', `/me/drive/items/${id}/invite`, {
        recipients: [{ email: UPN.lars }],
        roles: [role],
        requireSignIn: true,
        sendInvitation: false,
      });
    expect((await invite(folder.write, 'write')).status).toBe(200);
    expect((await invite(folder.read, 'read')).status).toBe(200);
  }, 30_000);
  afterAll(() => t.close());

  const move = (to: string) => t.graph('lars', 'PATCH', `/drives/${driveId}/items/${fileId}`, { parentReference: { id: to } }, json);
  const parentNow = async () => (await t.graph('mette', 'GET', `/me/drive/items/${fileId}`)).body.parentReference.id as string;

  it('refuses a move into a folder the editor may only read (403), and leaves the item where it was', async () => {
    const r = await move(folder.read);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('accessDenied');
    expect(await parentNow()).toBe(folder.write);
  });

  it('refuses a move into a folder the editor cannot see (404)', async () => {
    const r = await move(folder.hidden);
    expect(r.status).toBe(404);
    expect(await parentNow()).toBe(folder.write);
  });

  it('refuses moving a folder into its own subtree (400)', async () => {
    const r = await t.graph('mette', 'PATCH', `/me/drive/items/${folder.write}`, { parentReference: { id: folder.writeChild } }, json);
    expect(r.status).toBe(400);
  });

  it('allows a move inside what the editor may write, and the owner may move anywhere in their drive', async () => {
    const inside = await move(folder.writeChild);
    expect(inside.status).toBe(200);
    expect(await parentNow()).toBe(folder.writeChild);
    const owner = await t.graph('mette', 'PATCH', `/me/drive/items/${fileId}`, { parentReference: { id: folder.hidden } }, json);
    expect(owner.status).toBe(200);
    expect(await parentNow()).toBe(folder.hidden);
  });
});
