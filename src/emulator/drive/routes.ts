// OneDrive endpoints under /me/drive and /drives/{driveId}: items by id or path, children,
// folder creation with conflictBehavior, uploads and downloads with If-Match/If-None-Match,
// rename/move, delete, and sharing. Another user's drive is reachable only where a permission
// reaches the item.
//
// Downloads answer 200 with the bytes; real Graph answers 302 to a pre-authenticated URL (which
// items also carry here as @microsoft.graph.downloadUrl). Clients that follow redirects see no
// difference.
import type { Router } from '../http/router';
import type { GraphRequest, GraphResponse } from '../http/context';
import { json, noContent } from '../http/context';
import { GraphError } from '../http/errors';
import { readJsonObject } from '../http/body';
import { page } from '../http/odata';
import { validateEntityBody } from '../csdl/validator';
import type { DirectoryUser, JsonObject, StoredDriveItem } from '../types';
import { parseDriveAddress, isDrivePath, walk, type DriveAddress } from './address';
import {
  accessDenied,
  accessOf,
  ancestors,
  cTagOf,
  childByName,
  childrenOf,
  createFile,
  createFolder,
  deleteSubtree,
  eTagOf,
  itemNotFound,
  mimeTypeFor,
  replaceContent,
  requireAccess,
  touch,
} from './model';
import { driveItemJson, driveJson } from './shape';
import { deletePermission, getPermission, invite, listPermissions, sharedWithMe } from './sharing';

const precondition = () => new GraphError(412, 'preconditionFailed', "ETag does not match current item's value.");

/** If-Match / If-None-Match against an item's eTag or cTag (either is accepted, as OneDrive does). */
function checkPreconditions(req: GraphRequest, item: StoredDriveItem | undefined) {
  const ifMatch = req.headers['if-match'];
  const ifNoneMatch = req.headers['if-none-match'];
  const tags = item ? [eTagOf(item), cTagOf(item)] : [];
  if (ifMatch) {
    const wanted = entityTags(ifMatch);
    if (!item || !(wanted.includes('*') || wanted.some((w) => tags.includes(w)))) throw precondition();
  }
  if (ifNoneMatch && item) {
    const wanted = entityTags(ifNoneMatch);
    if (wanted.includes('*') || wanted.some((w) => tags.includes(w))) throw precondition();
  }
}

