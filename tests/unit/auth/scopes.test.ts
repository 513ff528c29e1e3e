import fs from 'fs';
import path from 'path';
import { allScopes, scopes, scopesFor } from '../../../src/auth/scopes';

it('asks per action: the union of groups, without duplicates', () => {
  expect(scopesFor('profile')).toEqual(['User.Read']);
  expect(scopesFor('calendar', 'chat', 'calendar')).toEqual(['Calendars.ReadWrite', 'Chat.Create', 'ChatMessage.Send']);
  expect(new Set(allScopes).size).toBe(allScopes.length);
});

it('uses delegated Graph permission names without a resource prefix', () => {
  for (const scope of allScopes) expect(scope).toMatch(/^[A-Z][A-Za-z]+(\.[A-Za-z]+)+$/);
  expect(scopes.profile).toEqual(['User.Read']);
});

it('is the list the Entra registration guide tells admins to add', () => {
  const guide = fs.readFileSync(path.join(__dirname, '../../../docs/teams-setup.md'), 'utf8');
  const missing = allScopes.filter((scope) => !guide.includes(`\`${scope}\``));
  expect(missing).toEqual([]);
});
