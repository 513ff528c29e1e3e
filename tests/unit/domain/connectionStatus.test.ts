import { connectionLines, grantsAll, graphScopeNames, scopesOfToken, type ConnectionFacts } from '../../../src/domain/connectionStatus';

function jwt(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.sig`;
}

const allGood: ConnectionFacts = {
  account: { displayName: 'Lene Leder', mail: 'lene@contoso.dk' },
  scopes: { source: 'token', granted: ['User.Read', 'Files.ReadWrite'] },
  leader: { state: 'found', displayName: 'Niels Nærmeste' },
  catalog: { state: 'found' },
  timeZone: { state: 'found', zone: 'Romance Standard Time' },
  drive: { state: 'found' },
};

function line(facts: ConnectionFacts, topic: string) {
  const found = connectionLines(facts).find((l) => l.topic === topic);
  if (!found) throw new Error(`no ${topic} line`);
  return found;
}

describe('scopesOfToken', () => {
  it('reads the space-separated scp claim of a JWT (base64url, non-ASCII safe)', () => {
    expect(scopesOfToken(jwt({ scp: 'User.Read  Files.ReadWrite', name: 'Søren Ø' }))).toEqual(['User.Read', 'Files.ReadWrite']);
  });

  it('gives undefined for an opaque token, a broken payload or a token without scp', () => {
    expect(scopesOfToken('EwBgA8l6BAAU-opaque')).toBeUndefined();
    expect(scopesOfToken('a.%%%.c')).toBeUndefined();
    expect(scopesOfToken(jwt({ roles: ['x'] }))).toBeUndefined();
  });
});

describe('graphScopeNames', () => {
  it('strips the Graph resource prefix and the sign-in scopes, each name once', () => {
    expect(graphScopeNames(['https://graph.microsoft.com/User.Read', 'openid', 'Profile', 'offline_access', 'User.Read', 'Files.ReadWrite'])).toEqual([
      'User.Read',
      'Files.ReadWrite',
    ]);
  });
});

describe('grantsAll', () => {
  it('is true only when every needed scope is granted', () => {
    expect(grantsAll(['A', 'B', 'C'], ['A', 'C'])).toBe(true);
    expect(grantsAll(['A', 'B'], ['A', 'C'])).toBe(false);
  });
});

describe('connectionLines', () => {
  it('gives six lines in a fixed order, all green when everything is found', () => {
    const lines = connectionLines(allGood);
    expect(lines.map((l) => l.topic)).toEqual(['account', 'scopes', 'leader', 'catalog', 'timeZone', 'drive']);
    expect(lines.every((l) => l.tone === 'ok')).toBe(true);
  });

  it('names the account with name and mail, the scopes sorted, the leader and the time zone', () => {
    expect(line(allGood, 'account').text.da).toContain('Lene Leder (lene@contoso.dk)');
    expect(line(allGood, 'scopes').text.en).toContain('Files.ReadWrite, User.Read');
    expect(line(allGood, 'leader').text.da).toContain('Niels Nærmeste');
    expect(line(allGood, 'timeZone').text.en).toContain('Romance Standard Time');
  });

  it('turns a forbidden manager look-up yellow: pick by hand, and what an admin can grant', () => {
    const leader = line({ ...allGood, leader: { state: 'forbidden' } }, 'leader');
    expect(leader.tone).toBe('attention');
    expect(leader.text.en).toMatch(/pick your nearest leader by hand/);
    expect(leader.text.en).toContain('User.Read.All');
    expect(leader.text.da).toContain('„User.Read.All“');
  });

  it('says "not checked" for the catalog when its permission is not granted, and yellow', () => {
    const catalog = line({ ...allGood, catalog: { state: 'notChecked' } }, 'catalog');
    expect(catalog.tone).toBe('attention');
    expect(catalog.text.da).toMatch(/^Ikke tjekket/);
    expect(catalog.text.en).toMatch(/^Not checked/);
  });

  it('lists what MSAL reported when the token is opaque, and says where the list comes from', () => {
    const scopes = line({ ...allGood, scopes: { source: 'msal', granted: ['User.Read', 'Calendars.ReadWrite'] } }, 'scopes');
    expect(scopes.tone).toBe('ok');
    expect(scopes.text.en).toContain('Microsoft reported these permissions: Calendars.ReadWrite, User.Read');
    expect(scopes.text.da).toContain('Calendars.ReadWrite, User.Read');
  });

  it('says so when the token cannot be read, instead of listing scopes', () => {
    const scopes = line({ ...allGood, scopes: { source: 'unreadable' } }, 'scopes');
    expect(scopes.tone).toBe('attention');
    expect(scopes.text.en).toMatch(/may not read/);
  });

  it('makes every failure yellow, in both languages, with Danish quotation marks only', () => {
    const bad: ConnectionFacts = {
      account: { displayName: 'Lene Leder' },
      scopes: { source: 'unreadable' },
      leader: { state: 'none' },
      catalog: { state: 'missing' },
      timeZone: { state: 'noMailbox' },
      drive: { state: 'failed' },
    };
    const lines = connectionLines(bad);
    expect(lines.filter((l) => l.tone === 'attention').map((l) => l.topic)).toEqual(['scopes', 'leader', 'catalog', 'timeZone', 'drive']);
    expect(line(bad, 'account').text.da).not.toContain('(');
    for (const l of lines) {
      expect(l.text.da).not.toMatch(/"/);
      expect(l.text.da).not.toBe(l.text.en);
    }
    for (const failed of [
      { ...bad, leader: { state: 'failed' } as const },
      { ...bad, catalog: { state: 'failed' } as const },
      { ...bad, timeZone: { state: 'failed' } as const },
    ]) {
      expect(
        connectionLines(failed)
          .filter((l) => l.tone === 'ok')
          .map((l) => l.topic),
      ).toEqual(['account']);
    }
  });
});
