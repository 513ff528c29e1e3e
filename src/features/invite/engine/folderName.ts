/**
 * Where a contract lives in the leader's OneDrive: `Lederdialog/<year> <leader name>/`, holding
 * `lederaftale.json` and `Lederaftale.docx`. A contract that continues an earlier one (a new
 * period, issue 8) is named by its period instead — `Lederdialog/2027-12 – 2028-11 <leader name>/`
 * — so it never lands in the folder of the contract it follows (and that is shared with the
 * nearest leader); the engine's numbered sibling ("… (2)") remains the safety net for any clash. The folder, not the files, is shared with the nearest
 * leader, so both files (and later versions) are reachable through one invitation.
 *
 * Names come from people's names, so they are cleaned for OneDrive: no `" * : < > ? / \ |`, no
 * control characters, no leading/trailing spaces or trailing dots, no reserved device names, and a
 * bounded length.
 */
export const ROOT_FOLDER = 'Lederdialog';
export const CONTRACT_JSON = 'lederaftale.json';
export const CONTRACT_DOCX = 'Lederaftale.docx';
/** Private notes in the app folder (approot), or in the fallback folder when that is refused. */
export const PRIVATE_NOTES_FILE = 'private-noter.json';
/** Never below ROOT_FOLDER's shared sub-folders: a sibling of it, only ever the leader's. */
export const PRIVATE_FALLBACK_FOLDER = 'Lederdialog (privat)';

const MAX_SEGMENT = 80;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d|desktop\.ini|_vti_.*)$/i;

/** One path segment safe for OneDrive, or `fallback` if nothing is left. */
export function sanitizeSegment(name: string, fallback: string): string {
  let s = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what OneDrive refuses in a name
    .replace(/[\u0000-\u001f\u007f"*:<>?/\\|#%]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > MAX_SEGMENT) s = s.slice(0, MAX_SEGMENT).trim();
  s = s.replace(/[.\s]+$/, '').replace(/^[.\s~$]+/, '');
  if (s === '' || RESERVED.test(s)) return fallback;
  return s;
}

/** `Lederdialog/2026 Mette Hansen` for a contract whose period starts in 2026. */
export function contractFolderPath(periodStart: string, leaderName: string | undefined): string {
  const year = /^\d{4}/.exec(periodStart)?.[0] ?? String(new Date().getFullYear());
  const name = sanitizeSegment(leaderName ?? '', 'Lederaftale');
  return `${ROOT_FOLDER}/${sanitizeSegment(`${year} ${name}`, year)}`;
}

/** `Lederdialog/2027-12 – 2028-11 Mette Hansen` for a period from December 2027 to November 2028. */
export function periodFolderPath(period: { start: string; end: string }, leaderName: string | undefined): string {
  const month = (iso: string) => /^\d{4}-\d{2}/.exec(iso)?.[0];
  const from = month(period.start);
  const to = month(period.end);
  if (!from || !to) return contractFolderPath(period.start, leaderName);
  const name = sanitizeSegment(leaderName ?? '', 'Lederaftale');
  return `${ROOT_FOLDER}/${sanitizeSegment(`${from} – ${to} ${name}`, from)}`;
}

/** The folder of a contract: by year for a first contract, by period for one that continues another. */
export function folderPathForContract(
  contract: { period: { start: string; end: string }; previousContractId?: string },
  leaderName: string | undefined,
): string {
  return contract.previousContractId ? periodFolderPath(contract.period, leaderName) : contractFolderPath(contract.period.start, leaderName);
}
