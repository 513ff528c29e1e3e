/**
 * "Delt med mig" against a running emulator: Mette shares with Lars; Lars's overview finds the
 * contract from the chat card and from sharedWithMe (merged into one row), with the next follow-up
 * date from his own copy of the series; the local index alone is enough when the other sources are
 * gone; Mette's own contract is not "shared with her"; Jonas sees nothing.
 */
import { followUpDatesFromBookings, nextDate } from '../../../src/features/nearestLeader/status';
import { loadOverview } from '../../../src/features/nearestLeader/overview';
import { isoDate } from '../../../src/domain/dates';
import type { Contract } from '../../../src/domain/model';
import { getMe } from '../../../src/graph/me';
import type { KeyValueStorage } from '../../../src/store/openedContracts';
import { shareAsLeader } from './sharedScenario';
import { LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';

jest.setTimeout(60_000);

const JONAS = 'jonas.pedersen@demokommune.example';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

async function viewer(env: TestEmulator, upn: string) {
  const me = await getMe(env.graphAs(upn));
  return { id: me.id, displayName: me.displayName, ...(me.mail ? { mail: me.mail } : {}), userPrincipalName: me.userPrincipalName };
}

describe('Delt med mig', () => {
  let env: TestEmulator;
  let contract: Contract;

  beforeAll(async () => {
    env = await startTestEmulator();
    ({ contract } = await shareAsLeader(env));
  });
  afterAll(async () => env.close());

  it('the nearest leader sees the contract once, from the chat card and sharedWithMe, with the next follow-up from his own calendar', async () => {
    const storage = memoryStorage();
    const overview = await loadOverview(env.graphAs(LARS), await viewer(env, LARS), { storage });
    expect(overview.sources).toEqual({ opened: 'ok', chat: 'ok', sharedWithMe: 'ok' });
    expect(overview.rows).toHaveLength(1);
    const row = overview.rows[0]!;
    expect(row.contract.id).toBe(contract.id);
    expect(row.leaderName).toBe(contract.leader?.displayName);
    expect(row.period).toEqual(contract.period);
    expect(row.sources.sort()).toEqual(['chat', 'sharedWithMe']);
    expect(row.status).toBe('new');
    expect(row.datesFrom).toBe('calendar');
    // The first follow-up is the one booked (its first start), the next on or after today.
    const series = contract.bookings!.followUps[0]!;
    expect(series.iCalUId).toBeTruthy();
    expect(row.nextFollowUp).toBe(nextDate(followUpDatesFromBookings(contract.bookings!.followUps), isoDate(new Date())));
    expect(row.nextFollowUp).toBe(series.start.slice(0, 10));
    // Found rows are remembered for next time.
    expect([...storage.data.values()].join('')).toContain(contract.id);
  });

  it('the local index alone lists it when chats and sharedWithMe give nothing', async () => {
    const storage = memoryStorage();
    const lars = await viewer(env, LARS);
    await loadOverview(env.graphAs(LARS), lars, { storage });
    // sharedWithMe retired and the chats unreadable: both calls fail.
    const graph = env.graphAs(LARS);
    const originalGetAll = graph.getAll.bind(graph);
    graph.getAll = (async (path: string, ...rest: unknown[]) => {
      if (/sharedWithMe|\/me\/chats/.test(path)) throw new Error('retired');
      return (originalGetAll as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
    }) as typeof graph.getAll;
    const overview = await loadOverview(graph, lars, { storage });
    expect(overview.sources).toEqual({ opened: 'ok', chat: 'failed', sharedWithMe: 'failed' });
    expect(overview.rows.map((r) => [r.contract.id, r.sources])).toEqual([[contract.id, ['opened']]]);
  });

  it('is "new" on the first follow-up day, and "follow-up overdue" the day after when nothing was recorded', async () => {
    const lars = await viewer(env, LARS);
    const overview = await loadOverview(env.graphAs(LARS), lars, {
      storage: memoryStorage(),
      today: new Date(`${contract.bookings!.followUps[0]!.start.slice(0, 10)}T12:00:00`),
    });
    expect(overview.rows[0]?.status).toBe('new');
    const later = new Date(`${contract.bookings!.followUps[0]!.start.slice(0, 10)}T12:00:00`);
    later.setDate(later.getDate() + 1);
    const due = await loadOverview(env.graphAs(LARS), lars, { storage: memoryStorage(), today: later });
    expect(due.rows[0]?.status).toBe('followUpDue');
  });

  it('the leader’s own contract is not listed for her, and someone never invited sees nothing', async () => {
    expect((await loadOverview(env.graphAs(METTE), await viewer(env, METTE), { storage: memoryStorage() })).rows).toEqual([]);
    expect((await loadOverview(env.graphAs(JONAS), await viewer(env, JONAS), { storage: memoryStorage() })).rows).toEqual([]);
  });
});
