import { downloadFile, ensureFolder, getAppFolder, getItem, listChildren, uploadSmallFile } from '../../../src/graph/files';
import { inviteToItem, listPermissions, listSharedWithMe, readSharedItem } from '../../../src/graph/sharing';
import { isGraphAppError } from '../../../src/graph/errors';
import { graphErrorWords } from '../../../src/ui/graphErrorWords';
import { AHMED, JONAS, LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';

let env: TestEmulator;
beforeAll(async () => {
  env = await startTestEmulator();
});
afterAll(async () => env.close());

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const contractJson = (v: number) => JSON.stringify({ schema: 1, id: 'c1', version: v, note: 'Æblegrød & <tags>' });

describe('folders', () => {
  it('ensureFolder creates a nested folder once and finds it afterwards', async () => {
    const graph = env.graphAs(METTE);
    const folder = await ensureFolder(graph, 'Lederdialog/2026 Mette Hansen');
    expect(folder).toMatchObject({ name: '2026 Mette Hansen', isFolder: true });
    expect(folder.webUrl).toMatch(/^https?:\/\//);
    const again = await ensureFolder(graph, '/Lederdialog/2026 Mette Hansen/');
    expect(again.id).toBe(folder.id);
    const folders = (await env.state()).driveItems.filter((i) => i.owner === METTE && i.isFolder && ['Lederdialog', '2026 Mette Hansen'].includes(i.name));
    expect(folders).toHaveLength(2);
  });

  it('getAppFolder gives the app folder, or the Lederdialog folder where the app folder is refused', async () => {
    const mine = await getAppFolder(env.graphAs(METTE));
    expect(mine).toMatchObject({ fallback: false, isFolder: true });
    const refused = await getAppFolder(env.graphAs(JONAS));
    expect(refused).toMatchObject({ fallback: true, isFolder: true, name: 'Lederdialog' });
  });
});

describe('small files with eTags', () => {
  it('uploads, downloads, updates with If-Match, and reports a conflict carrying the remote version', async () => {
    const graph = env.graphAs(METTE);
    const path = 'Lederdialog/2026 Mette Hansen/lederaftale.json';
    const first = await uploadSmallFile(graph, { path }, contractJson(1), { contentType: 'application/json' });
    if (first.conflict) throw new Error('unexpected conflict');
    expect(first.item).toMatchObject({ name: 'lederaftale.json', isFolder: false });
    expect(first.eTag).toBeTruthy();

    const read = await downloadFile(graph, { itemId: first.item.id });
    expect(text(read.content)).toBe(contractJson(1));
    expect(read.eTag).toBe(first.eTag);

    const second = await uploadSmallFile(graph, { itemId: first.item.id }, contractJson(2), { ifMatch: first.eTag });
    if (second.conflict) throw new Error('unexpected conflict');
    expect(second.eTag).not.toBe(first.eTag);

    // Someone saving with the old eTag gets a conflict with the current remote version.
    const stale = await uploadSmallFile(graph, { path }, contractJson(3), { ifMatch: first.eTag });
    expect(stale.conflict).toBe(true);
    if (!stale.conflict) return;
    expect(stale.remote.eTag).toBe(second.eTag);
    expect(text(stale.remote.content as Uint8Array)).toBe(contractJson(2));
    expect(text((await downloadFile(graph, { path })).content)).toBe(contractJson(2));
  });

  it('treats a 412 whose remote bytes equal ours as our own earlier save (answer lost)', async () => {
    const graph = env.graphAs(METTE);
    const path = 'Lederdialog/2026 Mette Hansen/retry.json';
    const first = await uploadSmallFile(graph, { path }, 'v1');
    if (first.conflict) throw new Error('unexpected conflict');
    const saved = await uploadSmallFile(graph, { path }, 'v2', { ifMatch: first.eTag });
    if (saved.conflict) throw new Error('unexpected conflict');
    // The retry of the same save, still carrying the eTag it started with:
    const retried = await uploadSmallFile(graph, { path }, 'v2', { ifMatch: first.eTag });
    expect(retried).toMatchObject({ conflict: false, eTag: saved.eTag });
  });

  it('uploads bytes (a .docx) into a folder by parent id and lists the folder', async () => {
    const graph = env.graphAs(METTE);
    const folder = await ensureFolder(graph, 'Lederdialog/2026 Mette Hansen');
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 250, 251, 252]);
    const up = await uploadSmallFile(graph, { parentId: folder.id, name: 'Lederaftale.docx' }, bytes, {
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    if (up.conflict) throw new Error('unexpected conflict');
    expect(Array.from((await downloadFile(graph, { itemId: up.item.id })).content)).toEqual(Array.from(bytes));
    const names = (await listChildren(graph, { path: 'Lederdialog/2026 Mette Hansen' })).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['lederaftale.json', 'Lederaftale.docx']));
    expect((await getItem(graph, { itemId: up.item.id })).size).toBe(bytes.length);
  });
});

