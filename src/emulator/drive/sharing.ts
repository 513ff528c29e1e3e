// Sharing: invite (read or write, per recipient), the permissions on an item (own, inherited and
// the owner's), and the invitee's sharedWithMe view with remoteItem pointing into the owner's drive.
import type { GraphRequest } from '../http/context';
import { json, noContent } from '../http/context';
import { GraphError } from '../http/errors';
import { readJsonObject } from '../http/body';
import { validateActionBody } from '../csdl/validator';
import type { JsonObject, StoredDriveItem, StoredPermission } from '../types';
import { guid, nowIso } from '../state/ids';
import { accessDenied, accessOf, ancestors, permissionsReaching, requireAccess, touch } from './model';
import { driveItemJson, identity, ownerPermissionJson, permissionJson } from './shape';
import { findUser } from '../directory/routes';

export function invite(req: GraphRequest, item: StoredDriveItem) {
  requireAccess(req.state, req.user, item, 'write');
  const body = readJsonObject(req);
  validateActionBody('invite', 'driveItem', body, 'invalidRequest');
  const roles = (body.roles as string[] | undefined) ?? [];
  if (!roles.length) throw new GraphError(400, 'invalidRequest', 'The roles parameter is required.');
  for (const r of roles)
    if (r !== 'read' && r !== 'write') throw new GraphError(400, 'invalidRequest', `Invalid role '${r}': only 'read' and 'write' can be granted by invite.`);
  const recipients = (body.recipients as JsonObject[] | undefined) ?? [];
  if (!recipients.length) throw new GraphError(400, 'invalidRequest', 'At least one recipient is required.');
  const granted: StoredPermission[] = [];
  for (const r of recipients) {
    const key = (r.objectId as string | undefined) ?? (r.email as string | undefined) ?? (r.alias as string | undefined);
    if (!key) throw new GraphError(400, 'invalidRequest', 'Each recipient needs an email, objectId or alias.');
    const user = findUser(req.state, key);
    if (!user && !(r.email as string | undefined)?.includes('@')) throw new GraphError(400, 'invalidRequest', `The recipient '${key}' could not be resolved.`);
    // A strict tenant's sharing policy: OneDrive may be shared only inside the organisation.
    if (!user && req.tenant === 'strict') {
      throw new GraphError(403, 'accessDenied', `The sharing policy of your organization does not allow sharing with people outside it ('${key}').`);
    }
    const email = user?.mail ?? String(r.email);
    const role = roles.includes('write') ? 'write' : 'read';
    // Inviting someone again updates their grant instead of adding a second one, as OneDrive does.
    let p = req.state.permissions.find((x) => x.itemId === item.id && x.email.toLowerCase() === email.toLowerCase());
    if (p) {
      if (role === 'write') p.roles = ['write'];
    } else {
      p = {
        id: guid(),
        itemId: item.id,
        driveId: item.driveId,
        roles: [role],
        ...(user ? { userId: user.id } : {}),
        email,
        invitedById: req.user.id,
        requireSignIn: body.requireSignIn !== false,
        createdDateTime: nowIso(),
      };
      req.state.permissions.push(p);
    }
    granted.push(p);
  }
  touch(item, req.user.id);
  return json(200, { '@odata.context': `${req.graphUrl}/$metadata#Collection(microsoft.graph.permission)`, value: granted.map((p) => permissionJson(req, p)) });
}

/** A user restricted from reading sharing permissions sees only their own items' (see Restriction). */
function requirePermissionsReadable(req: GraphRequest, item: StoredDriveItem): void {
  if (req.user.restrictions.includes('permissions') && item.ownerId !== req.user.id) throw accessDenied();
}

export function listPermissions(req: GraphRequest, item: StoredDriveItem) {
  requireAccess(req.state, req.user, item, 'read');
  requirePermissionsReadable(req, item);
  const value = [
    ownerPermissionJson(req.state, item),
    ...permissionsReaching(req.state, item).map(({ permission, from }) => permissionJson(req, permission, from.id === item.id ? undefined : from)),
  ];
  return json(200, { '@odata.context': `${req.graphUrl}/$metadata#drives('${item.driveId}')/items('${item.id}')/permissions`, value });
}

export function getPermission(req: GraphRequest, item: StoredDriveItem, id: string) {
  requireAccess(req.state, req.user, item, 'read');
  requirePermissionsReadable(req, item);
  const found = permissionsReaching(req.state, item).find((x) => x.permission.id === id);
  if (!found) throw new GraphError(404, 'itemNotFound', 'The permission could not be found.');
  return json(200, {
    '@odata.context': `${req.graphUrl}/$metadata#drives('${item.driveId}')/items('${item.id}')/permissions/$entity`,
    ...permissionJson(req, found.permission, found.from.id === item.id ? undefined : found.from),
  });
}

export function deletePermission(req: GraphRequest, item: StoredDriveItem, id: string) {
  if (accessOf(req.state, req.user, item) !== 'owner') throw new GraphError(403, 'accessDenied', 'Only the owner can remove a permission.');
  const p = req.state.permissions.find((x) => x.itemId === item.id && x.id === id);
  if (!p) throw new GraphError(404, 'itemNotFound', 'The permission could not be found.');
  req.state.permissions = req.state.permissions.filter((x) => x !== p);
  touch(item, req.user.id);
  return noContent();
}

/** Items other people shared with the caller (the top-most shared item of each grant). */
export function sharedWithMe(req: GraphRequest) {
  const { state, user } = req;
  const mine = state.permissions.filter((p) => p.userId === user.id || p.email.toLowerCase() === user.mail.toLowerCase());
  const sharedIds = new Set(mine.map((p) => p.itemId));
  const items = [...sharedIds]
    .map((id) => state.driveItems.find((i) => i.id === id))
    .filter((i): i is StoredDriveItem => !!i && i.ownerId !== user.id)
    .filter(
      (i) =>
        !ancestors(state, i)
          .slice(1)
          .some((a) => sharedIds.has(a.id)),
    );
  const value = items.map((item) => {
    const full = driveItemJson(req, item, false);
    const grant = mine.filter((p) => p.itemId === item.id).sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime))[0]!;
    // What the shared item and its remoteItem both say about the item (Graph repeats it in each).
    const common = {
      id: item.id,
      name: item.name,
      size: full.size,
      webUrl: full.webUrl,
      createdDateTime: item.createdDateTime,
      lastModifiedDateTime: item.lastModifiedDateTime,
      createdBy: full.createdBy,
      lastModifiedBy: full.lastModifiedBy,
    };
    const remoteItem: Record<string, unknown> = {
      ...common,
      fileSystemInfo: full.fileSystemInfo,
      parentReference: { driveId: item.driveId, driveType: 'business', id: (full.parentReference as JsonObject).id ?? null },
      shared: { owner: identity(state, item.ownerId), sharedBy: identity(state, grant.invitedById), sharedDateTime: grant.createdDateTime, scope: 'users' },
      ...(item.isFolder ? { folder: full.folder } : { file: full.file }),
    };
    return {
      ...common,
      parentReference: { driveId: item.driveId, driveType: 'business' },
      ...(item.isFolder ? { folder: full.folder } : { file: full.file }),
      remoteItem,
    };
  });
  return json(200, { '@odata.context': `${req.graphUrl}/$metadata#Collection(driveItem)`, value });
}
