/**
 * What "delete" does to each item of "Mine data", and in which order: pure, so the preview shows
 * exactly the plan that runs.
 *
 * Order: meetings are cancelled first (the nearest leader gets the cancellation with a message, so
 * nothing vanishes silently from their calendar), then the leader's own reminders, then the
 * sharing is revoked, then the OneDrive folders and notes go (to the recycle bin), and the browser's
 * copy last — the local record is what a rerun needs to find what failed, so it is cleared only
 * once everything else is gone.
 *
 * A rerun plans again from a fresh inventory: what is already gone is no longer listed (or answers
 * 404, which counts as done), so a second delete has nothing to do.
 */
import type { DataItem } from './myData';

export type DeletionAction =
  'cancelMeeting' | 'deleteEvent' | 'deleteTask' | 'deleteChatMessage' | 'revokeSharing' | 'deleteDriveItem' | 'withFolder' | 'clearLocal' | 'stays';

export interface DeletionStep {
  action: DeletionAction;
  item: DataItem;
}

export type DeletionScope = { kind: 'all' } | { kind: 'contract'; contractId: string };

const ORDER: DeletionAction[] = [
  'cancelMeeting',
  'deleteEvent',
  'deleteTask',
  'deleteChatMessage',
  'revokeSharing',
  'deleteDriveItem',
  'withFolder',
  'clearLocal',
  'stays',
];

/** What deleting does to one item. */
export function actionFor(item: DataItem, folderIds: ReadonlySet<string>): DeletionAction {
  switch (item.kind) {
    case 'dialogueEvent':
    case 'followUpSeries':
      // Only the organiser can cancel; a copy in my calendar that I did not organise is my own to delete.
      return item.organizer === false || item.cancelled ? 'deleteEvent' : 'cancelMeeting';
    case 'reminderEvent':
      return 'deleteEvent';
    case 'todoTask':
      return 'deleteTask';
    case 'permission':
      return 'revokeSharing';
    case 'contractFolder':
    case 'privateNotes':
      return 'deleteDriveItem';
    case 'contractFile':
      return item.insideFolderId && folderIds.has(item.insideFolderId) ? 'withFolder' : 'deleteDriveItem';
    case 'localRecord':
      return 'clearLocal';
    case 'chatMessage':
      return 'deleteChatMessage';
    case 'meetingTab':
      // The meeting chat belongs to the meeting (and outlives its cancellation): the app and its tab
      // there stay, and the view says so and links to it. The contract it showed is gone.
      return 'stays';
  }
}

function inScope(item: DataItem, scope: DeletionScope): boolean {
  if (scope.kind === 'all') return true;
  return item.contractId === scope.contractId;
}

/** The steps for a scope, in the order they run. */
export function planDeletion(items: readonly DataItem[], scope: DeletionScope): DeletionStep[] {
  const chosen = items.filter((i) => inScope(i, scope));
  const folderIds = new Set(chosen.filter((i) => i.kind === 'contractFolder' && i.ref.itemId).map((i) => i.ref.itemId as string));
  return chosen
    .map((item) => ({ action: actionFor(item, folderIds), item }))
    .sort((a, b) => ORDER.indexOf(a.action) - ORDER.indexOf(b.action) || a.item.key.localeCompare(b.item.key));
}

/** Steps that send a request or change storage (the rest are listed for the record only). */
export function actingSteps(steps: readonly DeletionStep[]): DeletionStep[] {
  return steps.filter((s) => s.action !== 'withFolder' && s.action !== 'stays');
}

/**
 * The word the user types to confirm: short, in their language, and different for one contract
 * and for everything, so a confirmation for one cannot be reused for the other.
 */
export function confirmationWord(scope: DeletionScope, locale: 'da' | 'en'): string {
  if (scope.kind === 'all') return locale === 'da' ? 'SLET ALT' : 'DELETE ALL';
  return locale === 'da' ? 'SLET' : 'DELETE';
}

export function isConfirmed(typed: string, scope: DeletionScope, locale: 'da' | 'en'): boolean {
  return typed.trim().toLocaleUpperCase(locale) === confirmationWord(scope, locale);
}
