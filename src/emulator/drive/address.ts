// OneDrive addressing: /me/drive | /drives/{driveId}, then root | items/{id} | special/{name},
// optionally followed by ':/relative/path:' and then an operation (/children, /content, /invite,
// /permissions[/{id}]). Resolves to the item (or to the parent + missing name when creating).
import type { DirectoryUser, EmulatorState, StoredDriveItem } from '../types';
import { GraphError } from '../http/errors';
import { accessDenied, childByName, ensureAppRoot, ensureRoot, itemNotFound, ownerOfDrive } from './model';

export interface DriveAddress {
  driveOwner: DirectoryUser;
  /** The drive itself, when no item is addressed. */
  driveOnly: boolean;
  base?: StoredDriveItem;
  /** Path segments below base, from `:/a/b:`. */
  relPath: string[];
  /** '', 'children', 'content', 'invite', 'permissions', 'permissions/{id}', 'sharedWithMe'. */
  operation: string;
}

const DRIVE = /^\/(?:me\/drive|drives\/([^/]+))(\/.*)?$/i;

export function isDrivePath(path: string): boolean {
  return DRIVE.test(path);
}

export function parseDriveAddress(state: EmulatorState, me: DirectoryUser, path: string): DriveAddress {
  const m = DRIVE.exec(path)!;
  const driveOwner = m[1] ? ownerOfDrive(state, m[1]) : me;
  if (!driveOwner) throw new GraphError(404, 'itemNotFound', 'The drive could not be found.');
  let rest = m[2] ?? '';
  if (rest === '' || rest === '/') return { driveOwner, driveOnly: true, relPath: [], operation: '' };
  if (/^\/sharedWithMe\/?$/i.test(rest)) return { driveOwner, driveOnly: true, relPath: [], operation: 'sharedWithMe' };

  let base: StoredDriveItem | undefined;
  let sel: RegExpExecArray | null;
  if ((sel = /^\/root/i.exec(rest))) {
    base = ensureRoot(state, driveOwner);
  } else if ((sel = /^\/items\/([^/:]+)/i.exec(rest))) {
    const id = sel[1]!;
    base = id.toLowerCase() === 'root' ? ensureRoot(state, driveOwner) : state.driveItems.find((i) => i.id === id && i.ownerId === driveOwner.id);
    if (!base) throw itemNotFound();
  } else if ((sel = /^\/special\/([^/:]+)/i.exec(rest))) {
    const name = sel[1]!.toLowerCase();
    if (name === 'approot') {
      if (driveOwner.id !== me.id) throw accessDenied();
      if (driveOwner.restrictions.includes('appFolder')) {
        throw new GraphError(403, 'accessDenied', 'Access denied. The app folder is not available for this user; store the data in a regular folder instead.');
      }
      base = ensureAppRoot(state, driveOwner);
    } else if (name === 'documents') {
      base = ensureRoot(state, driveOwner);
    } else {
      throw new GraphError(400, 'invalidRequest', `The special folder '${sel[1]}' is not supported.`);
    }
  } else {
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${rest.split('/')[1] ?? ''}'.`);
  }
  rest = rest.slice(sel[0].length);

  let relPath: string[] = [];
  if (rest.startsWith(':')) {
    const close = rest.indexOf(':', 1);
    const raw = close < 0 ? rest.slice(1) : rest.slice(1, close);
    relPath = raw.split('/').filter(Boolean);
    rest = close < 0 ? '' : rest.slice(close + 1);
  }
  const operation = rest.replace(/^\//, '').replace(/\/$/, '');
  return { driveOwner, driveOnly: false, base, relPath, operation };
}

/** Walk relPath from base; returns the item, or the deepest existing folder and what is missing. */
export function walk(state: EmulatorState, base: StoredDriveItem, relPath: string[]): { item?: StoredDriveItem; parent: StoredDriveItem; missing: string[] } {
  let cur = base;
  for (let i = 0; i < relPath.length; i++) {
    const next = childByName(state, cur.id, relPath[i]!);
    if (!next) return { parent: cur, missing: relPath.slice(i) };
    cur = next;
  }
  return { item: cur, parent: cur, missing: [] };
}
