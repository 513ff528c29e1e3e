/**
 * A new period against a real emulator: "Book and share" a contract, start a new period (the
 * archive saved to the old lederaftale.json, as the follow-up view does), "Book and share" the new
 * contract. The new contract gets its own folder, named by its period; the old folder keeps
 * exactly its files, and its JSON changes only by `archivedAt` (and the save time).
 */
import { bookAndShare, periodFolderPath, type BookAndShareRequest } from '../../../src/features/invite/engine';
import { addIsoDays } from '../../../src/domain/dailyCheck';
import { addMonths, isoDate, parseIsoDate } from '../../../src/domain/dates';
import type { Contract } from '../../../src/domain/model';
import { startNewPeriod } from '../../../src/domain/newPeriod';
import { parseContract } from '../../../src/domain/schema';
import { saveFollowUpsOnce } from '../../../src/features/followUp/useSharedSave';
import { prepareScenario } from '../invite/scenario';
import { METTE, startTestEmulator, type TestEmulator } from '../support/emulator';

jest.setTimeout(120_000);

async function jsonAt(env: TestEmulator, itemId: string): Promise<Contract> {
  const graph = env.graphAs(METTE);
  const res = await graph.send<Uint8Array>({ method: 'GET', path: `/me/drive/items/${itemId}/content`, scopes: ['Files.ReadWrite'], read: 'bytes' });
  const parsed = parseContract(JSON.parse(new TextDecoder().decode(res.body)));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.value;
}

/** Mette's files below a folder path, by name. */
async function filesIn(env: TestEmulator, folder: string): Promise<string[]> {
  const state = await env.state();
  return state.driveItems
    .filter(
      (i) =>
        i.owner === METTE &&
        !i.isFolder &&
        i.path
          .replace(/^\/+/, '')
          .replace(/\/[^/]+$/, '')
          .endsWith(folder),
    )
    .map((i) => i.name)
    .sort();
}

function withoutSaveStamps(contract: Contract): Omit<Contract, 'updatedAt' | 'archivedAt'> {
  const { updatedAt: _u, archivedAt: _a, ...rest } = contract;
  return rest;
}

/**
 * A period of six months that contains the dialogue and ends soon after it: the new period then
 * starts the day after, usually in the same calendar year as the old one (so "by year" would clash).
 */
function shortPeriod(slotDate: string): Contract['period'] {
  const end = addIsoDays(slotDate, 3);
  const start = addIsoDays(isoDate(addMonths(parseIsoDate(addIsoDays(end, 1)) as Date, -6)), 0);
  return { start, end };
}

async function bookedContract(env: TestEmulator): Promise<{ request: BookAndShareRequest; contract: Contract }> {
  const graph = env.graphAs(METTE);
  const { request } = await prepareScenario(graph);
  // The period holds the dialogue and the first follow-up.
  const firstFollowUp = request.followUps[0]?.firstStart.slice(0, 10) ?? request.slot.start.slice(0, 10);
  const contract: Contract = { ...request.contract, period: shortPeriod(firstFollowUp) };
  const req: BookAndShareRequest = { ...request, contract };
  const result = await bookAndShare(graph, req);
  if (result.status !== 'complete') throw new Error(`booking did not complete: ${result.status} ${JSON.stringify(result)}`.slice(0, 2000));
  return { request: req, contract: { ...contract, bookings: result.bookings } };
}

/** As the follow-up view does: start the period, save the archive, then "Book and share" the new contract. */
async function newPeriodBooked(env: TestEmulator, request: BookAndShareRequest, old: Contract, beforeBooking: () => Promise<void> = async () => undefined) {
  const graph = env.graphAs(METTE);
  const today = old.period.end;
  const { next, archived } = startNewPeriod(old, ['self-1', 'leader-1'], today, new Date());
  const archiveSaved = await saveFollowUpsOnce(graph, archived);
  if (!archiveSaved.ok) throw new Error(`archive not saved: ${archiveSaved.message.en}`);
  await beforeBooking();
  const result = await bookAndShare(graph, { ...request, contract: next, followUps: request.followUps.map((f) => ({ ...f })) });
  if (result.status !== 'complete') throw new Error(`the new period's booking did not complete: ${result.status} ${JSON.stringify(result).slice(0, 2000)}`);
  return { next: { ...next, bookings: result.bookings }, archived };
}

