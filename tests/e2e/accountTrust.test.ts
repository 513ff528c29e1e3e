/**
 * Issue 14 in Chromium against the emulator, one browser profile:
 * - two accounts: Mette writes a guide note and a contract goal; "Brug appen som" Lars shows none
 *   of it; back as Mette, all of it is there;
 * - no keystroke lost: typing in step 2 and reloading (or closing the browser and opening the same
 *   profile again) at once keeps every character (the synchronous journal).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { appUrl, CHROMIUM_PATH, resetEmulator } from './support/browser';
import { LARS, METTE } from './support/emulatorState';
import { GOALS_LABEL } from './support/prepare';

jest.setTimeout(600_000);

const NOTE_QUESTION = 'Hvem kan hjælpe dig til at holde fokus på og prioritere dine mål?';
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lederdialog-trust-'));
let context: BrowserContext | undefined;

async function open(): Promise<Page> {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'da-DK',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  return context.pages()[0] ?? (await context.newPage());
}

/** What the demo switch does: remember the person, open the page again. */
async function actAs(page: Page, upn: string): Promise<void> {
  await page.evaluate((u) => localStorage.setItem('lederdialog.demoUser', u), upn);
  await page.reload();
}

afterAll(async () => {
  await context?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

it('two accounts in one profile see only their own draft', async () => {
  await resetEmulator();
  const page = await open();
  await page.goto(appUrl('/#guide'));
  await actAs(page, METTE);
  await page.getByRole('textbox', { name: NOTE_QUESTION }).fill('METTES PRIVATE NOTE');
  await page.goto(appUrl('/#contract'));
  await page.getByRole('textbox', { name: GOALS_LABEL }).fill('METTES MÅL');
  await page.locator('[data-save-status="saved"]').waitFor();

  await actAs(page, LARS);
  await page.getByRole('textbox', { name: GOALS_LABEL }).waitFor();
  expect(await page.getByRole('textbox', { name: GOALS_LABEL }).inputValue()).toBe('');
  await page.goto(appUrl('/#guide'));
  expect(await page.getByRole('textbox', { name: NOTE_QUESTION }).inputValue()).toBe('');
  expect(await page.content()).not.toContain('METTES');
  expect(await page.getByTestId('unowned-draft-offer').count()).toBe(0);

  await actAs(page, METTE);
  expect(await page.getByRole('textbox', { name: NOTE_QUESTION }).inputValue()).toBe('METTES PRIVATE NOTE');
});

it('keeps every character typed in step 2 through a reload and a closed browser', async () => {
  let page = context!.pages()[0]!;
  await page.goto(appUrl('/#contract'));
  const goals = () => page.getByRole('textbox', { name: GOALS_LABEL });
  await goals().fill('');
  const typed = 'Hurtigt skrevet uden pause 0123456789 æøå ÆØÅ!';
  await goals().pressSequentially(typed, { delay: 5 });
  await page.reload(); // at once: no time for the autosave
  expect(await goals().inputValue()).toBe(typed);

  const more = ' og lukket med det samme';
  await goals().press('End');
  await goals().pressSequentially(more, { delay: 5 });
  await context!.close();
  page = await open();
  await page.goto(appUrl('/#contract'));
  expect(await goals().inputValue()).toBe(typed + more);
});
