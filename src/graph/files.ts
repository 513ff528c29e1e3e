/**
 * OneDrive: folders, small files with eTags, the app folder. Saving never silently overwrites:
 * an update carries If-Match, and a 412 comes back as a conflict holding the remote version.
 */
import type { DriveItem } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { GraphClient } from './client';
import { encodePath, fileScopes, itemUrl, ITEM_SELECT, toDriveItemRef, type ItemTarget } from './driveItems';
import { isGraphAppError } from './errors';
import type { DownloadedFile, DriveItemRef, UploadResult } from './types';

export type { ItemTarget };

/** Graph's simple upload takes up to 250 MB; the app's files are a few kB, so 4 MB is a sanity bound. */
export const SMALL_FILE_LIMIT = 4 * 1024 * 1024;

export async function getItem(graph: GraphClient, target: ItemTarget): Promise<DriveItemRef> {
  const item = await graph.get<DriveItem>(`${itemUrl(target)}?$select=${ITEM_SELECT}`, fileScopes(target, 'read'));
  return toDriveItemRef(item);
}

/** The children of a folder (e.g. to find lederaftale.json in a shared contract folder). */
export async function listChildren(graph: GraphClient, folder: ItemTarget): Promise<DriveItemRef[]> {
  const base = 'path' in folder ? `/me/drive/root:/${encodePath(folder.path)}:` : itemUrl(folder);
  const items = await graph.getAll<DriveItem>(`${base}/children?$select=${ITEM_SELECT}&$top=200`, fileScopes(folder, 'read'), 1000);
  return items.map(toDriveItemRef);
}

