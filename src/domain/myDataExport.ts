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
import type { LocalizedText } from './localized';
import type { Contract } from './model';
import type { DataItem, DataPlace } from './myData';

export interface ExportNames {
  readme: string;
  inventory: string;
  contractsDir: string;
  browserDir: string;
  notes: string;
  followUpCsv: string;
  dailyCsv: string;
}

export const EXPORT_NAMES: Record<Locale, ExportNames> = {
  da: {
    readme: 'LÆS MIG.txt',
    inventory: 'mine-data.json',
    contractsDir: 'aftaler',
    browserDir: 'browser',
    notes: 'private-noter.json',
    followUpCsv: 'opfoelgning.csv',
    dailyCsv: 'daglige-tjek.csv',
  },
  en: {
    readme: 'README.txt',
    inventory: 'my-data.json',
    contractsDir: 'agreements',
    browserDir: 'browser',
    notes: 'private-notes.json',
    followUpCsv: 'follow-up-history.csv',
    dailyCsv: 'daily-checks.csv',
  },
};

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

const STATUS: Record<string, LocalizedText> = {
  held: { da: 'Holdt', en: 'Kept' },
  partly: { da: 'Delvist', en: 'Partly' },
  notHeld: { da: 'Ikke holdt', en: 'Not kept' },
};
const ROLE: Record<string, LocalizedText> = { leader: { da: 'Leder', en: 'Leader' }, nearestLeader: { da: 'Nærmeste leder', en: 'Manager' } };

function agreementText(contract: Contract, agreementId: string): string {
  return [...contract.selfAgreements, ...contract.leaderAgreements].find((a) => a.id === agreementId)?.text ?? '';
}

/** The follow-up history of the contracts: one row per recorded follow-up, oldest first. */
export function followUpCsv(contracts: readonly Contract[], locale: Locale): string {
  const head: Record<Locale, string[]> = {
    da: ['Aftale-id', 'Periode', 'Aftale', 'Dato', 'Status', 'Note', 'Registreret af', 'Rolle', 'Tidspunkt'],
    en: ['Agreement id', 'Period', 'Agreement', 'Date', 'Status', 'Note', 'Recorded by', 'Role', 'Time'],
  };
  const rows = contracts.flatMap((c) =>
    [...(c.collaboration?.followUps ?? [])]
      .sort((a, b) => a.date.localeCompare(b.date) || a.by.at.localeCompare(b.by.at))
      .map((f) => [
        c.id,
        `${c.period.start} – ${c.period.end}`,
        agreementText(c, f.agreementId),
        f.date,
        STATUS[f.status]?.[locale] ?? f.status,
        f.note,
        f.by.displayName,
        ROLE[f.by.role]?.[locale] ?? f.by.role,
        f.by.at,
      ]),
  );
  return csv([head[locale], ...rows], csvSeparator(locale));
}

/** The daily self-checks: one row per day and agreement. */
export function dailyChecksCsv(contracts: readonly Contract[], locale: Locale): string {
  const head: Record<Locale, string[]> = {
    da: ['Aftale-id', 'Aftale', 'Dato', 'Overholdt', 'Tidspunkt'],
    en: ['Agreement id', 'Agreement', 'Date', 'Kept', 'Time'],
  };
  const yes: LocalizedText = { da: 'Ja', en: 'Yes' };
  const no: LocalizedText = { da: 'Nej', en: 'No' };
  const rows = contracts.flatMap((c) =>
    [...(c.collaboration?.dailyChecks ?? [])]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((d) => [c.id, agreementText(c, d.agreementId), d.date, (d.kept ? yes : no)[locale], d.at]),
  );
  return csv([head[locale], ...rows], csvSeparator(locale));
}

// ------------------------------------------------------------------ README

