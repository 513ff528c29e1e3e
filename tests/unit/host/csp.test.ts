const { buildCsp } = require('../../../scripts/csp.cjs') as { buildCsp: (o?: Record<string, string>) => string };

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

it('allows scripts only from our origin and the Teams/Office script origins, never inline', () => {
  const d = directives(buildCsp({ graphBaseUrl: 'https://graph.microsoft.com/v1.0' }));
  expect(d['script-src']).toEqual(["'self'", 'https://res.cdn.office.net', 'https://appsforoffice.microsoft.com']);
  expect(d['default-src']).toEqual(["'self'"]);
  expect(d['object-src']).toEqual(["'none'"]);
  expect(buildCsp()).not.toMatch(/script-src[^;]*unsafe/);
});

it('lets the app talk to Graph and the sign-in endpoints, and to the emulator only when given', () => {
  const prod = directives(buildCsp({ graphBaseUrl: 'https://graph.microsoft.com/v1.0' }));
  expect(prod['connect-src']).toEqual(expect.arrayContaining(["'self'", 'https://graph.microsoft.com', 'https://login.microsoftonline.com']));
  expect(prod['connect-src']!.some((s) => s.startsWith('http://'))).toBe(false);
  const demo = directives(buildCsp({ graphBaseUrl: 'http://127.0.0.1:5999/v1.0', emulatorUrl: 'http://127.0.0.1:5999' }));
  expect(demo['connect-src']).toContain('http://127.0.0.1:5999');
});

it('can be framed by Teams, Outlook and the Microsoft 365 app, and nothing else', () => {
  const d = directives(buildCsp());
  expect(d['frame-ancestors']).toEqual(
    expect.arrayContaining([
      "'self'",
      'https://teams.microsoft.com',
      'https://*.teams.microsoft.com',
      'https://*.cloud.microsoft',
      'https://outlook.office.com',
      'https://*.office.com',
    ]),
  );
  expect(d['frame-ancestors']).not.toContain('*');
});
