/**
 * Gathering "Mine data": the records (the contracts this browser and OneDrive hold) and the look
 * in Microsoft 365 — the Lederdialog folder and its sharing, the app folder (and its fallback),
 * events carrying the app's extended property, To Do tasks linked to Lederdialog, the chat message
 * by its guard key — joined by src/domain/myData.ts. Each place is looked in on its own: a place
 * that cannot be read (no consent, offline) is reported, the others are still listed.
 */
import { CONTRACT_DOCX, CONTRACT_JSON, PRIVATE_FALLBACK_FOLDER, PRIVATE_NOTES_FILE, ROOT_FOLDER } from '../invite/engine/folderName';
import type { Contract } from '../../domain/model';
import { itemKey, itemsFromContract, mergeInventory, teamsChatLink, type DataItem, type DataItemKind, type DataPlace } from '../../domain/myData';
import { parseContract } from '../../domain/schema';
import { findGuardedMessage } from '../../graph/chat';
import type { GraphClient } from '../../graph/client';
import { isGraphAppError, toGraphAppError, type GraphAppError } from '../../graph/errors';
import { listAppEvents, type AppEvent } from '../../graph/events';
import { downloadFile, listChildren, listAppFolderChildren } from '../../graph/files';
import { listPermissions } from '../../graph/sharing';
import { listAppTasks } from '../../graph/todo';
import type { DriveItemRef } from '../../graph/types';
import { readLocalSnapshot, type LocalRecord, type LocalSnapshot } from '../../store/localData';

export interface FoundContract {
  contract: Contract;
  /** Where it was read: OneDrive's lederaftale.json (bytes as stored), and/or this browser. */
  oneDrive?: { jsonItemId: string; bytes: Uint8Array; docxItemId?: string; folderName: string };
  local?: 'draft' | 'archive';
}

export interface Inventory {
  items: DataItem[];
  /** The browser's draft records as read (for the export). */
  local: LocalSnapshot;
  contracts: FoundContract[];
  /** The private notes in OneDrive, as stored (for the export). */
  notesItemId?: string;
  /** Places that could not be looked in, and why. */
  failures: { place: DataPlace; error: GraphAppError }[];
}

