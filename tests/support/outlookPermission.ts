/**
 * The Outlook permission level an add-in runs at, read from its unified manifest the way Outlook
 * reads it: the `authorization.permissions.resourceSpecific` entry naming one of the four mailbox
 * levels; none declared means "restricted" (Office docs, "Understanding Outlook add-in
 * permissions"). The Office.js mocks (tests/e2e/support/officeMock.js, tests/unit/outlook/
 * appointmentMock.ts) enforce this level, so a manifest that forgets the permission fails the tests
 * exactly as it fails in Outlook: reading item properties needs "read item", setting them needs
 * "read/write item".
 */
export type OutlookPermissionLevel = 'restricted' | 'read item' | 'read/write item' | 'read/write mailbox';

const LEVELS: Record<string, OutlookPermissionLevel> = {
  'MailboxItem.Restricted.User': 'restricted',
  'MailboxItem.Read.User': 'read item',
  'MailboxItem.ReadWrite.User': 'read/write item',
  'Mailbox.ReadWrite.User': 'read/write mailbox',
};

const ORDER: OutlookPermissionLevel[] = ['restricted', 'read item', 'read/write item', 'read/write mailbox'];

export function outlookPermissionLevel(manifest: unknown): OutlookPermissionLevel {
  const rsc =
    (manifest as { authorization?: { permissions?: { resourceSpecific?: { name?: unknown; type?: unknown }[] } } }).authorization?.permissions
      ?.resourceSpecific ?? [];
  // The levels are cumulative; the highest declared one is the one Outlook grants.
  return rsc
    .filter((p) => p.type === 'Delegated' && typeof p.name === 'string' && p.name in LEVELS)
    .map((p) => LEVELS[p.name as string]!)
    .reduce<OutlookPermissionLevel>((best, level) => (ORDER.indexOf(level) > ORDER.indexOf(best) ? level : best), 'restricted');
}

/** True when the level allows setting item properties (setAsync, prependAsync). */
export const canWriteItem = (level: OutlookPermissionLevel) => ORDER.indexOf(level) >= ORDER.indexOf('read/write item');

/** Office's answer to a call above the add-in's level (Office.js error 7000, "Permission Denied"). */
export const PERMISSION_DENIED = {
  code: 7000,
  name: 'Permission Denied',
  message: 'The requested method is not allowed at the current permission level of the add-in.',
};
