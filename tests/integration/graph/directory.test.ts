import { getMailboxSettings, getMe } from '../../../src/graph/me';
import { getNearestLeader, searchPeople } from '../../../src/graph/people';
import { listRooms } from '../../../src/graph/rooms';
import { BIRGITTE, LARS, METTE, PETER, startTestEmulator, type TestEmulator } from '../support/emulator';

let env: TestEmulator;
beforeAll(async () => {
  env = await startTestEmulator();
});
afterAll(async () => env.close());

describe('me', () => {
  it('getMe returns the signed-in leader', async () => {
    const me = await getMe(env.graphAs(METTE));
    expect(me).toMatchObject({ userPrincipalName: METTE, mail: METTE, kind: 'user' });
    expect(me.id).toBe(await env.userId(METTE));
    expect(me.displayName).toMatch(/Mette/);
  });

  it('getMailboxSettings returns a Windows time zone and working hours', async () => {
    const settings = await getMailboxSettings(env.graphAs(METTE));
    expect(settings.timeZone).toBe('Romance Standard Time');
    expect(settings.workingHours.startTime).toMatch(/^\d{2}:\d{2}$/);
    expect(settings.workingHours.endTime > settings.workingHours.startTime).toBe(true);
    expect(settings.workingHours.daysOfWeek).toEqual(expect.arrayContaining(['monday', 'friday']));
  });
});

describe('people', () => {
  it('getNearestLeader finds a user manager', async () => {
    const leader = await getNearestLeader(env.graphAs(METTE));
    expect(leader).toEqual({ kind: 'user', person: expect.objectContaining({ mail: LARS, kind: 'user', id: await env.userId(LARS) }) });
  });

  it('getNearestLeader says "none" when no manager is registered', async () => {
    expect(await getNearestLeader(env.graphAs(BIRGITTE))).toEqual({ kind: 'none' });
  });

  it('getNearestLeader recognises an orgContact manager', async () => {
    const leader = await getNearestLeader(env.graphAs(PETER));
    expect(leader.kind).toBe('orgContact');
    expect(leader.kind === 'orgContact' && leader.person.displayName).toMatch(/Karen Jensen/);
  });

  it('searchPeople finds colleagues by the start of their name', async () => {
    const found = await searchPeople(env.graphAs(METTE), 'Lars');
    expect(found.map((p) => p.mail)).toContain(LARS);
    expect(await searchPeople(env.graphAs(METTE), '   ')).toEqual([]);
  });

  it('searchPeople finds people outside one’s department, and marks contacts as orgContact', async () => {
    const found = await searchPeople(env.graphAs(METTE), 'Birgitte');
    expect(found.map((p) => p.mail)).toContain(BIRGITTE);
    const karen = await searchPeople(env.graphAs(PETER), 'Karen');
    expect(karen[0]).toMatchObject({ kind: 'orgContact', displayName: expect.stringMatching(/Karen Jensen/) });
    expect(karen[0]?.id).toBeUndefined();
  });

  it('searchPeople survives quotes in the query', async () => {
    await expect(searchPeople(env.graphAs(METTE), `O'Brien "x"`)).resolves.toEqual(expect.any(Array));
  });
});

describe('rooms', () => {
  it('listRooms lists the rooms when the directory allows it', async () => {
    const result = await listRooms(env.graphAs(METTE));
    expect(result.available).toBe(true);
    expect(result.available && result.rooms.length).toBeGreaterThan(0);
    expect(result.available && result.rooms[0]).toMatchObject({ emailAddress: expect.stringContaining('@'), displayName: expect.any(String) });
  });

  it('listRooms answers { available: false } on 403', async () => {
    expect(await listRooms(env.graphAs(PETER))).toEqual({ available: false });
  });
});