async function createFolder(graph: GraphClient, parent: string, name: string): Promise<DriveItemRef> {
  const parentUrl = parent === '' ? '/me/drive/root' : `/me/drive/root:/${encodePath(parent)}:`;
  try {
    // conflictBehavior "fail" makes the create safe to repeat: a second one answers 409, and the
    // folder the first one made is then read back.
    const created = await graph.post<DriveItem>(
      `${parentUrl}/children`,
      scopes.files,
      { name, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' },
      { retry: 'all' },
    );
    return toDriveItemRef(created);
  } catch (error) {
    if (isGraphAppError(error) && error.kind === 'conflict') return getItem(graph, { path: parent === '' ? name : `${parent}/${name}` });
    throw error;
  }
}

/** A folder at `path` in my OneDrive ("Lederdialog/2026 Mette Hansen"), created with its parents if missing. */
export async function ensureFolder(graph: GraphClient, path: string): Promise<DriveItemRef> {
  const segments = path.split('/').filter((s) => s.trim() !== '');
  if (segments.length === 0) throw new Error('ensureFolder needs a folder path');
  try {
    const existing = await getItem(graph, { path: segments.join('/') });
    if (!existing.isFolder) throw new Error(`${path} exists and is not a folder`);
    return existing;
  } catch (error) {
    if (!isGraphAppError(error) || error.kind !== 'notFound') throw error;
  }
  const parent = segments.slice(0, -1).join('/');
  if (parent !== '') await ensureFolder(graph, parent);
  return createFolder(graph, parent, segments[segments.length - 1] as string);
}

function contentUrl(target: ItemTarget): string {
  return 'path' in target ? `/me/drive/root:/${encodePath(target.path)}:/content` : `${itemUrl(target)}/content`;
}

function toBytes(content: Uint8Array | string): Uint8Array {
  return typeof content === 'string' ? new TextEncoder().encode(content) : content;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Read a file's bytes and the eTag they belong to. The item (with its eTag and pre-authenticated
 * download URL) is read first, then the bytes from that URL; Graph's `/content` is the fallback
 * for an item without one.
 */
export async function downloadFile(graph: GraphClient, target: ItemTarget): Promise<DownloadedFile> {
  const raw = await graph.get<DriveItem & { '@microsoft.graph.downloadUrl'?: string }>(itemUrl(target), fileScopes(target, 'read'));
  const item = toDriveItemRef(raw);
  const downloadUrl = raw['@microsoft.graph.downloadUrl'];
  if (downloadUrl) return { item, eTag: item.eTag, content: await graph.download(downloadUrl) };
  const byId: ItemTarget = { itemId: item.id, ...('driveId' in target && target.driveId ? { driveId: target.driveId } : {}) };
  const response = await graph.send<Uint8Array>({ method: 'GET', path: contentUrl(byId), scopes: fileScopes(target, 'read'), read: 'bytes' });
  return { item, eTag: item.eTag, content: response.body };
}

export interface UploadOptions {
  /** The eTag the caller last saw; the upload fails with a conflict if the file changed since. */
  ifMatch?: string;
  contentType?: string;
}

/**
 * `PUT …/content` of a small file (JSON, .docx). With `ifMatch`, a 412 becomes
 * `{ conflict: true, remote }` carrying the remote eTag and bytes, so the user can choose.
 * A 412 whose remote bytes equal ours is our own earlier attempt (an answer lost on the way back),
 * and counts as success.
 */
export async function uploadSmallFile(
  graph: GraphClient,
  target: ItemTarget,
  content: Uint8Array | string,
  options: UploadOptions = {},
): Promise<UploadResult> {
  const bytes = toBytes(content);
  if (bytes.length > SMALL_FILE_LIMIT) throw new Error(`File too large for a simple upload: ${bytes.length} bytes`);
  const headers: Record<string, string> = { 'Content-Type': options.contentType ?? 'application/octet-stream' };
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  const response = await graph.send<DriveItem>(
    // A Blob, because the SDK would turn a Uint8Array into a Node Buffer (absent in browsers).
    { method: 'PUT', path: contentUrl(target), scopes: fileScopes(target, 'write'), body: new Blob([bytes as BlobPart]), headers },
    [412],
  );
  if (response.status !== 412) {
    const item = toDriveItemRef(response.body);
    return { conflict: false, item, eTag: item.eTag };
  }
  const remote = await downloadFile(graph, target).catch((error: unknown) => {
    if (isGraphAppError(error) && error.kind === 'notFound') return undefined;
    throw error;
  });
  if (!remote) return { conflict: true, remote: { eTag: '' } };
  if (sameBytes(remote.content, bytes)) return { conflict: false, item: remote.item, eTag: remote.eTag };
  return { conflict: true, remote: { eTag: remote.eTag, content: remote.content } };
}

/** The folder for private notes: OneDrive's app folder, or `Lederdialog` where that is refused. */
export async function getAppFolder(graph: GraphClient, fallbackPath = 'Lederdialog'): Promise<DriveItemRef & { fallback: boolean }> {
  try {
    const item = await graph.get<DriveItem>(`/me/drive/special/approot?$select=${ITEM_SELECT}`, scopes.files);
    return { ...toDriveItemRef(item), fallback: false };
  } catch (error) {
    // Accounts where the app folder is refused answer 403/400/404/501; the root folder works.
    const refused = isGraphAppError(error) && (['accessDenied', 'consentMissing', 'notFound', 'badRequest'].includes(error.kind) || error.status === 501);
    if (!refused) throw error;
    return { ...(await ensureFolder(graph, fallbackPath)), fallback: true };
  }
}

/**
 * `DELETE` of a file or folder (with everything in it). OneDrive moves it to the recycle bin, where
 * the owner can restore it until the bin is emptied. An item already gone counts as deleted.
 */
export async function deleteItem(graph: GraphClient, target: ItemTarget): Promise<void> {
  try {
    await graph.send({ method: 'DELETE', path: itemUrl(target), scopes: fileScopes(target, 'write') });
  } catch (error) {
    if (isGraphAppError(error) && error.kind === 'notFound') return;
    throw error;
  }
}

/**
 * The files in OneDrive's app folder (`/me/drive/special/approot/children`), or undefined where the
 * account refuses the app folder (then the fallback folder is used; see getAppFolder).
 */
export async function listAppFolderChildren(graph: GraphClient): Promise<DriveItemRef[] | undefined> {
  try {
    const items = await graph.getAll<DriveItem>(`/me/drive/special/approot/children?$select=${ITEM_SELECT}&$top=200`, scopes.files, 1000);
    return items.map(toDriveItemRef);
  } catch (error) {
    const refused = isGraphAppError(error) && (['accessDenied', 'consentMissing', 'notFound', 'badRequest'].includes(error.kind) || error.status === 501);
    if (refused) return undefined;
    throw error;
  }
}

/** `GET /me/drive`: the signed-in user's OneDrive, only to learn that it is there (the connection view). */
export async function getMyDrive(graph: GraphClient): Promise<{ id: string; driveType?: string }> {
  const drive = await graph.get<{ id?: string; driveType?: string }>('/me/drive?$select=id,driveType', scopes.files);
  return { id: drive.id ?? '', driveType: drive.driveType ?? undefined };
}
