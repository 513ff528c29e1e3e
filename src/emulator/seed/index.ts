// A fresh demo organisation: directory, rooms, calendars, an empty OneDrive per user and a
// default To Do list per user.
import type { EmulatorState } from '../types';
import { seedOrgContacts, seedRooms, seedUsers, TENANT_ID } from './organisation';
import { seedCalendars } from './calendars';
import { outlookId, changeKey } from '../state/ids';

export function buildSeedState(now: Date): EmulatorState {
  const state: EmulatorState = {
    schema: 1,
    tenantId: TENANT_ID,
    seededAt: now.toISOString(),
    users: seedUsers(),
    orgContacts: seedOrgContacts(),
    rooms: seedRooms(),
    events: [],
    driveItems: [],
    permissions: [],
    chats: [],
    messages: [],
    todoLists: [],
    todoTasks: [],
  };
  seedCalendars(state, now);
  for (const user of state.users) {
    state.todoLists.push({ id: outlookId('AQMkAD'), ownerId: user.id, displayName: 'Opgaver', wellknownListName: 'defaultList', etag: changeKey() });
  }
  return state;
}