describe('sharing', () => {
  it('invites the nearest leader to read; the item’s permissions show it once', async () => {
    const graph = env.graphAs(METTE);
    const folder = await ensureFolder(graph, 'Lederdialog/2026 Mette Hansen');
    const permission = await inviteToItem(graph, folder.id, LARS, 'read');
    expect(permission.roles).toEqual(['read']);
    expect(permission.grantedTo?.mail?.toLowerCase()).toBe(LARS);
    const again = await inviteToItem(graph, folder.id, LARS, 'read');
    expect(again.roles).toEqual(['read']);
    const direct = (await listPermissions(graph, { itemId: folder.id })).filter((p) => p.grantedTo?.mail?.toLowerCase() === LARS && !p.inheritedFromId);
    expect(direct).toHaveLength(1);
  });

  it('lets the nearest leader find, read and (with write) update the shared contract in the owner’s drive', async () => {
    const mette = env.graphAs(METTE);
    const folder = await ensureFolder(mette, 'Lederdialog/2026 Mette Hansen');
    const lars = env.graphAs(LARS);
    const shared = await listSharedWithMe(lars);
    const entry = shared.find((s) => s.id === folder.id);
    expect(entry).toMatchObject({ name: '2026 Mette Hansen', isFolder: true, driveId: folder.driveId });
    expect(entry?.sharedBy?.displayName).toMatch(/Mette/);

    const item = await readSharedItem(lars, entry?.driveId as string, entry?.id as string);
    expect(item.id).toBe(folder.id);
    const files = await listChildren(lars, { itemId: item.id, driveId: item.driveId });
    const json = files.find((f) => f.name === 'lederaftale.json');
    expect(json).toBeDefined();
    const contract = await downloadFile(lars, { itemId: json?.id as string, driveId: item.driveId });
    expect(text(contract.content)).toBe(contractJson(2));

    // Read only: writing is refused, clearly.
    const refused = await uploadSmallFile(lars, { itemId: json?.id as string, driveId: item.driveId }, 'x', { ifMatch: contract.eTag }).catch(
      (e: unknown) => e,
    );
    expect(isGraphAppError(refused) && refused.kind).toBe('accessDenied');

    // "May edit": the nearest leader adds their part with the eTag they read.
    await inviteToItem(mette, folder.id, LARS, 'write');
    const updated = await uploadSmallFile(lars, { itemId: json?.id as string, driveId: item.driveId }, contractJson(4), { ifMatch: contract.eTag });
    expect(updated.conflict).toBe(false);
    expect(text((await downloadFile(mette, { itemId: json?.id as string })).content)).toBe(contractJson(4));
  });

  it('gives someone without access a clear accessDenied or notFound, never the content', async () => {
    const folder = await ensureFolder(env.graphAs(METTE), 'Lederdialog/2026 Mette Hansen');
    const outsider = await readSharedItem(env.graphAs(AHMED), folder.driveId, folder.id).catch((e: unknown) => e);
    expect(isGraphAppError(outsider) && ['accessDenied', 'notFound'].includes(outsider.kind)).toBe(true);
    expect(isGraphAppError(outsider) && graphErrorWords(outsider.kind).da.length).toBeGreaterThan(10);
  });
});
