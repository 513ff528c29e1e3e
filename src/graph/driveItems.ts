/** Addressing drive items and reading Graph's driveItem into our DriveItemRef. */
import type { DriveItem } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { DriveItemRef } from './types';

export const ITEM_SELECT = 'id,name,eTag,cTag,webUrl,size,folder,file,parentReference,lastModifiedDateTime';

/**
 * Where a file or folder is:
 *  - `path`: in my OneDrive, relative to its root ("Lederdialog/2026 Mette Hansen/lederaftale.json");
 *  - `itemId`: an existing item (in another person's drive when `driveId` is given — a shared item);
 *  - `parentId` + `name`: a child of a folder, created if missing.
 */
export type ItemTarget = { path: string } | { itemId: string; driveId?: string } | { parentId: string; name: string; driveId?: string };

export function encodePath(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map(encodeURIComponent)
    .join('/');
}

function drive(driveId?: string): string {
  return driveId ? `/drives/${encodeURIComponent(driveId)}` : '/me/drive';
}

/** The URL of the item itself. */
export function itemUrl(target: ItemTarget): string {
  if ('path' in target) return `/me/drive/root:/${encodePath(target.path)}:`;
  if ('itemId' in target) return `${drive(target.driveId)}/items/${encodeURIComponent(target.itemId)}`;
  return `${drive(target.driveId)}/items/${encodeURIComponent(target.parentId)}:/${encodePath(target.name)}:`;
}

/** Items in another person's drive need the `.All` file scopes; my own drive needs Files.ReadWrite. */
export function fileScopes(target: ItemTarget, access: 'read' | 'write'): readonly string[] {
  const foreign = 'driveId' in target && target.driveId !== undefined;
  if (!foreign) return scopes.files;
  return access === 'read' ? scopes.sharedFilesRead : scopes.sharedFilesWrite;
}

export function toDriveItemRef(item: DriveItem): DriveItemRef {
  return {
    id: item.id ?? '',
    driveId: item.parentReference?.driveId ?? '',
    name: item.name ?? '',
    eTag: item.eTag ?? '',
    cTag: item.cTag ?? undefined,
    webUrl: item.webUrl ?? '',
    isFolder: item.folder != null,
    size: item.size ?? undefined,
    parentId: item.parentReference?.id ?? undefined,
    lastModifiedDateTime: item.lastModifiedDateTime ?? undefined,
    ...createdByOf(item),
  };
}

/** `createdBy.user` (OneDrive for Business adds `email` beside id and displayName). */
function createdByOf(item: DriveItem): Pick<DriveItemRef, 'createdBy'> {
  const user: { id?: string | null; displayName?: string | null; email?: string | null } | null | undefined = item.createdBy?.user;
  if (!user || (!user.id && !user.email)) return {};
  return {
    createdBy: {
      ...(user.id ? { id: user.id } : {}),
      ...(user.displayName ? { displayName: user.displayName } : {}),
      ...(user.email ? { mail: user.email } : {}),
    },
  };
}
