// Tokens, directory, manager (none / orgContact), people, mailbox settings, rooms, CORS.
import { startTestEmulator, UPN, type TestEmulator } from '../support/emulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

describe('auth and demo endpoints', () => {
  it('requires a bearer token with a Graph-shaped 401', async () => {
    const r = await t.graph(null, 'GET', '/me');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('InvalidAuthenticationToken');
    const forged = await fetch(`${t.emulator.graphUrl}/me`, { headers: { Authorization: 'Bearer a.b.c' } });
    expect(forged.status).toBe(401);
  });

  it('lists the seeded users with roles and issues tokens for them', async () => {
    const users = (await t.demo('GET', '/demo/users')).body.value;
    const roles = Object.fromEntries(users.map((u: any) => [u.userPrincipalName, u.role]));
    expect(roles).toEqual({
      [UPN.mette]: 'leader',
      [UPN.lars]: 'nearestLeader',
      [UPN.birgitte]: 'leaderOfLeaders',
      [UPN.jonas]: 'colleague',
      [UPN.sofie]: 'noManager',
      [UPN.ahmed]: 'colleague',
      [UPN.peter]: 'orgContactManaged',
    });
    const tok = await t.demo('POST', '/demo/token', { userPrincipalName: UPN.lars });
    expect(tok.body.token_type).toBe('Bearer');
    expect(tok.body.expires_in).toBe(3600);
    const unknown = await t.demo('POST', '/demo/token', { userPrincipalName: 'nobody@demokommune.example' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('Request_ResourceNotFound');
  });
});

describe('directory', () => {
  it('answers /me with $select', async () => {
    const r = await t.graph('mette', 'GET', '/me?$select=displayName,mail');
    expect(r.body).toEqual({
      '@odata.context': expect.stringContaining('$metadata#users/$entity'),
      id: expect.any(String),
      displayName: 'Mette Hansen',
      mail: UPN.mette,
    });
  });

  it('gives the nearest leader, a 404 for no manager, and an orgContact manager', async () => {
    expect((await t.graph('mette', 'GET', '/me/manager')).body.userPrincipalName).toBe(UPN.lars);
    expect((await t.graph('lars', 'GET', '/me/manager')).body.userPrincipalName).toBe(UPN.birgitte);
    for (const who of ['sofie', 'birgitte'] as const) {
      const none = await t.graph(who, 'GET', '/me/manager');
      expect(none.status).toBe(404);
      expect(none.body.error.code).toBe('Request_ResourceNotFound');
    }
    const contact = await t.graph('peter', 'GET', '/me/manager');
    expect(contact.body['@odata.type']).toBe('#microsoft.graph.orgContact');
    expect(contact.body.displayName).toBe('Karen Jensen');
  });

  it('filters users with startswith and finds people by $search', async () => {
    const r = await t.graph('mette', 'GET', "/users?$filter=startswith(displayName,'La')&$select=displayName,mail&$top=5");
    expect(r.body.value.map((u: any) => u.displayName)).toEqual(['Lars Nielsen']);
    const bad = await t.graph('mette', 'GET', "/users?$filter=contains(displayName,'a')");
    expect(bad.status).toBe(400);
    const people = await t.graph('mette', 'GET', '/me/people?$search="bir"');
    expect(people.body.value.map((p: any) => p.displayName)).toEqual(['Birgitte Kristensen']);
    expect(people.body.value[0].scoredEmailAddresses[0].address).toBe(UPN.birgitte);
    const byUpn = await t.graph('mette', 'GET', `/users/${UPN.ahmed}`);
    expect(byUpn.body.jobTitle).toBe('Teamkoordinator');
  });

  it('gives mailbox settings with the Danish time zone and working hours', async () => {
    const r = await t.graph('mette', 'GET', '/me/mailboxSettings');
    expect(r.body.timeZone).toBe('Romance Standard Time');
    expect(r.body.workingHours.startTime).toBe('08:00:00.0000000');
    expect(r.body.workingHours.endTime).toBe('16:00:00.0000000');
    expect(r.body.workingHours.daysOfWeek).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
  });

  it('lists rooms, and refuses them to Peter with 403', async () => {
    const rooms = await t.graph('mette', 'GET', '/places/microsoft.graph.room');
    expect(rooms.body.value.map((r: any) => r.displayName)).toEqual(expect.arrayContaining(['Mødelokale Ålen', 'Stillerummet']));
    expect(rooms.body.value[0].emailAddress).toMatch(/@demokommune\.example$/);
    expect((await t.graph('peter', 'GET', '/places/microsoft.graph.room')).status).toBe(403);
  });

  it("keeps another user's mailbox private", async () => {
    const larsId = (await t.graph('lars', 'GET', '/me')).body.id;
    expect((await t.graph('mette', 'GET', `/users/${larsId}/calendarView?startDateTime=2026-01-01T00:00:00Z&endDateTime=2026-02-01T00:00:00Z`)).status).toBe(
      403,
    );
    const own = await t.graph('lars', 'GET', `/users/${larsId}/mailboxSettings`);
    expect(own.status).toBe(200);
  });
});

describe('CORS', () => {
  it('answers preflights and echoes the origin with exposed headers', async () => {
    const pre = await fetch(`${t.emulator.graphUrl}/me/events`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://localhost:3000',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,if-match,prefer,client-request-id,sdkversion,x-client-sku,x-client-ver',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
    expect(pre.headers.get('access-control-allow-headers')).toContain('x-client-sku');
    expect(pre.headers.get('access-control-allow-methods')).toContain('PATCH');
    const res = await fetch(`${t.emulator.graphUrl}/me`, { headers: { Origin: 'https://localhost:3000', Authorization: `Bearer ${await t.token('mette')}` } });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
    expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After');
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('lets a retried request through: the Retry-Attempt header the retry middleware adds is allowed', async () => {
    // Without it the browser blocks every retry after a 429/503, and what an earlier batch answered is lost.
    const pre = await fetch(`${t.emulator.graphUrl}/$batch`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:3000',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,retry-attempt',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('retry-attempt');
  });
});
