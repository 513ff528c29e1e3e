/**
 * The export: one .zip built in the browser with fflate (which `docx` already brings), so nothing
 * leaves the user's tenant but for their own download. Every contract as stored (OneDrive's
 * lederaftale.json bytes, and Lederaftale.docx — downloaded, or rendered from the contract when
 * there is no copy in OneDrive), the private notes, the follow-up history as CSV, the inventory,
 * and a README in the user's language. Names and text are planned in src/domain/myDataExport.ts.
 */
import { zipSync, type Zippable } from 'fflate';
import { getContent } from '../../content';
import type { Locale } from '../../content/types';
import type { Contract } from '../../domain/model';
import { contractDirName, dailyChecksCsv, exportReadme, followUpCsv } from '../../domain/myDataExport';
import { myDataExportStrings } from '../../domain/myDataExportStrings';
import type { GraphClient } from '../../graph/client';
import { isGraphAppError } from '../../graph/errors';
import { downloadFile } from '../../graph/files';
import type { Inventory } from './discover';

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);

export interface ExportInput {
  graph: GraphClient;
  inventory: Inventory;
  locale: Locale;
  userName: string;
  now?: Date;
}

export interface ExportResult {
  bytes: Uint8Array;
  fileName: string;
  /** Paths inside the zip, for the summary and the tests. */
  files: string[];
}

async function docxFor(graph: GraphClient, contract: Contract, docxItemId: string | undefined, now: Date): Promise<Uint8Array> {
  if (docxItemId) {
    try {
      return (await downloadFile(graph, { itemId: docxItemId })).content;
    } catch (error) {
      if (!isGraphAppError(error) || error.kind !== 'notFound') throw error;
    }
  }
  const { renderContractDocx } = await import(/* webpackChunkName: "docx" */ '../../domain/contractDocument');
  return renderContractDocx(contract, getContent(contract.locale), now);
}

export async function buildExport(input: ExportInput): Promise<ExportResult> {
  const now = input.now ?? new Date();
  const { names } = myDataExportStrings[input.locale];
  const files: Zippable = {};
  const taken = new Set<string>();
  const dirs: string[] = [];
  for (const found of input.inventory.contracts) {
    const dir = contractDirName(found.contract, taken);
    taken.add(dir);
    dirs.push(dir);
    files[`${names.contractsDir}/${dir}/lederaftale.json`] = found.oneDrive?.bytes ?? json(found.contract);
    files[`${names.contractsDir}/${dir}/Lederaftale.docx`] = await docxFor(input.graph, found.contract, found.oneDrive?.docxItemId, now);
  }
  let hasNotes = false;
  if (input.inventory.notesItemId) {
    try {
      files[names.notes] = (await downloadFile(input.graph, { itemId: input.inventory.notesItemId })).content;
      hasNotes = true;
    } catch (error) {
      if (!isGraphAppError(error) || error.kind !== 'notFound') throw error;
    }
  }
  const local = input.inventory.local.draft;
  const browserFiles: string[] = [];
  if (!hasNotes && local.notes !== undefined) {
    files[names.notes] = json(local.notes);
    hasNotes = true;
  }
  if (local.contract !== undefined) {
    files[`${names.browserDir}/draft-contract.json`] = json(local.contract);
    browserFiles.push('draft-contract.json');
  }
  const archived = input.inventory.contracts.filter((c) => c.local === 'archive').map((c) => c.contract);
  if (archived.length > 0) {
    files[`${names.browserDir}/archived-contracts.json`] = json(archived);
    browserFiles.push('archived-contracts.json');
  }
  const contracts = input.inventory.contracts.map((c) => c.contract);
  files[names.followUpCsv] = encoder.encode(followUpCsv(contracts, input.locale));
  files[names.dailyCsv] = encoder.encode(dailyChecksCsv(contracts, input.locale));
  files[names.inventory] = json({ exportedAt: now.toISOString(), items: input.inventory.items });
  files[names.readme] = encoder.encode(
    exportReadme({
      locale: input.locale,
      exportedAt: now.toISOString(),
      userName: input.userName,
      contractDirs: dirs,
      hasNotes,
      browserFiles,
      items: input.inventory.items,
    }),
  );
  const stamp = now.toISOString().slice(0, 10);
  return {
    bytes: zipSync(files, { level: 6, mtime: now }),
    fileName: `lederdialog-${input.locale === 'da' ? 'mine-data' : 'my-data'}-${stamp}.zip`,
    files: Object.keys(files),
  };
}

/** Hand the zip to the browser as a download (no server: a blob URL, revoked after the click). */
export function downloadZip(result: ExportResult, doc: Document = document): void {
  const blob = new Blob([result.bytes as BlobPart], { type: 'application/zip' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = result.fileName;
  a.rel = 'noopener';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
