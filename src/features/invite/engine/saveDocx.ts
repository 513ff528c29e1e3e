/**
 * Lederaftale.docx in R1 of a first run: created only where nothing is (a folder holding another
 * contract's files gets a numbered sibling), updated in place with If-Match afterwards. A file
 * already there that is this contract's own (an earlier upload whose answer was lost, see
 * ownDocument.ts) is taken over and updated in place instead of opening a sibling.
 */
import { DOCX_MIME_TYPE } from '../../../domain/contractDocument';
import type { StorageBooking } from '../../../domain/model';
import type { GraphClient } from '../../../graph/client';
import { uploadSmallFile } from '../../../graph/files';
import { createFileIfAbsent } from '../../../graph/shareFlowRequests';
import type { DriveItemRef, UploadResult } from '../../../graph/types';
import { CONTRACT_DOCX } from './folderName';
import { findOwnDocx } from './ownDocument';

/** How many numbered folders ("<name> (2)" …) are tried next to one that holds another contract. */
const FOLDER_TRIES = 5;

export async function saveDocx(graph: GraphClient, s: StorageBooking, bytes: Uint8Array, contractId: string, documentHash: string): Promise<UploadResult> {
  if (s.docx.itemId && s.docx.eTag) {
    const saved = await uploadSmallFile(graph, { itemId: s.docx.itemId }, bytes, { ifMatch: s.docx.eTag, contentType: DOCX_MIME_TYPE });
    if (!saved.conflict) Object.assign(s.docx, { itemId: saved.item.id, eTag: saved.eTag, webUrl: saved.item.webUrl || s.docx.webUrl, hash: documentHash });
    return saved;
  }
  const base = s.folderPath;
  for (let n = 1; n <= FOLDER_TRIES; n += 1) {
    const folderPath = n === 1 ? base : `${base} (${n})`;
    const place = (item: DriveItemRef): void => {
      s.folderPath = folderPath;
      s.folderId = item.parentId ?? s.folderId;
      s.driveId = item.driveId || s.driveId;
    };
    const created = await createFileIfAbsent(graph, `${folderPath}/${CONTRACT_DOCX}`, bytes, DOCX_MIME_TYPE);
    if (created.created) {
      place(created.item);
      s.docx = { itemId: created.item.id, eTag: created.item.eTag, webUrl: created.item.webUrl, hash: documentHash };
      return { conflict: false, item: created.item, eTag: created.item.eTag };
    }
    const own = await findOwnDocx(graph, folderPath, bytes, contractId);
    if (!own) continue;
    place(own.item);
    const saved = await uploadSmallFile(graph, { itemId: own.item.id }, bytes, { ifMatch: own.eTag, contentType: DOCX_MIME_TYPE });
    // Changed by someone in the moment between reading and writing: theirs stays until the leader chooses.
    s.docx = saved.conflict
      ? { itemId: own.item.id, webUrl: own.item.webUrl }
      : { itemId: saved.item.id, eTag: saved.eTag, webUrl: saved.item.webUrl || own.item.webUrl, hash: documentHash };
    return saved;
  }
  throw new Error(`No free folder name next to ${base}`);
}
