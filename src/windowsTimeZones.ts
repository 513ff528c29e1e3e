/**
 * Windows time-zone names (what Graph speaks: "Romance Standard Time") and their IANA twins (what
 * Intl speaks: "Europe/Copenhagen"), for the zones a Danish organisation meets. One table for the
 * app (src/graph/timeZones.ts) and the Graph emulator (src/emulator/time/timezones.ts), so the two
 * cannot drift apart: data only, no imports, which is why every layer may read it (like config.ts).
 * Where CLDR's windowsZones.xml names several IANA zones for one Windows zone, the Nordic one is taken
 * (Copenhagen, Nuuk, Helsinki): the same offsets, and the name a Danish user recognises.
 */
export const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'Romance Standard Time': 'Europe/Copenhagen',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Greenland Standard Time': 'America/Nuuk',
  'FLE Standard Time': 'Europe/Helsinki',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'India Standard Time': 'Asia/Kolkata',
  'China Standard Time': 'Asia/Shanghai',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'AUS Eastern Standard Time': 'Australia/Sydney',
};
