/**
 * Whose Lederaftale.docx is already in a contract folder? The first upload of a contract creates
 * its file only where nothing is (conflictBehavior=fail). When that upload's answer is lost (a 504
 * or a dropped connection after OneDrive stored the file), the retry meets a 409 on our own file —
 * and taking it for another contract's would open a needless "… (2)" folder. So before moving on,
 * the file is recognised as ours by:
 *  - its bytes (a retry within the same run sends the very same bytes), or
 *  - the contract id it carries as a custom document property (a later "try again" renders anew:
 *    Word stores the time of creation, so the bytes differ), or
 *  - the folder's lederaftale.json naming this contract (a Word file from before the property).
 */
// fflate, not jszip: docx already brings it into the bundle, and only one small part is read.
import { strFromU8, unzipSync } from 'fflate';
import { CONTRACT_ID_PROPERTY } from '../../../domain/contractDocument';
import { parseContract } from '../../../domain/schema';
import type { GraphClient } from '../../../graph/client';
import { isGraphAppError } from '../../../graph/errors';
import { downloadFile, sameBytes } from '../../../graph/files';
import type { DownloadedFile } from '../../../graph/types';
import { CONTRACT_DOCX, CONTRACT_JSON } from './folderName';

/** The contract id written into a .docx by renderContractDocx, if any. */
export async function contractIdOfDocx(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const part = unzipSync(bytes, { filter: (file) => file.name === 'docProps/custom.xml' })['docProps/custom.xml'];
    if (!part) return undefined;
    const xml = strFromU8(part);
    const property = new RegExp(`<property\\b[^>]*\\bname="${CONTRACT_ID_PROPERTY}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(xml);
    return property?.[1] === undefined ? undefined : decodeXml(property[1]);
  } catch {
    return undefined; // not a zip: not a document this app wrote
  }
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] as string);
}

/** The id of the contract in a lederaftale.json, if it is one. */
export function contractIdOfJson(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  try {
    const parsed = parseContract(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.ok ? parsed.value.id : undefined;
  } catch {
    return undefined;
  }
}

async function downloadIfThere(graph: GraphClient, path: string): Promise<DownloadedFile | undefined> {
  try {
    return await downloadFile(graph, { path });
  } catch (error) {
    if (isGraphAppError(error) && error.kind === 'notFound') return undefined;
    throw error;
  }
}

/** The Lederaftale.docx in `folderPath` if it is this contract's own; undefined if absent or another's. */
export async function findOwnDocx(graph: GraphClient, folderPath: string, bytes: Uint8Array, contractId: string): Promise<DownloadedFile | undefined> {
  const docx = await downloadIfThere(graph, `${folderPath}/${CONTRACT_DOCX}`);
  if (!docx) return undefined;
  if (sameBytes(docx.content, bytes)) return docx;
  const carried = await contractIdOfDocx(docx.content);
  if (carried !== undefined) return carried === contractId ? docx : undefined;
  const json = await downloadIfThere(graph, `${folderPath}/${CONTRACT_JSON}`);
  return contractIdOfJson(json?.content) === contractId ? docx : undefined;
}
