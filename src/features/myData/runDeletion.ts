/**
 * Runs a deletion plan (src/domain/myDataDeletion.ts) step by step, reporting each item's outcome.
 * Every call treats "already gone" (404) as done, and a failed step does not stop the others, so a
 * rerun — which plans again from a fresh inventory — finishes exactly what failed. The browser's
 * records are cleared only when every Microsoft 365 step succeeded: they are what the rerun needs.
 */
import type { DeletionScope, DeletionStep } from '../../domain/myDataDeletion';
import { bothLanguages, type LocalizedText } from '../../domain/localized';
import type { GraphClient } from '../../graph/client';
import { deleteOwnMessage } from '../../graph/chat';
import { toGraphAppError } from '../../graph/errors';
import { cancelEvent, deleteEvent } from '../../graph/events';
import { deleteItem } from '../../graph/files';
import { removePermission } from '../../graph/sharing';
import { deleteTask } from '../../graph/todo';
import { clearAllLocalRecords, clearContractRecords } from '../../store/localData';
import { graphErrorWords } from '../../ui/graphErrorWords';
import { myDataStrings } from './strings';

export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

export interface StepProgress {
  key: string;
  status: StepStatus;
  error?: LocalizedText;
}

export interface DeletionOptions {
  scope: DeletionScope;
  /** The message the nearest leader gets with each cancellation. */
  cancelComment: string;
  /** The signed-in user's id (deleting my own chat message, the opened-contracts index). */
  userId?: string;
  /** The demo needs its user choice to stay signed in as the same person. */
  keepDemoUser?: boolean;
  onProgress?: (progress: StepProgress) => void;
}

async function runOne(graph: GraphClient, step: DeletionStep, comment: string, userId: string | undefined): Promise<void> {
  const { ref } = step.item;
  switch (step.action) {
    case 'cancelMeeting':
      if (ref.eventId) await cancelEvent(graph, ref.eventId, comment);
      return;
    case 'deleteEvent':
      if (ref.eventId) await deleteEvent(graph, ref.eventId);
      return;
    case 'deleteTask':
      if (ref.listId && ref.taskId) await deleteTask(graph, ref.listId, ref.taskId);
      return;
    case 'deleteChatMessage':
      if (!userId) throw new Error('deleting a chat message needs the signed-in user');
      if (ref.chatId && ref.messageId) await deleteOwnMessage(graph, userId, ref.chatId, ref.messageId);
      return;
    case 'revokeSharing':
      if (ref.folderId && ref.permissionId) await removePermission(graph, { itemId: ref.folderId }, ref.permissionId);
      return;
    case 'deleteDriveItem':
      if (ref.itemId) await deleteItem(graph, { itemId: ref.itemId });
      return;
    case 'withFolder':
    case 'stays':
    case 'clearLocal':
      return;
  }
}

/** Run the steps; resolves with every step's outcome (never rejects for a Graph failure). */
export async function runDeletion(graph: GraphClient, steps: readonly DeletionStep[], options: DeletionOptions): Promise<StepProgress[]> {
  const results: StepProgress[] = [];
  const report = (p: StepProgress) => {
    const i = results.findIndex((r) => r.key === p.key);
    if (i >= 0) results[i] = p;
    else results.push(p);
    options.onProgress?.(p);
  };
  let failed = false;
  for (const step of steps) {
    if (step.action === 'clearLocal') continue;
    if (step.action === 'withFolder' || step.action === 'stays') {
      report({ key: step.item.key, status: 'skipped' });
      continue;
    }
    report({ key: step.item.key, status: 'running' });
    try {
      await runOne(graph, step, options.cancelComment, options.userId);
      report({ key: step.item.key, status: 'done' });
    } catch (error) {
      failed = true;
      report({ key: step.item.key, status: 'failed', error: graphErrorWords(toGraphAppError(error).kind) });
    }
  }
  const local = steps.filter((s) => s.action === 'clearLocal');
  if (local.length > 0 || options.scope.kind === 'contract') {
    if (failed) {
      for (const s of local) report({ key: s.item.key, status: 'skipped' });
    } else {
      for (const s of local) report({ key: s.item.key, status: 'running' });
      try {
        if (options.scope.kind === 'all') await clearAllLocalRecords({ keepDemoUser: options.keepDemoUser ?? false });
        else await clearContractRecords(options.scope.contractId, options.userId ? { userId: options.userId } : {});
        for (const s of local) report({ key: s.item.key, status: 'done' });
      } catch {
        for (const s of local) report({ key: s.item.key, status: 'failed', error: LOCAL_FAILED });
      }
    }
  }
  return results;
}

const LOCAL_FAILED: LocalizedText = bothLanguages((locale) => myDataStrings[locale].localClearFailed);