describe('a new period gets a folder of its own', () => {
  let env: TestEmulator;
  beforeEach(async () => {
    env = await startTestEmulator();
  });
  afterEach(async () => env.close());

  it('two folders; the old JSON unchanged but for archivedAt; the new JSON points back', async () => {
    const { request, contract: old } = await bookedContract(env);
    const oldFolder = old.bookings?.storage?.folderPath as string;
    const oldJsonId = old.bookings?.storage?.json.itemId as string;
    const before = await jsonAt(env, oldJsonId);

    const { next } = await newPeriodBooked(env, request, old);
    const newFolder = next.bookings?.storage?.folderPath as string;
    expect(newFolder).toBe(periodFolderPath(next.period, 'Mette Hansen'));
    expect(newFolder).toMatch(/^Lederdialog\/\d{4}-\d{2} – \d{4}-\d{2} Mette Hansen$/);
    expect(newFolder).not.toBe(oldFolder);
    expect(next.bookings?.storage?.folderId).not.toBe(old.bookings?.storage?.folderId);

    // Each folder holds its own two files.
    expect(await filesIn(env, oldFolder)).toEqual(['Lederaftale.docx', 'lederaftale.json']);
    expect(await filesIn(env, newFolder)).toEqual(['Lederaftale.docx', 'lederaftale.json']);

    const after = await jsonAt(env, oldJsonId);
    expect(after.id).toBe(old.id);
    expect(after.archivedAt).toEqual(expect.any(String));
    expect(before.archivedAt).toBeUndefined();
    expect(withoutSaveStamps(after)).toEqual(withoutSaveStamps(before));

    const fresh = await jsonAt(env, next.bookings?.storage?.json.itemId as string);
    expect(fresh.id).toBe(next.id);
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.previousContractId).toBe(old.id);
    expect(fresh.archivedAt).toBeUndefined();
    expect(fresh.selfAgreements.map((a) => a.text)).toEqual(['Jeg holder fri fra mails efter kl. 17']);
    expect(fresh.leaderAgreements.map((a) => a.text)).toEqual(['Vi tager krydspres op på statusmøderne hver uge']);
  });

  it('never writes into the old folder, even when its Word file was deleted by hand', async () => {
    const { request, contract: old } = await bookedContract(env);
    const oldFolder = old.bookings?.storage?.folderPath as string;
    const graph = env.graphAs(METTE);
    const before = await jsonAt(env, old.bookings?.storage?.json.itemId as string);
    // After the archive is saved, the leader tidies the old folder and deletes its Word file: a
    // name chosen by year alone would find the folder "free" (no Lederaftale.docx) and use it.
    const { next } = await newPeriodBooked(env, request, old, async () => {
      const docx = (await env.state()).driveItems.find((i) => i.owner === METTE && i.name === 'Lederaftale.docx');
      await graph.send({ method: 'DELETE', path: `/me/drive/items/${docx?.id as string}`, scopes: ['Files.ReadWrite'] });
    });
    expect(next.bookings?.storage?.folderPath).not.toBe(oldFolder);
    expect(await filesIn(env, oldFolder)).toEqual(['lederaftale.json']);
    const oldJson = await jsonAt(env, old.bookings?.storage?.json.itemId as string);
    expect(oldJson.archivedAt).toEqual(expect.any(String));
    expect(withoutSaveStamps(oldJson)).toEqual(withoutSaveStamps(before));
    expect(await filesIn(env, next.bookings?.storage?.folderPath as string)).toEqual(['Lederaftale.docx', 'lederaftale.json']);
  });
});
