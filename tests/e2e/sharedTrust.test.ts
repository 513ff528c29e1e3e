/**
 * Issue 14 in Chromium, after Mette booked and shared her contract with Lars (may edit):
 * - a forged contract: Jonas uploads a lederaftale.json naming Mette as leader into his own drive
 *   and shares it with Lars; Lars opening its link is warned who really put it there, gets no
 *   comment or accept controls, and "Delt med mig" lists only Mette's real contract as hers;
 * - no keystroke lost in the dialogue panel: an agreement typed and reloaded, or typed and the
 *   browser closed and its profile opened again, at once keeps every character
 *   (src/features/dialogue/dialogueJournal.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { uploadSmallFile } from '../../src/graph/files';
import { inviteToItem } from '../../src/graph/sharing';
import { encodeContractRef } from '../../src/host/deepLink';
import { bookDialogueAsMette, demoGraph, type Booked } from './support/bookedDialogue';
import { appUrl, launchBrowser, resetEmulator, type LaunchedBrowser } from './support/browser';
import { fileBytes, LARS, METTE } from './support/emulatorState';

jest.setTimeout(300_000);

const JONAS = 'jonas.pedersen@demokommune.example';

let booked: Booked;
const browsers: LaunchedBrowser[] = [];
/** Profiles opened again by a test: removed once their browsers are closed. */
const profiles: string[] = [];

beforeAll(async () => {
  await resetEmulator();
  booked = await bookDialogueAsMette();
});

afterAll(async () => {
  for (const b of browsers) await b.close();
  for (const p of profiles) fs.rmSync(p, { recursive: true, force: true });
});

async function open(options: { profile?: string } = {}): Promise<LaunchedBrowser> {
  const b = await launchBrowser({ locale: 'da-DK', ...options });
  browsers.push(b);
  return b;
}

it('a contract naming Mette, uploaded and shared by Jonas, is never Mette’s to Lars in the UI', async () => {
  // Jonas copies Mette's real JSON (same leader) into his own drive and shares it with Lars.
  const real = JSON.parse(new TextDecoder().decode(await fileBytes(METTE, booked.jsonItemId))) as { leaderAgreements: { text: string }[] };
  const jonas = demoGraph(JONAS);
  const upload = await uploadSmallFile(jonas, { path: 'Lederdialog/2026 Mette Hansen/lederaftale.json' }, JSON.stringify({ ...real, id: 'forged-contract' }), {
    contentType: 'application/json',
  });
  if (upload.conflict) throw new Error('unexpected conflict');
  await inviteToItem(jonas, upload.item.id, LARS, 'write');

  const { page } = await open();
  await page.addInitScript((upn: string) => {
    if (window.location.protocol.startsWith('http')) window.localStorage.setItem('lederdialog.demoUser', upn);
  }, LARS);
  const link = encodeContractRef({ contractId: 'forged-contract', driveId: upload.item.driveId, itemId: upload.item.id });
  await page.goto(appUrl(`/?contract=${encodeURIComponent(link)}`));
  const view = page.locator('[data-view="shared-contract"]');
  await view
    .getByText(/^Advarsel: Denne fil siger, at den er en lederaftale fra Mette Hansen, men den er lagt i OneDrive af Jonas Pedersen\./)
    .waitFor({ timeout: 60_000 });
  expect(await view.getByRole('heading', { name: 'Lederaftale fra Mette Hansen' }).count()).toBe(0);
  expect(await view.getByRole('button', { name: 'Vi er enige' }).count()).toBe(0);
  expect(await view.getByRole('button', { name: 'Tilføj aftale' }).count()).toBe(0);
  expect(await view.getByRole('textbox').count()).toBe(0);
  expect(await view.getByText(real.leaderAgreements[0]!.text).count()).toBe(0);

  // "Delt med mig": one contract from Mette Hansen, the real one.
  await page.goto(appUrl('/?view=shared-with-me'));
  const rows = page.getByRole('row', { name: /Mette Hansen/ });
  await rows.first().waitFor({ timeout: 60_000 });
  expect(await rows.count()).toBe(1);
  await rows.first().getByRole('link', { name: 'Åbn aftalen fra Mette Hansen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Lederaftale fra Mette Hansen' }).waitFor({ timeout: 60_000 });
  expect(new URL(page.url()).searchParams.get('contract')).toContain(booked.contractId);
});

/** The agreement texts the panel shows, once `text` is among them (or after 30 s, for the message). */
async function agreementTexts(page: Page, text: string): Promise<string[]> {
  const read = () => [...document.querySelectorAll('[data-testid="dialogue-agreements"] textarea')].map((t) => (t as HTMLTextAreaElement).value);
  await page
    .waitForFunction(
      (wanted) => [...document.querySelectorAll('[data-testid="dialogue-agreements"] textarea')].some((t) => (t as HTMLTextAreaElement).value === wanted),
      text,
      { timeout: 30_000, polling: 100 },
    )
    .catch(() => undefined);
  return page.evaluate(read);
}

it('keeps every character typed in the dialogue panel through a reload and a closed browser', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lederdialog-dialogue-'));
  profiles.push(profile);
  // The dialogue view in a plain browser, as Mette (the demo default).
  const website = new URL(booked.contentUrl);
  website.searchParams.delete('host');
  const dialogueUrl = appUrl(`${website.pathname}${website.search}`);
  let b = await open({ profile });
  let page = b.page;
  const agreement = () => page.getByTestId('dialogue-agreements').getByRole('textbox', { name: 'Aftalen' }).last();
  await page.goto(dialogueUrl);
  await page.getByTestId('dialogue-panel').waitFor({ timeout: 60_000 });
  await page.getByTestId('dialogue-agreements').getByRole('button', { name: 'Tilføj aftale' }).click();
  const typed = 'Hurtigt skrevet i dialogen 0123456789 æøå ÆØÅ!';
  await agreement().pressSequentially(typed, { delay: 5 });
  await page.reload(); // at once: well within 100 ms, long before the 800 ms save
  expect(await agreementTexts(page, typed)).toContain(typed);
  expect(await agreement().inputValue()).toBe(typed);

  const more = ' og lukket med det samme';
  await agreement().press('End');
  await agreement().pressSequentially(more, { delay: 5 });
  await b.context.close(); // the whole browser, at once
  b = await open({ profile });
  page = b.page;
  await page.goto(dialogueUrl);
  expect(await agreementTexts(page, typed + more)).toContain(typed + more);
  // And it reaches the shared contract the ordinary way (saved 800 ms after the replay).
  const sharedTexts = async () =>
    (JSON.parse(new TextDecoder().decode(await fileBytes(METTE, booked.jsonItemId))) as { leaderAgreements: { text: string }[] }).leaderAgreements.map(
      (a) => a.text,
    );
  for (let i = 0; i < 60 && !(await sharedTexts()).includes(typed + more); i++) await page.waitForTimeout(500);
  expect(await sharedTexts()).toContain(typed + more);
});