/** The tags of an If-Match/If-None-Match list. OneDrive tags contain commas, so split on quotes. */
function entityTags(header: string): string[] {
  const tags = header.match(/\*|"[^"]*"/g) ?? [];
  // A client may also send the bare value without quotes.
  return tags.length ? tags : [header.trim().replace(/^W\//, '')];
}

function conflictBehavior(value: unknown, fallback: 'fail' | 'replace' | 'rename'): 'fail' | 'replace' | 'rename' {
  if (value === undefined || value === null || value === '') return fallback;
  if (value === 'fail' || value === 'replace' || value === 'rename') return value;
  throw new GraphError(400, 'invalidRequest', `Invalid value '${String(value)}' for @microsoft.graph.conflictBehavior: use fail, replace or rename.`);
}

function uniqueName(req: GraphRequest, parent: StoredDriveItem, name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n++) {
    const candidate = `${stem} ${n}${ext}`;
    if (!childByName(req.state, parent.id, candidate)) return candidate;
  }
}

function resolveExisting(req: GraphRequest, addr: DriveAddress): StoredDriveItem {
  const { item } = walk(req.state, addr.base!, addr.relPath);
  if (!item) throw accessOf(req.state, req.user, addr.base!) === 'none' ? accessDenied() : itemNotFound();
  return item;
}

/** Make the missing folders of a path (OneDrive does this for uploads by path). */
function ensureFolders(req: GraphRequest, owner: DirectoryUser, parent: StoredDriveItem, names: string[]): StoredDriveItem {
  let cur = parent;
  for (const name of names) {
    const existing = childByName(req.state, cur.id, name);
    if (existing && !existing.isFolder) throw new GraphError(409, 'nameAlreadyExists', `A file named '${name}' is in the way of the folder path.`);
    cur = existing ?? createFolder(req.state, owner, cur, name, req.user.id);
  }
  return cur;
}

function upload(req: GraphRequest, addr: DriveAddress): GraphResponse {
  const { item, parent, missing } = walk(req.state, addr.base!, addr.relPath);
  const contentType = req.headers['content-type'];
  if (item) {
    if (item.isFolder) throw new GraphError(409, 'nameAlreadyExists', 'The target is a folder; content can only be written to a file.');
    requireAccess(req.state, req.user, item, 'write');
    checkPreconditions(req, item);
    const behavior = conflictBehavior(req.query.get('@microsoft.graph.conflictBehavior'), 'replace');
    if (behavior === 'fail' && addr.relPath.length) throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    if (behavior === 'rename' && addr.relPath.length) {
      const parentOfItem = req.state.driveItems.find((i) => i.id === item.parentId)!;
      const created = createFile(
        req.state,
        addr.driveOwner,
        parentOfItem,
        uniqueName(req, parentOfItem, item.name),
        req.rawBody,
        mimeTypeFor(item.name, contentType),
        req.user.id,
      );
      return json(201, driveItemJson(req, created));
    }
    replaceContent(item, req.rawBody, mimeTypeFor(item.name, contentType), req.user.id);
    return json(200, driveItemJson(req, item), { ETag: eTagOf(item) });
  }
  if (!missing.length) throw itemNotFound();
  requireAccess(req.state, req.user, parent, 'write');
  checkPreconditions(req, undefined);
  const folder = ensureFolders(req, addr.driveOwner, parent, missing.slice(0, -1));
  const name = missing[missing.length - 1]!;
  const created = createFile(req.state, addr.driveOwner, folder, name, req.rawBody, mimeTypeFor(name, contentType), req.user.id);
  return json(201, driveItemJson(req, created), { ETag: eTagOf(created) });
}

function createChild(req: GraphRequest, parent: StoredDriveItem): GraphResponse {
  requireAccess(req.state, req.user, parent, 'write');
  if (!parent.isFolder) throw new GraphError(400, 'invalidRequest', 'Children can only be created in a folder.');
  const body = readJsonObject(req);
  validateEntityBody('driveItem', body, 'invalidRequest');
  const name = body.name;
  if (typeof name !== 'string' || !name) throw new GraphError(400, 'invalidRequest', 'The name property is required.');
  if (!body.folder && !body.file) throw new GraphError(400, 'invalidRequest', 'Either a folder or a file facet is required.');
  const owner = req.state.users.find((u) => u.id === parent.ownerId)!;
  const existing = childByName(req.state, parent.id, name);
  let finalName = name;
  if (existing) {
    const behavior = conflictBehavior(body['@microsoft.graph.conflictBehavior'], 'fail');
    if (behavior === 'fail') throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    if (behavior === 'replace') {
      if (existing.isFolder && body.folder) return json(200, driveItemJson(req, existing));
      deleteSubtree(req.state, existing);
    } else finalName = uniqueName(req, parent, name);
  }
  const created = body.folder
    ? createFolder(req.state, owner, parent, finalName, req.user.id)
    : createFile(req.state, owner, parent, finalName, Buffer.alloc(0), mimeTypeFor(finalName), req.user.id);
  return json(201, driveItemJson(req, created));
}

function updateItem(req: GraphRequest, item: StoredDriveItem): GraphResponse {
  requireAccess(req.state, req.user, item, 'write');
  checkPreconditions(req, item);
  const body = readJsonObject(req);
  validateEntityBody('driveItem', body, 'invalidRequest');
  // A move (parentReference) needs write access to the destination as well, as OneDrive requires:
  // an editor of one shared folder cannot carry the owner's items into folders they may only read
  // (403) or cannot see at all (404, as Graph hides items one has no access to). A folder cannot
  // move into itself or its own subtree.
  const parentRef = body.parentReference as JsonObject | undefined;
  let target: StoredDriveItem | undefined;
  if (parentRef && typeof parentRef.id === 'string' && parentRef.id !== item.parentId) {
    target = req.state.driveItems.find((i) => i.id === parentRef.id && i.ownerId === item.ownerId && i.isFolder);
    if (!target || accessOf(req.state, req.user, target) === 'none') throw itemNotFound();
    requireAccess(req.state, req.user, target, 'write');
    if (ancestors(req.state, target).some((a) => a.id === item.id))
      throw new GraphError(400, 'invalidRequest', 'An item cannot be moved into itself or one of its children.');
  }
  const finalName = typeof body.name === 'string' ? body.name : item.name;
  const finalParent = target?.id ?? item.parentId;
  if (finalParent && (finalName !== item.name || target)) {
    const clash = childByName(req.state, finalParent, finalName);
    if (clash && clash.id !== item.id) throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
  }
  item.name = finalName;
  if (target) item.parentId = target.id;
  touch(item, req.user.id);
  return json(200, driveItemJson(req, item));
}

function download(req: GraphRequest, item: StoredDriveItem): GraphResponse {
  requireAccess(req.state, req.user, item, 'read');
  if (item.isFolder) throw new GraphError(400, 'invalidRequest', 'Folders have no content to download.');
  checkPreconditionsForRead(req, item);
  return {
    status: 200,
    headers: { 'Content-Type': item.mimeType ?? 'application/octet-stream', ETag: eTagOf(item) },
    body: Buffer.from(item.content ?? '', 'base64'),
  };
}

/** A conditional GET: If-None-Match with the current tag → 304. */
function checkPreconditionsForRead(req: GraphRequest, item: StoredDriveItem) {
  const inm = req.headers['if-none-match'];
  if (inm && entityTags(inm).some((t) => t === eTagOf(item) || t === cTagOf(item))) throw new GraphError(304, 'notModified', 'Not modified');
}

function handle(req: GraphRequest): GraphResponse {
  const addr = parseDriveAddress(req.state, req.user, req.path);
  const op = addr.operation;
  const m = req.method;
  if (addr.driveOnly) {
    if (op === 'sharedWithMe' && m === 'GET') return sharedWithMe(req);
    if (op === '' && m === 'GET') {
      if (addr.driveOwner.id !== req.user.id) throw accessDenied();
      return json(200, driveJson(req, addr.driveOwner));
    }
    throw methodNotAllowed(m);
  }
  if (op === 'content' && m === 'PUT') return upload(req, addr);
  const item = resolveExisting(req, addr);
  if (op === '') {
    if (m === 'GET') {
      requireAccess(req.state, req.user, item, 'read');
      return json(200, driveItemJson(req, item));
    }
    if (m === 'PATCH') return updateItem(req, item);
    if (m === 'DELETE') {
      requireAccess(req.state, req.user, item, 'write');
      if (!item.parentId || item.specialFolder) throw new GraphError(403, 'accessDenied', 'The root and special folders cannot be deleted.');
      checkPreconditions(req, item);
      deleteSubtree(req.state, item);
      return noContent();
    }
  }
  if (op === 'children') {
    if (m === 'GET') {
      requireAccess(req.state, req.user, item, 'read');
      const kids = childrenOf(req.state, item.id)
        .sort((a, b) => a.name.localeCompare(b.name, 'da'))
        .map((c) => driveItemJson(req, c, false));
      return json(200, page(req, `drives('${item.driveId}')/items('${item.id}')/children`, kids, 200));
    }
    if (m === 'POST') return createChild(req, item);
  }
  if (op === 'content' && m === 'GET') return download(req, item);
  if (op === 'invite' && m === 'POST') return invite(req, item);
  if (op === 'permissions' && m === 'GET') return listPermissions(req, item);
  const perm = /^permissions\/([^/]+)$/i.exec(op);
  if (perm && m === 'GET') return getPermission(req, item, perm[1]!);
  if (perm && m === 'DELETE') return deletePermission(req, item, perm[1]!);
  throw methodNotAllowed(m, op);
}

const methodNotAllowed = (method: string, op = '') =>
  op && !['children', 'content', 'invite', 'permissions'].includes(op) && !/^permissions\//.test(op)
    ? new GraphError(400, 'BadRequest', `Resource not found for the segment '${op}'.`)
    : new GraphError(405, 'methodNotAllowed', `The HTTP method '${method}' is not allowed here.`);

export function registerDrive(router: Router): void {
  router.addMatcher((_method, path) => (isDrivePath(path) ? handle : null));
}
