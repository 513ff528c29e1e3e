/**
 * The export of "Mine data" as files: pure planning of names and text (the zip itself is built in
 * the browser by src/features/myData/exportZip.ts, so nothing leaves the user's tenant).
 *
 *   README.txt                         what each file is, in the user's language
 *   mine-data.json                     the inventory: every item, where it is, its link and date
 *   aftaler/<folder>/lederaftale.json  each contract as stored (OneDrive's copy, else this device's)
 *   aftaler/<folder>/Lederaftale.docx  its Word document
 *   browser/…json                      what this browser keeps (the draft's contract, archived periods)
 *   private-noter.json                 the private notes (interview guide and figure)
 *   opfoelgning.csv                    the follow-up history, one line per recorded follow-up
 *   daglige-tjek.csv                   the daily self-checks
 */
import type { Locale } from '../content/types';
import { fillTemplate } from '../content/uiStrings';
import { followUpLabelStrings } from './followUpLabelStrings';
import { bothLanguagesByKey, type LocalizedText } from './localized';
import type { Contract } from './model';
import { DATA_PLACES, type DataItem, type DataPlace } from './myData';
import { myDataExportStrings } from './myDataExportStrings';

/** A file or folder name that is safe in a zip on Windows, macOS and Linux. */
export function safeName(name: string, fallback: string): string {
  const cleaned = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what Windows, macOS and zip tools refuse in a name
    .replace(/[\u0000-\u001f\u007f"*:<>?/\\|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '')
    .slice(0, 80);
  return cleaned === '' ? fallback : cleaned;
}

/** The folder of one contract in the zip: its OneDrive folder's name, else its period and id. */
export function contractDirName(contract: Contract, taken: ReadonlySet<string>): string {
  const folder = contract.bookings?.storage?.folderPath?.split('/').pop();
  const base = safeName(folder ?? `${contract.period.start} ${contract.leader?.displayName ?? ''}`, contract.id.slice(0, 8));
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base} (${n})`;
  return name;
}

// ------------------------------------------------------------------ CSV

/** The separator a spreadsheet in that language expects: Danish Excel splits on semicolons. */
export function csvSeparator(locale: Locale): string {
  return locale === 'da' ? ';' : ',';
}

/**
 * One CSV cell (RFC 4180 quoting). Text that a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return first) is prefixed with an apostrophe, so opening the file never runs anything.
 */
export function csvCell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(rows: readonly (readonly string[])[], separator: string): string {
  // A byte-order mark so Excel reads æ, ø and å as UTF-8.
  return `\uFEFF${rows.map((r) => r.map((c) => csvCell(c, separator)).join(separator)).join('\r\n')}\r\n`;
}

/** A word from a table, or the stored value itself when it is one the app does not know (a newer version's). */
function wordFor(table: Readonly<Record<string, string>>, key: string): string {
  return Object.hasOwn(table, key) ? (table[key] ?? key) : key;
}

function agreementText(contract: Contract, agreementId: string): string {
  return [...contract.selfAgreements, ...contract.leaderAgreements].find((a) => a.id === agreementId)?.text ?? '';
}

/** The follow-up history of the contracts: one row per recorded follow-up, oldest first. */
export function followUpCsv(contracts: readonly Contract[], locale: Locale): string {
  const t = myDataExportStrings[locale];
  const rows = contracts.flatMap((c) =>
    [...(c.collaboration?.followUps ?? [])]
      .sort((a, b) => a.date.localeCompare(b.date) || a.by.at.localeCompare(b.by.at))
      .map((f) => [
        c.id,
        `${c.period.start} – ${c.period.end}`,
        agreementText(c, f.agreementId),
        f.date,
        wordFor(followUpLabelStrings[locale].status, f.status),
        f.note,
        f.by.displayName,
        wordFor(t.roles, f.by.role),
        f.by.at,
      ]),
  );
  return csv([t.followUpHead, ...rows], csvSeparator(locale));
}

/** The daily self-checks: one row per day and agreement. */
export function dailyChecksCsv(contracts: readonly Contract[], locale: Locale): string {
  const t = myDataExportStrings[locale];
  const rows = contracts.flatMap((c) =>
    [...(c.collaboration?.dailyChecks ?? [])]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((d) => [c.id, agreementText(c, d.agreementId), d.date, d.kept ? t.yes : t.no, d.at]),
  );
  return csv([t.dailyHead, ...rows], csvSeparator(locale));
}

// ------------------------------------------------------------------ README

export const PLACE_NAMES: Record<DataPlace, LocalizedText> = bothLanguagesByKey((locale) => myDataExportStrings[locale].places);

export interface ReadmeInput {
  locale: Locale;
  exportedAt: string;
  userName: string;
  contractDirs: string[];
  hasNotes: boolean;
  browserFiles: string[];
  items: readonly DataItem[];
}

/** README in the user's language: what the zip holds, file by file, and what it does not. */
export function exportReadme(input: ReadmeInput): string {
  const { names: n, places, readme: r } = myDataExportStrings[input.locale];
  const counts = DATA_PLACES.map((p) => [p, input.items.filter((i) => i.place === p).length] as const)
    .filter(([, c]) => c > 0)
    .map(([p, c]) => `  - ${places[p]}: ${c}`);
  return [
    r.title,
    fillTemplate(r.exported, { date: input.exportedAt, name: input.userName }),
    '',
    r.madeHere,
    '',
    r.contents,
    fillTemplate(r.itself, { file: n.readme }),
    fillTemplate(r.inventory, { file: n.inventory }),
    ...input.contractDirs.flatMap((d) => [r.contractJson, r.contractDocx].map((line) => fillTemplate(line, { dir: `${n.contractsDir}/${d}` }))),
    ...(input.hasNotes ? [fillTemplate(r.notes, { file: n.notes })] : []),
    ...input.browserFiles.map((f) => fillTemplate(r.browserFile, { file: `${n.browserDir}/${f}` })),
    fillTemplate(r.followUpCsv, { file: n.followUpCsv, separator: csvSeparator(input.locale) }),
    fillTemplate(r.dailyCsv, { file: n.dailyCsv }),
    '',
    r.counts,
    ...counts,
    '',
    r.notIncluded,
  ].join('\r\n');
}