function decodeContract(bytes: Uint8Array): Contract | undefined {
  try {
    const parsed = parseContract(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.ok ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}

function notFound(error: unknown): boolean {
  return isGraphAppError(error) && error.kind === 'notFound';
}

const looked = (kind: DataItemKind, place: DataPlace, id: string, fields: Omit<DataItem, 'key' | 'kind' | 'place' | 'foundBy'>): DataItem => ({
  key: itemKey(kind, id),
  kind,
  place,
  foundBy: ['looking'],
  ...fields,
});

/**
 * A file or folder in OneDrive (or the app folder) as found: its link and last change, addressed by
 * its item id. `belongs` names the contract it belongs to; `more` adds to or replaces the rest.
 */
function lookedDriveItem(
  kind: DataItemKind,
  place: DataPlace,
  item: DriveItemRef,
  title: string,
  belongs: { contractId?: string } = {},
  more: Partial<Pick<DataItem, 'ref' | 'insideFolderId'>> = {},
): DataItem {
  return looked(kind, place, item.id, {
    title,
    link: item.webUrl,
    ...(item.lastModifiedDateTime ? { date: item.lastModifiedDateTime } : {}),
    ...belongs,
    ref: { itemId: item.id },
    ...more,
  });
}

/** The browser's records as items. */
export function localItems(records: readonly LocalRecord[]): DataItem[] {
  return records.map((r) =>
    looked('localRecord', 'browser', r.storageKey, {
      title: r.kind,
      ...(r.contractId ? { contractId: r.contractId } : {}),
      ...(r.date ? { date: r.date } : {}),
      ref: { storageKey: r.storageKey },
    }),
  );
}

async function lookInContractFolders(graph: GraphClient, found: FoundContract[]): Promise<DataItem[]> {
  let folders: DriveItemRef[];
  try {
    folders = await listChildren(graph, { path: ROOT_FOLDER });
  } catch (error) {
    if (notFound(error)) return [];
    throw error;
  }
  const items: DataItem[] = [];
  for (const folder of folders) {
    if (!folder.isFolder) {
      items.push(lookedDriveItem('contractFile', 'oneDrive', folder, `${ROOT_FOLDER}/${folder.name}`));
      continue;
    }
    const children = await listChildren(graph, { itemId: folder.id });
    const json = children.find((c) => c.name === CONTRACT_JSON);
    const docx = children.find((c) => c.name === CONTRACT_DOCX);
    let contract: Contract | undefined;
    if (json) {
      const file = await downloadFile(graph, { itemId: json.id });
      contract = decodeContract(file.content);
      if (contract)
        found.push({ contract, oneDrive: { jsonItemId: json.id, bytes: file.content, ...(docx ? { docxItemId: docx.id } : {}), folderName: folder.name } });
    }
    const contractId = contract?.id;
    const belongs = contractId ? { contractId } : {};
    items.push(
      lookedDriveItem('contractFolder', 'oneDrive', folder, `${ROOT_FOLDER}/${folder.name}`, belongs, {
        ref: { itemId: folder.id, ...(folder.driveId ? { driveId: folder.driveId } : {}) },
      }),
    );
    for (const child of children) {
      items.push(lookedDriveItem('contractFile', 'oneDrive', child, `${ROOT_FOLDER}/${folder.name}/${child.name}`, belongs, { insideFolderId: folder.id }));
    }
    for (const p of await listPermissions(graph, { itemId: folder.id })) {
      // The owner's own grant and grants inherited from above are not this folder's sharing.
      if (p.inheritedFromId || p.roles.includes('owner')) continue;
      // A permission carries no date of its own: the folder changed when it was shared.
      items.push(
        looked('permission', 'sharing', `${folder.id}/${p.id}`, {
          title: p.grantedTo?.mail ?? p.grantedTo?.displayName ?? '',
          link: folder.webUrl,
          ...(folder.lastModifiedDateTime ? { date: folder.lastModifiedDateTime } : {}),
          ...belongs,
          ref: { folderId: folder.id, permissionId: p.id },
        }),
      );
    }
  }
  return items;
}

async function lookForNotes(graph: GraphClient, contracts: readonly Contract[]): Promise<DataItem[]> {
  const items: DataItem[] = [];
  const app = await listAppFolderChildren(graph);
  // The fallback folder is used only where the app folder is refused (or a record says it was).
  const fallbackUsed = app === undefined || contracts.some((c) => c.bookings?.privateNotes?.location === 'fallback');
  if (!fallbackUsed) return items.concat((app ?? []).map((child) => lookedDriveItem('privateNotes', 'appFolder', child, child.name)));
  for (const child of app ?? []) {
    items.push(lookedDriveItem('privateNotes', 'appFolder', child, child.name));
  }
  try {
    for (const child of await listChildren(graph, { path: PRIVATE_FALLBACK_FOLDER })) {
      items.push(lookedDriveItem('privateNotes', 'oneDrive', child, `${PRIVATE_FALLBACK_FOLDER}/${child.name}`));
    }
  } catch (error) {
    if (!notFound(error)) throw error;
  }
  return items;
}

/** What kind of event the app made: from the record's transactionIds, else from its shape. */
function eventKind(event: AppEvent, contracts: readonly Contract[]): DataItemKind {
  for (const c of contracts) {
    const b = c.bookings;
    if (!b) continue;
    if (b.dialogue?.transactionId === event.transactionId || b.dialogue?.eventId === event.id) return 'dialogueEvent';
    if (b.followUps.some((f) => f.transactionId === event.transactionId || f.seriesMasterId === event.id)) return 'followUpSeries';
    if ([...b.reminders, ...(b.retired ?? [])].some((r) => r.transactionId === event.transactionId || r.eventId === event.id)) return 'reminderEvent';
  }
  if (event.attendees.length === 0) return 'reminderEvent';
  return event.recurrence ? 'followUpSeries' : 'dialogueEvent';
}

async function lookForEvents(graph: GraphClient, contracts: readonly Contract[]): Promise<DataItem[]> {
  return (await listAppEvents(graph)).map((e) =>
    looked(eventKind(e, contracts), 'calendar', e.id, {
      title: e.subject,
      ...(e.contractId ? { contractId: e.contractId } : {}),
      ...(e.webLink ? { link: e.webLink } : {}),
      date: e.createdDateTime ?? e.start.dateTime,
      ref: { eventId: e.id },
      organizer: e.isOrganizer,
      cancelled: e.isCancelled,
    }),
  );
}

function contractOfTask(externalId: string | undefined, taskId: string, contracts: readonly Contract[]): string | undefined {
  for (const c of contracts) {
    const reminders = [...(c.bookings?.reminders ?? []), ...(c.bookings?.retired ?? [])];
    if (reminders.some((r) => r.taskId === taskId || (externalId && r.transactionId === externalId))) return c.id;
    // The guard key starts with the agreement's id: a task whose record was lost still names it.
    const agreementId = externalId?.split(':')[0];
    if (agreementId && [...c.selfAgreements, ...c.leaderAgreements].some((a) => a.id === agreementId)) return c.id;
  }
  return undefined;
}

async function lookForTasks(graph: GraphClient, contracts: readonly Contract[]): Promise<DataItem[]> {
  return (await listAppTasks(graph)).map((t) => {
    const contractId = contractOfTask(t.externalId, t.id, contracts);
    return looked('todoTask', 'todo', t.id, {
      title: t.title,
      ...(contractId ? { contractId } : {}),
      link: `https://to-do.office.com/tasks/id/${encodeURIComponent(t.id)}/details`,
      ...(t.createdDateTime ? { date: t.createdDateTime } : {}),
      ref: { taskId: t.id, listId: t.listId },
    });
  });
}

/** A chat message whose answer was lost: found by the guard key the record kept. */
async function lookForChatMessages(graph: GraphClient, contracts: readonly Contract[]): Promise<DataItem[]> {
  const items: DataItem[] = [];
  for (const c of contracts) {
    const chat = c.bookings?.chat;
    if (!chat?.chatId || chat.messageId) continue;
    const message = await findGuardedMessage(graph, chat.chatId, chat.guardKey);
    if (message)
      items.push(
        looked('chatMessage', 'chat', message.id, {
          title: chat.chatId,
          contractId: c.id,
          link: message.webUrl ?? teamsChatLink(chat.chatId),
          ...(message.createdDateTime ? { date: message.createdDateTime } : {}),
          ref: { chatId: chat.chatId, messageId: message.id },
        }),
      );
  }
  return items;
}

function localContracts(local: LocalSnapshot): FoundContract[] {
  const out: FoundContract[] = [];
  const draft = parseContract(local.draft.contract);
  if (
    draft.ok &&
    (draft.value.bookings ||
      draft.value.selfAgreements.length + draft.value.leaderAgreements.length > 0 ||
      Object.values(draft.value.fields).some((f) => f.trim() !== ''))
  ) {
    out.push({ contract: draft.value, local: 'draft' });
  }
  for (const raw of local.archived) {
    const parsed = parseContract(raw);
    if (parsed.ok) out.push({ contract: parsed.value, local: 'archive' });
  }
  return out;
}

/** One list of contracts by id: the OneDrive copy and the local one joined. */
function joinContracts(found: readonly FoundContract[]): FoundContract[] {
  const byId = new Map<string, FoundContract>();
  for (const f of found) {
    const have = byId.get(f.contract.id);
    if (!have) byId.set(f.contract.id, { ...f });
    // The local copy has the full booking record (eTags, private notes' place); OneDrive's the other person's part.
    else
      byId.set(f.contract.id, {
        contract: f.local ? f.contract : have.contract,
        ...((have.oneDrive ?? f.oneDrive) ? { oneDrive: have.oneDrive ?? f.oneDrive } : {}),
        ...((have.local ?? f.local) ? { local: have.local ?? f.local } : {}),
      });
  }
  return [...byId.values()];
}

export interface GatherOptions {
  userId?: string;
  /** What this browser holds (read from the store when absent; tests pass their own). */
  local?: LocalSnapshot;
}

/** Everything, from the records and by looking. */
export async function gatherInventory(graph: GraphClient, options: GatherOptions = {}): Promise<Inventory> {
  const failures: Inventory['failures'] = [];
  const attempt = async <T>(place: DataPlace, run: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      failures.push({ place, error: toGraphAppError(error) });
      return fallback;
    }
  };
  const local = options.local ?? (await readLocalSnapshot(options.userId ? { userId: options.userId } : {}));
  const fromOneDrive: FoundContract[] = [];
  const folderItems = await attempt('oneDrive', () => lookInContractFolders(graph, fromOneDrive), []);
  const contracts = joinContracts([...localContracts(local), ...fromOneDrive]);
  const known = contracts.map((c) => c.contract);
  const [notes, events, tasks, messages] = await Promise.all([
    attempt('appFolder', () => lookForNotes(graph, known), []),
    attempt('calendar', () => lookForEvents(graph, known), []),
    attempt('todo', () => lookForTasks(graph, known), []),
    attempt('chat', () => lookForChatMessages(graph, known), []),
  ]);
  const fromRecords = known.flatMap(itemsFromContract);
  const items = mergeInventory(fromRecords, localItems(local.records), folderItems, notes, events, tasks, messages);
  const notesItem = items.find((i) => i.kind === 'privateNotes' && i.title.endsWith(PRIVATE_NOTES_FILE));
  return { items, local, contracts, ...(notesItem?.ref.itemId ? { notesItemId: notesItem.ref.itemId } : {}), failures };
}
