// Consent per token: the permission table covers every route, tokens carry what the user and the
// tenant's admin consented to, and a token without the route's permission gets Graph's 403.
import { Router } from '../../../src/emulator/http/router';
import { registerDirectory } from '../../../src/emulator/directory/routes';
import { registerCalendar } from '../../../src/emulator/calendar/routes';
import { registerChat } from '../../../src/emulator/chat/routes';
import { registerTodo } from '../../../src/emulator/todo/routes';
import { registerTeamsApps } from '../../../src/emulator/teams/routes';
import { PERMISSIONS, permissionRow } from '../../../src/emulator/auth/permissions';
import { ADMIN_CONSENT_SCOPES, APP_REGISTRATION, grantScopes } from '../../../src/emulator/auth/tenant';
import { allScopes } from '../../../src/auth/scopes';
import { startTestEmulator, UPN, type TestEmulator } from '../support/emulator';

const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { scp: string };

describe('the permission table', () => {
  it('has a row, with its docs page, for every route the emulator serves', () => {
    const router = new Router();
    [registerDirectory, registerCalendar, registerChat, registerTodo, registerTeamsApps].forEach((register) => register(router));
    const uncovered = router
      .list()
      .map(({ method, pattern }) => ({ method, path: pattern.replace(/\{(\w+)\}/g, 'x1') }))
      .filter(({ method, path }) => !permissionRow(method, path));
    expect(uncovered).toEqual([]);
    // OneDrive is addressed by a matcher (root:/path:), so its shapes are listed here.
    const drive = [
      ['GET', '/me/drive/special/approot'],
      ['GET', '/me/drive/special/approot/children'],
      ['GET', '/me/drive/root:/Lederdialog/2026 Mette:'],
      ['PUT', '/me/drive/items/abc:/lederaftale.json:/content'],
      ['GET', '/drives/d1/items/abc/content'],
      ['POST', '/me/drive/items/abc/invite'],
      ['GET', '/me/drive/items/abc/permissions'],
      ['DELETE', '/me/drive/items/abc/permissions/p1'],
      ['DELETE', '/me/drive/items/abc'],
      ['PATCH', '/me/drive/items/abc'],
      ['POST', '/me/drive/root/children'],
      ['GET', '/me/drive/sharedWithMe'],
      ['GET', '/drives/d1/items/abc/children'],
    ];
    expect(drive.filter(([m, p]) => !permissionRow(m!, p!))).toEqual([]);
    for (const row of PERMISSIONS) {
      expect(row.docs).toMatch(/^https:\/\/learn\.microsoft\.com\/graph\/api\/[a-z-]+$/);
      expect(row.least.length).toBeGreaterThan(0);
    }
  });

  it("is checked against the app's own scope list: the registration the emulator knows is src/auth/scopes.ts", () => {
    expect([...APP_REGISTRATION].sort()).toEqual([...allScopes].sort());
  });
});

describe('consent per token', () => {
  it('grants what was asked plus what an admin consented to, and refuses admin-only scopes in a strict tenant', () => {
    expect(grantScopes('managed', ['User.Read'])).toEqual(expect.arrayContaining(['User.Read', 'User.Read.All', 'Place.Read.All']));
    expect(grantScopes('strict', ['User.Read', 'Calendars.ReadWrite'])).toEqual(['User.Read', 'Calendars.ReadWrite']);
    expect(() => grantScopes('strict', ['Place.Read.All'])).toThrow(/AADSTS90094.*Place\.Read\.All/);
    // `.default` in a strict tenant: every registered scope a user may consent to, none that needs an admin.
    const byDefault = grantScopes('strict', undefined);
    expect(byDefault.filter((s) => ADMIN_CONSENT_SCOPES.has(s))).toEqual([]);
    expect(byDefault).toEqual(expect.arrayContaining(['User.Read', 'Calendars.ReadWrite', 'AppCatalog.Read.All']));
  });

  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ tenant: 'strict' });
  });
  afterAll(() => t.close());

  it('answers 403 Authorization_RequestDenied for a route whose permission the token lacks', async () => {
    const narrow = await t.demo('POST', '/demo/token', { userPrincipalName: UPN.mette, scopes: ['User.Read'] });
    expect(narrow.status).toBe(200);
    expect(narrow.body.scope).toBe('User.Read');
    expect(decode(narrow.body.access_token).scp).toBe('User.Read');
    const call = (p: string) => fetch(`${t.emulator.graphUrl}${p}`, { headers: { Authorization: `Bearer ${narrow.body.access_token}` } });
    expect((await call('/me')).status).toBe(200);
    const events = await call('/me/events');
    expect(events.status).toBe(403);
    expect(((await events.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'Authorization_RequestDenied',
      message: expect.stringContaining('Calendars.ReadBasic'),
    });
  });

  it('refuses the nearest leader without the admin-consented User.Read.All, and the rooms scope without an admin', async () => {
    const manager = await t.graph('mette', 'GET', '/me/manager');
    expect(manager.status).toBe(403);
    expect(manager.body.error.code).toBe('Authorization_RequestDenied');
    const rooms = await t.demo('POST', '/demo/token', { userPrincipalName: UPN.mette, scopes: ['Place.Read.All'] });
    expect(rooms.status).toBe(400);
    expect(rooms.body.error).toMatchObject({ code: 'consent_required', message: expect.stringMatching(/^AADSTS90094/) });
  });

  it('grants everything the app registers once the profile says an admin consented', async () => {
    expect((await t.demo('POST', '/demo/tenant', { profile: 'managed' })).body).toEqual({ profile: 'managed' });
    const token = await t.demo('POST', '/demo/token', { userPrincipalName: UPN.mette, scopes: ['User.ReadBasic.All'] });
    expect(decode(token.body.access_token).scp.split(' ')).toEqual(
      expect.arrayContaining(['User.Read.All', 'Place.Read.All', 'TeamsTab.ReadWriteSelfForChat']),
    );
    const manager = await fetch(`${t.emulator.graphUrl}/me/manager`, { headers: { Authorization: `Bearer ${token.body.access_token}` } });
    expect(manager.status).toBe(200);
    expect((await t.demo('POST', '/demo/tenant', { profile: 'lenient' })).status).toBe(400);
  });
});
