/**
 * "Mine data": everything the app has created or keeps for one user, as one list of items grouped
 * by where each lives. Pure: the items come from two sources that the feature gathers —
 *  - the records (the contract's `bookings`, written before and after every request), and
 *  - looking (the Lederdialog folder, the app folder, events with the app's extended property,
 *    To Do tasks linked to Lederdialog, the folders' sharing, the browser's storage) —
 * and `mergeInventory` joins them by what they are in Microsoft 365 (the Graph id), so an item the
 * record knows and the look found is listed once, and one left by an interrupted run (created, but
 * its id never recorded) is listed too.
 */
import type { Bookings, Contract } from './model';

export const DATA_PLACES = ['browser', 'oneDrive', 'appFolder', 'calendar', 'todo', 'sharing', 'chat', 'meetingTab'] as const;
export type DataPlace = (typeof DATA_PLACES)[number];

export type DataItemKind =
  | 'localRecord'
  | 'contractFolder'
  | 'contractFile'
  | 'privateNotes'
  | 'dialogueEvent'
  | 'followUpSeries'
  | 'reminderEvent'
  | 'todoTask'
  | 'permission'
  | 'chatMessage'
  | 'meetingTab';

export type FoundBy = 'record' | 'looking';

/** Where an item is in Microsoft 365 (or the browser): what deleting it needs. */
export interface DataItemRef {
  eventId?: string;
  listId?: string;
  taskId?: string;
  itemId?: string;
  driveId?: string;
  /** The shared folder a permission belongs to. */
  folderId?: string;
  permissionId?: string;
  chatId?: string;
  messageId?: string;
  /** Browser storage: the key (localStorage) or `indexedDB:<store>` name. */
  storageKey?: string;
}

export interface DataItem {
  /** Unique in one inventory: kind and the item's own id. */
  key: string;
  place: DataPlace;
  kind: DataItemKind;
  /** What the item is, in words (a subject, a file name, a person). */
  title: string;
  /** The contract it belongs to, when it belongs to one. */
  contractId?: string;
  /** Where to open it (OneDrive, Outlook, To Do, Teams). */
  link?: string;
  /** When it was created (or, failing that, last changed or booked for), ISO 8601. */
  date?: string;
  foundBy: FoundBy[];
  ref: DataItemRef;
  /** Meetings: I organise it (only the organiser can cancel). */
  organizer?: boolean;
  /** A file inside a contract folder: deleting the folder deletes it. */
  insideFolderId?: string;
  /** Already cancelled (an attendee's copy, or a meeting cancelled earlier). */
  cancelled?: boolean;
}

export function itemKey(kind: DataItemKind, id: string): string {
  return `${kind}:${id}`;
}

function item(kind: DataItemKind, place: DataPlace, id: string, fields: Omit<DataItem, 'key' | 'kind' | 'place' | 'foundBy'>, foundBy: FoundBy): DataItem {
  return { key: itemKey(kind, id), kind, place, foundBy: [foundBy], ...fields };
}

/** Teams link to a chat (the 1:1 chat with the nearest leader, or a meeting's chat). */
export function teamsChatLink(chatId: string): string {
  return `https://teams.microsoft.com/l/chat/${encodeURIComponent(chatId)}/0`;
}

/**
 * The items a contract's booking record names. Only what has an id in Microsoft 365 is an item:
 * a create whose answer was lost has a transactionId or guard key but no id, and is found by looking.
 */
