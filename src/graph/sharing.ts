/**
 * Sharing the contract folder with the nearest leader, and the other side: what others shared with
 * me. Access is exactly what OneDrive grants; nothing here widens it.
 */
import type { DriveItem, DriveRecipient, Identity, Permission } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { GraphClient } from './client';
import { fileScopes, itemUrl, ITEM_SELECT, toDriveItemRef, type ItemTarget } from './driveItems';
import { isGraphAppError } from './errors';
import { guardedCreate } from './guarded';
import type { DriveItemRef, ItemPermission, ShareRole, SharedItem } from './types';

function identityPerson(identity: Identity | null | undefined, mail?: string | null): { displayName: string; mail?: string; id?: string } | undefined {
  const email = (identity as { email?: string } | null | undefined)?.email ?? mail ?? undefined;
  if (!identity && !email) return undefined;
  return { displayName: identity?.displayName ?? email ?? '', mail: email ?? undefined, id: identity?.id ?? undefined };
}

export function toItemPermission(p: Permission): ItemPermission {
  const user = p.grantedToV2?.user ?? p.grantedTo?.user;
  return {
    id: p.id ?? '',
    roles: p.roles ?? [],
    grantedTo: identityPerson(user, p.invitation?.email),
    inheritedFromId: p.inheritedFrom?.id ?? undefined,
    isLink: p.link != null,
  };
}

function matchesRecipient(permission: ItemPermission, mail: string, role: ShareRole): boolean {
  const granted = permission.grantedTo?.mail?.toLowerCase();
  return granted === mail.toLowerCase() && (permission.roles.includes(role) || (role === 'read' && permission.roles.includes('write')));
}

/** `GET …/items/{id}/permissions` (an owner sees all; others only their own). */
export async function listPermissions(graph: GraphClient, target: ItemTarget): Promise<ItemPermission[]> {
  const list = await graph.getAll<Permission>(`${itemUrl(target)}/permissions`, fileScopes(target, 'read'));
  return list.map(toItemPermission);
}

export interface InviteOptions {
  /** Send Microsoft's own sharing mail too; the app tells the nearest leader in the chat instead. */
  sendInvitation?: boolean;
  message?: string;
}

/**
 * `POST /me/drive/items/{id}/invite` with `requireSignIn: true`: read by default, write when the
 * leader chooses "may edit". An invite is not idempotent by contract, so after an ambiguous failure
 * the item's permissions are checked for the recipient before inviting again.
 */
export async function inviteToItem(
  graph: GraphClient,
  itemId: string,
  recipientMail: string,
  role: ShareRole = 'read',
  options: InviteOptions = {},
): Promise<ItemPermission> {
  const target: ItemTarget = { itemId };
  const recipients: DriveRecipient[] = [{ email: recipientMail }];
  const { value } = await guardedCreate({
    create: async () => {
      const answer = await graph.post<{ value?: Permission[] }>(
        `${itemUrl(target)}/invite`,
        scopes.files,
        {
          recipients,
          roles: [role],
          requireSignIn: true,
          sendInvitation: options.sendInvitation ?? false,
          ...(options.message ? { message: options.message } : {}),
        },
        { retry: 'throttleOnly' },
      );
      const first = answer.value?.[0];
      if (!first) throw new Error('Graph answered an invite without a permission');
      return toItemPermission(first);
    },
    findExisting: async () => (await listPermissions(graph, target)).find((p) => matchesRecipient(p, recipientMail, role)),
  });
  return value;
}

/**
 * `GET /me/drive/sharedWithMe`: items others shared with me, addressed by their own drive.
 * (Graph has announced this API's retirement; its successor is a search over shared items. The
 * function keeps the app's view of "shared with me" in one place for that change.)
 */
export async function listSharedWithMe(graph: GraphClient): Promise<SharedItem[]> {
  const items = await graph.getAll<DriveItem>('/me/drive/sharedWithMe', scopes.sharedFilesRead);
  return items
    .map((item) => {
      const remote = item.remoteItem;
      const sharedBy = remote?.shared?.sharedBy?.user ?? remote?.shared?.owner?.user ?? item.shared?.owner?.user;
      return {
        driveId: remote?.parentReference?.driveId ?? item.parentReference?.driveId ?? '',
        id: remote?.id ?? item.id ?? '',
        name: remote?.name ?? item.name ?? '',
        webUrl: remote?.webUrl ?? item.webUrl ?? '',
        isFolder: (remote?.folder ?? item.folder) != null,
        sharedBy: identityPerson(sharedBy),
        sharedDateTime: remote?.shared?.sharedDateTime ?? undefined,
        lastModifiedDateTime: remote?.lastModifiedDateTime ?? item.lastModifiedDateTime ?? undefined,
      };
    })
    .filter((item) => item.driveId !== '' && item.id !== '');
}

/** `GET /drives/{driveId}/items/{id}`: a shared item in its owner's drive (needs Files.Read.All). */
export async function readSharedItem(graph: GraphClient, driveId: string, itemId: string): Promise<DriveItemRef> {
  const item = await graph.get<DriveItem>(
    `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(itemId)}?$select=${ITEM_SELECT}`,
    scopes.sharedFilesRead,
  );
  return toDriveItemRef(item);
}

/**
 * `DELETE …/items/{id}/permissions/{permId}`: the owner stops sharing (only a permission that is not
 * inherited can be removed). A permission already gone counts as removed.
 */
export async function removePermission(graph: GraphClient, target: ItemTarget, permissionId: string): Promise<void> {
  try {
    await graph.send({ method: 'DELETE', path: `${itemUrl(target)}/permissions/${encodeURIComponent(permissionId)}`, scopes: fileScopes(target, 'write') });
  } catch (error) {
    if (isGraphAppError(error) && error.kind === 'notFound') return;
    throw error;
  }
}
