// OneDrive for each user: a tree of items with eTag/cTag versions, file bytes (base64) and the
// permissions that reach an item from itself or any folder above it.
import { createHash } from 'node:crypto';
import type { DirectoryUser, EmulatorState, StoredDriveItem, StoredPermission } from '../types';
import { driveItemId, guid, nowIso } from '../state/ids';
import { GraphError } from '../http/errors';

export type Access = 'owner' | 'write' | 'read' | 'none';
const RANK: Record<Access, number> = { none: 0, read: 1, write: 2, owner: 3 };

export const APP_FOLDER_NAME = 'Lederdialog';

export function driveIdOf(userId: string): string {
  return `b!${createHash('sha256').update(`drive:${userId}`).digest('base64url')}`;
}

export function ownerOfDrive(state: EmulatorState, driveId: string): DirectoryUser | undefined {
  return state.users.find((u) => driveIdOf(u.id) === driveId);
}

export const itemNotFound = () => new GraphError(404, 'itemNotFound', 'The resource could not be found.');
export const accessDenied = () =>
  new GraphError(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');

function newItem(owner: DirectoryUser, parentId: string | null, name: string, isFolder: boolean, actorId: string): StoredDriveItem {
  const now = nowIso();
  return {
    id: driveItemId(),
    driveId: driveIdOf(owner.id),
    ownerId: owner.id,
    parentId,
    name,
    isFolder,
    version: 1,
    contentVersion: 1,
    createdDateTime: now,
    lastModifiedDateTime: now,
    createdById: actorId,
    lastModifiedById: actorId,
    guid: guid().toUpperCase(),
  };
}

/** The root folder of a user's drive, created on first use. */
export function ensureRoot(state: EmulatorState, owner: DirectoryUser): StoredDriveItem {
  let root = state.driveItems.find((i) => i.ownerId === owner.id && i.parentId === null);
  if (!root) {
    root = newItem(owner, null, 'root', true, owner.id);
    state.driveItems.push(root);
  }
  return root;
}

/** The app folder (/Apps/Lederdialog), created on first use, like OneDrive's special/approot. */
export function ensureAppRoot(state: EmulatorState, owner: DirectoryUser): StoredDriveItem {
  const existing = state.driveItems.find((i) => i.ownerId === owner.id && i.specialFolder === 'approot');
  if (existing) return existing;
  const apps = childByName(state, ensureRoot(state, owner).id, 'Apps') ?? createFolder(state, owner, ensureRoot(state, owner), 'Apps', owner.id);
  const app = createFolder(state, owner, apps, APP_FOLDER_NAME, owner.id);
  app.specialFolder = 'approot';
  return app;
}

export const childrenOf = (state: EmulatorState, id: string) => state.driveItems.filter((i) => i.parentId === id);
export const childByName = (state: EmulatorState, parentId: string, name: string) =>
  state.driveItems.find((i) => i.parentId === parentId && i.name.toLowerCase() === name.toLowerCase());

export function createFolder(state: EmulatorState, owner: DirectoryUser, parent: StoredDriveItem, name: string, actorId: string): StoredDriveItem {
  checkName(name);
  const item = newItem(owner, parent.id, name, true, actorId);
  state.driveItems.push(item);
  touch(parent, actorId);
  return item;
}

export function createFile(
  state: EmulatorState,
  owner: DirectoryUser,
  parent: StoredDriveItem,
  name: string,
  content: Buffer,
  mimeType: string,
  actorId: string,
): StoredDriveItem {
  checkName(name);
  const item = newItem(owner, parent.id, name, false, actorId);
  item.content = content.toString('base64');
  item.mimeType = mimeType;
  state.driveItems.push(item);
  touch(parent, actorId);
  return item;
}

/** A content write: both eTag and cTag move on. */
export function replaceContent(item: StoredDriveItem, content: Buffer, mimeType: string | undefined, actorId: string): void {
  item.content = content.toString('base64');
  if (mimeType) item.mimeType = mimeType;
  item.contentVersion++;
  touch(item, actorId);
}

export function touch(item: StoredDriveItem, actorId: string): void {
  item.version++;
  item.lastModifiedDateTime = nowIso();
  item.lastModifiedById = actorId;
}

function checkName(name: string) {
  if (!name || /["*:<>?/\\|]/.test(name) || name.length > 255 || /^\s|\s$|\.$/.test(name)) {
    throw new GraphError(400, 'invalidRequest', `The name '${name}' contains invalid characters or is not a valid file or folder name.`);
  }
}

export const eTagOf = (i: StoredDriveItem) => `"{${i.guid}},${i.version}"`;
export const cTagOf = (i: StoredDriveItem) => `"c:{${i.guid}},${i.contentVersion}"`;

export function ancestors(state: EmulatorState, item: StoredDriveItem): StoredDriveItem[] {
  const out: StoredDriveItem[] = [];
  for (let cur: StoredDriveItem | undefined = item; cur; cur = cur.parentId ? state.driveItems.find((i) => i.id === cur.parentId) : undefined) out.push(cur);
  return out; // item first, root last
}

/** '/Lederdialog/2026 Mette Hansen' for an item below root ('' for root). */
export function pathOf(state: EmulatorState, item: StoredDriveItem): string {
  return ancestors(state, item)
    .reverse()
    .slice(1)
    .map((i) => `/${i.name}`)
    .join('');
}

export function permissionsReaching(state: EmulatorState, item: StoredDriveItem): { permission: StoredPermission; from: StoredDriveItem }[] {
  const out: { permission: StoredPermission; from: StoredDriveItem }[] = [];
  for (const a of ancestors(state, item)) for (const p of state.permissions) if (p.itemId === a.id) out.push({ permission: p, from: a });
  return out;
}

export function accessOf(state: EmulatorState, user: DirectoryUser, item: StoredDriveItem): Access {
  if (item.ownerId === user.id) return 'owner';
  let best: Access = 'none';
  for (const { permission } of permissionsReaching(state, item)) {
    if (permission.userId !== user.id && permission.email.toLowerCase() !== user.mail.toLowerCase()) continue;
    const level: Access = permission.roles.includes('write') ? 'write' : 'read';
    if (RANK[level] > RANK[best]) best = level;
  }
  return best;
}

export function requireAccess(state: EmulatorState, user: DirectoryUser, item: StoredDriveItem, needed: 'read' | 'write'): Access {
  const access = accessOf(state, user, item);
  if (RANK[access] < RANK[needed]) throw accessDenied();
  return access;
}

export function deleteSubtree(state: EmulatorState, item: StoredDriveItem): void {
  const doomed = new Set<string>();
  const visit = (id: string) => {
    doomed.add(id);
    for (const c of childrenOf(state, id)) visit(c.id);
  };
  visit(item.id);
  state.driveItems = state.driveItems.filter((i) => !doomed.has(i.id));
  state.permissions = state.permissions.filter((p) => !doomed.has(p.itemId));
}

export function mimeTypeFor(name: string, given?: string): string {
  if (given && !/^application\/octet-stream/i.test(given)) return given.split(';')[0]!.trim();
  const ext = name.toLowerCase().split('.').pop();
  const known: Record<string, string> = {
    json: 'application/json',
    txt: 'text/plain',
    html: 'text/html',
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    png: 'image/png',
  };
  return (ext && known[ext]) ?? 'application/octet-stream';
}