export function itemsFromContract(contract: Contract): DataItem[] {
  const b: Bookings | undefined = contract.bookings;
  if (!b) return [];
  const out: DataItem[] = [];
  const contractId = contract.id;
  const booked = contract.updatedAt;
  const s = b.storage;
  if (s?.folderId) {
    out.push(
      item(
        'contractFolder',
        'oneDrive',
        s.folderId,
        {
          title: s.folderPath,
          contractId,
          ...(s.folderWebUrl ? { link: s.folderWebUrl } : {}),
          date: contract.createdAt,
          ref: { itemId: s.folderId, ...(s.driveId ? { driveId: s.driveId } : {}) },
        },
        'record',
      ),
    );
  }
  for (const [file, name] of [
    [s?.json, 'lederaftale.json'],
    [s?.docx, 'Lederaftale.docx'],
  ] as const) {
    if (!file?.itemId) continue;
    out.push(
      item(
        'contractFile',
        'oneDrive',
        file.itemId,
        {
          title: s ? `${s.folderPath}/${name}` : name,
          contractId,
          ...(file.webUrl ? { link: file.webUrl } : {}),
          date: booked,
          ref: { itemId: file.itemId },
          ...(s?.folderId ? { insideFolderId: s.folderId } : {}),
        },
        'record',
      ),
    );
  }
  if (b.privateNotes?.itemId) {
    out.push(
      item(
        'privateNotes',
        b.privateNotes.location === 'approot' ? 'appFolder' : 'oneDrive',
        b.privateNotes.itemId,
        { title: 'private-noter.json', ref: { itemId: b.privateNotes.itemId } },
        'record',
      ),
    );
  }
  if (b.dialogue?.eventId) {
    const d = b.dialogue;
    out.push(
      item(
        'dialogueEvent',
        'calendar',
        d.eventId as string,
        { title: d.start, contractId, ...(d.webLink ? { link: d.webLink } : {}), date: d.start, ref: { eventId: d.eventId }, organizer: true },
        'record',
      ),
    );
  }
  for (const f of b.followUps) {
    if (!f.seriesMasterId) continue;
    out.push(
      item(
        'followUpSeries',
        'calendar',
        f.seriesMasterId,
        { title: f.id, contractId, ...(f.webLink ? { link: f.webLink } : {}), date: f.start, ref: { eventId: f.seriesMasterId }, organizer: true },
        'record',
      ),
    );
  }
  for (const r of [...b.reminders, ...(b.retired ?? [])]) {
    if (r.kind === 'todo' && r.taskId && r.taskListId) {
      out.push(
        item(
          'todoTask',
          'todo',
          r.taskId,
          { title: r.text, contractId, date: r.firstDate ?? r.attemptedAt ?? booked, ref: { taskId: r.taskId, listId: r.taskListId } },
          'record',
        ),
      );
    } else if (r.kind === 'event' && r.eventId) {
      out.push(item('reminderEvent', 'calendar', r.eventId, { title: r.text, contractId, date: r.firstDate ?? booked, ref: { eventId: r.eventId } }, 'record'));
    }
  }
  if (b.share?.permissionId && s?.folderId) {
    out.push(
      item(
        'permission',
        'sharing',
        `${s.folderId}/${b.share.permissionId}`,
        {
          title: b.share.recipient ?? '',
          contractId,
          ...(s.folderWebUrl ? { link: s.folderWebUrl } : {}),
          date: b.share.invitedAt ?? b.share.attemptedAt ?? booked,
          ref: { folderId: s.folderId, permissionId: b.share.permissionId },
        },
        'record',
      ),
    );
  }
  if (b.chat?.messageId && b.chat.chatId) {
    out.push(
      item(
        'chatMessage',
        'chat',
        b.chat.messageId,
        { title: b.chat.chatId, contractId, link: teamsChatLink(b.chat.chatId), date: booked, ref: { chatId: b.chat.chatId, messageId: b.chat.messageId } },
        'record',
      ),
    );
  }
  const meetingChat = contract.collaboration?.dialogue?.meetingChatId;
  if (meetingChat) {
    out.push(
      item(
        'meetingTab',
        'meetingTab',
        meetingChat,
        {
          title: meetingChat,
          contractId,
          link: teamsChatLink(meetingChat),
          ...(b.dialogue?.start ? { date: b.dialogue.start } : {}),
          ref: { chatId: meetingChat },
        },
        'record',
      ),
    );
  }
  return out;
}

/** One item per key: sources combined, what was found by looking (Graph's own dates and links) wins. */
export function mergeInventory(...lists: readonly DataItem[][]): DataItem[] {
  const byKey = new Map<string, DataItem>();
  for (const list of lists) {
    for (const next of list) {
      const have = byKey.get(next.key);
      if (!have) {
        byKey.set(next.key, { ...next, foundBy: [...next.foundBy], ref: { ...next.ref } });
        continue;
      }
      const looking = next.foundBy.includes('looking');
      const merged: DataItem = looking ? { ...have, ...stripUndefined(next) } : { ...next, ...stripUndefined(have) };
      merged.foundBy = [...new Set([...have.foundBy, ...next.foundBy])].sort();
      merged.ref = { ...have.ref, ...next.ref };
      merged.contractId = have.contractId ?? next.contractId;
      byKey.set(next.key, merged);
    }
  }
  return [...byKey.values()].sort(compareItems);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

function compareItems(a: DataItem, b: DataItem): number {
  const place = DATA_PLACES.indexOf(a.place) - DATA_PLACES.indexOf(b.place);
  if (place !== 0) return place;
  return (a.date ?? '').localeCompare(b.date ?? '') || a.key.localeCompare(b.key);
}

/** The inventory grouped by place, in the order the view shows them; empty places are left out. */
export function groupByPlace(items: readonly DataItem[]): { place: DataPlace; items: DataItem[] }[] {
  return DATA_PLACES.map((place) => ({ place, items: items.filter((i) => i.place === place) })).filter((g) => g.items.length > 0);
}

/** The contracts the inventory mentions, for "delete this contract". */
export function contractIdsOf(items: readonly DataItem[]): string[] {
  return [...new Set(items.map((i) => i.contractId).filter((id): id is string => !!id))];
}
