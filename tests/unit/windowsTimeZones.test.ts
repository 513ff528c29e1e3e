// One Windows time-zone table for the app and the Graph emulator (issue 18): both read it, so a zone
// the app understands is one the emulator accepts, and they turn it into the same IANA zone.
import { resolveTimeZone } from '../../src/emulator/time/timezones';
import { ianaZone } from '../../src/graph/timeZones';
import { WINDOWS_TO_IANA } from '../../src/windowsTimeZones';

const names = Object.keys(WINDOWS_TO_IANA);

it('maps every Windows name to a zone Intl knows', () => {
  for (const name of names) expect(() => new Intl.DateTimeFormat('en-GB', { timeZone: WINDOWS_TO_IANA[name] })).not.toThrow();
});

it.each(names)('the app and the emulator read %s as the same IANA zone', (name) => {
  expect(ianaZone(name)).toBe(WINDOWS_TO_IANA[name]);
  expect(resolveTimeZone(name)).toBe(WINDOWS_TO_IANA[name]);
});

it('the zones that had drifted apart: the emulator now accepts what the app sends', () => {
  // Graph accepts these Windows names; the emulator's own copy of the table lacked them and answered 400.
  expect(resolveTimeZone('China Standard Time')).toBe('Asia/Shanghai');
  expect(resolveTimeZone('Greenland Standard Time')).toBe('America/Nuuk');
  expect(resolveTimeZone('GTB Standard Time')).toBe('Europe/Bucharest');
  expect(resolveTimeZone('Russian Standard Time')).toBe('Europe/Moscow');
});
