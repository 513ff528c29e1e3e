// driveItem, drive and permission JSON as OneDrive for Business returns them.
import { createHash, createHmac } from 'node:crypto';
import type { GraphRequest } from '../http/context';
import type { DirectoryUser, EmulatorState, StoredDriveItem, StoredPermission } from '../types';
import { cTagOf, childrenOf, eTagOf, pathOf, driveIdOf } from './model';

const SIGN_KEY = 'lederdialog-emulator-download';
export const downloadSignature = (driveId: string, itemId: string, version: number) =>
  createHmac('sha256', SIGN_KEY).update(`${driveId}/${itemId}/${version}`).digest('base64url');

const personalSite = (u: DirectoryUser) => `https://demokommune-my.sharepoint.com/personal/${u.userPrincipalName.replace(/[.@]/g, '_')}`;

export function identity(state: EmulatorState, userId: string) {
  const u = state.users.find((x) => x.id === userId);
  return { user: { email: u?.mail ?? '', id: userId, displayName: u?.displayName ?? 'System Account' } };
}

export function driveJson(req: GraphRequest, owner: DirectoryUser) {
  return {
    '@odata.context': `${req.graphUrl}/$metadata#drives/$entity`,
    createdDateTime: req.state.seededAt,
    description: '',
    id: driveIdOf(owner.id),
    lastModifiedDateTime: req.state.seededAt,
    name: 'OneDrive',
    webUrl: `${personalSite(owner)}/Documents`,
    driveType: 'business',
    createdBy: { user: { displayName: 'System Account' } },
    lastModifiedBy: { user: { email: owner.mail, id: owner.id, displayName: owner.displayName } },
    owner: { user: { email: owner.mail, id: owner.id, displayName: owner.displayName } },
    quota: { deleted: 0, remaining: 1099511627776, state: 'normal', total: 1099511627776, used: 0 },
  };
}

export function driveItemJson(req: GraphRequest, item: StoredDriveItem, withContext = true): Record<string, unknown> {
  const state = req.state;
  const owner = state.users.find((u) => u.id === item.ownerId)!;
  const path = pathOf(state, item);
  const parent = item.parentId ? state.driveItems.find((i) => i.id === item.parentId) : undefined;
  const bytes = item.content ? Buffer.from(item.content, 'base64') : Buffer.alloc(0);
  const out: Record<string, unknown> = {};
  if (withContext) out['@odata.context'] = `${req.graphUrl}/$metadata#drives('${item.driveId}')/items/$entity`;
  if (!item.isFolder) {
    const base = req.graphUrl.replace(/\/v1\.0$/, '');
    out['@microsoft.graph.downloadUrl'] =
      `${base}/_download/${encodeURIComponent(item.driveId)}/${item.id}?v=${item.contentVersion}&sig=${downloadSignature(item.driveId, item.id, item.contentVersion)}`;
  }
  Object.assign(out, {
    createdDateTime: item.createdDateTime,
    eTag: eTagOf(item),
    id: item.id,
    lastModifiedDateTime: item.lastModifiedDateTime,
    name: item.name,
    webUrl: `${personalSite(owner)}/Documents${path.split('/').map(encodeURIComponent).join('/')}`,
    cTag: cTagOf(item),
    size: item.isFolder ? folderSize(state, item) : bytes.length,
    createdBy: identity(state, item.createdById),
    lastModifiedBy: identity(state, item.lastModifiedById),
    parentReference: parent
      ? {
          driveType: 'business',
          driveId: item.driveId,
          id: parent.id,
          name: parent.parentId ? parent.name : 'Documents',
          path: `/drives/${item.driveId}/root:${pathOf(state, parent)}`,
          siteId: `demokommune-my.sharepoint.com,${owner.id}`,
        }
      : { driveType: 'business', driveId: item.driveId },
    fileSystemInfo: { createdDateTime: item.createdDateTime, lastModifiedDateTime: item.lastModifiedDateTime },
  });
  if (item.isFolder) out.folder = { childCount: childrenOf(state, item.id).length };
  else
    out.file = {
      mimeType: item.mimeType ?? 'application/octet-stream',
      hashes: {
        sha1Hash: createHash('sha1').update(bytes).digest('hex').toUpperCase(),
        sha256Hash: createHash('sha256').update(bytes).digest('hex').toUpperCase(),
      },
    };
  if (!item.parentId) out.root = {};
  if (item.specialFolder) out.specialFolder = { name: item.specialFolder };
  if (state.permissions.some((p) => p.itemId === item.id)) out.shared = { scope: 'users', owner: identity(state, item.ownerId) };
  return out;
}

function folderSize(state: EmulatorState, folder: StoredDriveItem): number {
  let total = 0;
  for (const c of childrenOf(state, folder.id)) total += c.isFolder ? folderSize(state, c) : Buffer.from(c.content ?? '', 'base64').length;
  return total;
}

export function permissionJson(req: GraphRequest, p: StoredPermission, inheritedFrom?: StoredDriveItem): Record<string, unknown> {
  const state = req.state;
  const user = p.userId ? state.users.find((u) => u.id === p.userId) : undefined;
  const grantee = user ? { email: user.mail, id: user.id, displayName: user.displayName } : { email: p.email, displayName: p.email };
  const out: Record<string, unknown> = {
    id: p.id,
    roles: p.roles,
    grantedTo: { user: grantee },
    grantedToV2: {
      user: grantee,
      siteUser: {
        email: grantee.email,
        id: String((Math.abs(hash(p.email)) % 100) + 10),
        displayName: grantee.displayName,
        loginName: `i:0#.f|membership|${grantee.email}`,
      },
    },
    invitation: { email: p.email, signInRequired: p.requireSignIn, invitedBy: identity(state, p.invitedById) },
    shareId: `s!${Buffer.from(p.id).toString('base64url')}`,
    hasPassword: false,
  };
  if (!user) delete (out.grantedTo as Record<string, unknown>).user;
  if (inheritedFrom)
    out.inheritedFrom = { driveId: inheritedFrom.driveId, id: inheritedFrom.id, path: `/drives/${inheritedFrom.driveId}/root:${pathOf(state, inheritedFrom)}` };
  return out;
}

export function ownerPermissionJson(state: EmulatorState, item: StoredDriveItem) {
  const id = identity(state, item.ownerId);
  return {
    id: 'aTowIy5mfG1lbWJlcnNoaXB8b3duZXI',
    roles: ['owner'],
    shareId: `s!owner`,
    hasPassword: false,
    grantedTo: id,
    grantedToV2: { ...id, siteUser: { ...id.user, loginName: `i:0#.f|membership|${id.user.email}` } },
  };
}

function hash(s: string) {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}