export const PLACE_NAMES: Record<DataPlace, LocalizedText> = {
  browser: { da: 'Denne browser', en: 'This browser' },
  oneDrive: { da: 'OneDrive: mappen Lederdialog', en: 'OneDrive: the Lederdialog folder' },
  appFolder: { da: 'OneDrive: appens egen mappe', en: "OneDrive: the app's own folder" },
  calendar: { da: 'Outlook-kalenderen', en: 'Outlook calendar' },
  todo: { da: 'Microsoft To Do', en: 'Microsoft To Do' },
  sharing: { da: 'Deling i OneDrive', en: 'Sharing in OneDrive' },
  chat: { da: 'Teams-chatten med din nærmeste leder', en: 'The Teams chat with your manager' },
  meetingTab: { da: 'Teams-mødet: appen og fanen i mødechatten', en: 'The Teams meeting: the app and tab in the meeting chat' },
};

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
  const n = EXPORT_NAMES[input.locale];
  const sep = csvSeparator(input.locale);
  const counts = (Object.keys(PLACE_NAMES) as DataPlace[])
    .map((p) => [p, input.items.filter((i) => i.place === p).length] as const)
    .filter(([, c]) => c > 0)
    .map(([p, c]) => `  - ${PLACE_NAMES[p][input.locale]}: ${c}`);
  if (input.locale === 'da') {
    return [
      `Lederdialog – dine data`,
      `Eksporteret ${input.exportedAt} for ${input.userName}.`,
      '',
      'Filen er lavet i din browser. Intet er sendt andre steder hen end til din egen computer.',
      '',
      'Indhold:',
      `- ${n.readme}: denne fil.`,
      `- ${n.inventory}: oversigt over alt, hvad appen har oprettet eller gemmer for dig – hvor det ligger, et link og en dato.`,
      ...input.contractDirs.flatMap((d) => [
        `- ${n.contractsDir}/${d}/lederaftale.json: lederaftalen, som den er gemt (appens egen kilde).`,
        `- ${n.contractsDir}/${d}/Lederaftale.docx: samme aftale som Word-dokument.`,
      ]),
      ...(input.hasNotes ? [`- ${n.notes}: dine private noter fra interviewguiden og figuren „hele vejen rundt“. De er aldrig delt med nogen.`] : []),
      ...input.browserFiles.map((f) => `- ${n.browserDir}/${f}: det, denne browser gemmer lokalt (kladde og tidligere perioder).`),
      `- ${n.followUpCsv}: opfølgningshistorikken, én linje pr. opfølgning (felter adskilt af „${sep}“, UTF-8).`,
      `- ${n.dailyCsv}: de daglige tjek af aftalerne med dig selv.`,
      '',
      'Appen har oprettet eller gemmer (antal):',
      ...counts,
      '',
      'Ikke med i filen: møderne i kalenderen, opgaverne i To Do og beskeden i Teams-chatten – de står i oversigten med link.',
    ].join('\r\n');
  }
  return [
    `Lederdialog – your data`,
    `Exported ${input.exportedAt} for ${input.userName}.`,
    '',
    'This file was made in your browser. Nothing was sent anywhere but to your own computer.',
    '',
    'Contents:',
    `- ${n.readme}: this file.`,
    `- ${n.inventory}: a list of everything the app has created or keeps for you – where it is, a link and a date.`,
    ...input.contractDirs.flatMap((d) => [
      `- ${n.contractsDir}/${d}/lederaftale.json: the leader agreement as stored (the app's own source).`,
      `- ${n.contractsDir}/${d}/Lederaftale.docx: the same agreement as a Word document.`,
    ]),
    ...(input.hasNotes
      ? [`- ${n.notes}: your private notes from the interview guide and the "all the way round" figure. They were never shared with anyone.`]
      : []),
    ...input.browserFiles.map((f) => `- ${n.browserDir}/${f}: what this browser keeps locally (the draft and earlier periods).`),
    `- ${n.followUpCsv}: the follow-up history, one line per follow-up (fields separated by "${sep}", UTF-8).`,
    `- ${n.dailyCsv}: the daily checks of the agreements with yourself.`,
    '',
    'What the app has created or keeps (count):',
    ...counts,
    '',
    'Not in the file: the meetings in your calendar, the tasks in To Do and the message in the Teams chat – they are in the list with a link.',
  ].join('\r\n');
}
