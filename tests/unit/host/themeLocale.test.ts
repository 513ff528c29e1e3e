import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import { hostLanguage } from '../../../src/host/locale';
import { fluentThemeFor } from '../../../src/host/theme';

it('maps the host theme to the Teams Fluent themes', () => {
  expect(fluentThemeFor('default')).toBe(teamsLightTheme);
  expect(fluentThemeFor('dark')).toBe(teamsDarkTheme);
  expect(fluentThemeFor('contrast')).toBe(teamsHighContrastTheme);
});

it.each([
  ['da-DK', 'da'],
  ['da', 'da'],
  ['en-US', 'en'],
  ['de-DE', 'en'],
  ['', 'en'],
])('host locale %p → %s', (locale, expected) => {
  expect(hostLanguage({ locale })).toBe(expected);
});
