/**
 * "Mine data" in Chromium against the emulator: Mette books and shares through the app, opens
 * "Mine data" from the header, downloads the export (a .zip whose JSON parses and whose .docx
 * reads back), deletes everything with the typed confirmation, and the emulator then holds none
 * of her app items; Lars's copy of the dialogue is cancelled. Axe finds nothing serious.
 */
import AxeBuilder from '@axe-core/playwright';
import { unzipSync } from 'fflate';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { docxParagraphs } from '../support/docxText';
import { launchBrowser, resetEmulator, type LaunchedBrowser } from './support/browser';
import { demoState, LARS, METTE } from './support/emulatorState';
import { fillPreparation, type PreparationText } from './support/prepare';

jest.setTimeout(600_000);

const TEXT: PreparationText = {
  privateNote: 'PRIVAT-NOTE til eksporten',
  goals: 'Styrke sammenhængen i hjemmeplejen',
  workEnvironment: 'Mindre krydspres og mere sparring',
  alignWithLeader: 'Hvordan vi prioriterer',
  selfAgreements: [{ text: 'Jeg holder fri fra mails efter kl. 17', followUp: 'Jeg krydser af hver dag', cadence: 'Ugentligt' }],
  leaderAgreements: [{ text: 'Vi tager krydspres op på statusmøderne', followUp: 'De sidste 5 minutter', cadence: 'Ugentligt' }],
  points: ['Mit ledelsesrum', 'Min trivsel'],
};

let browser: LaunchedBrowser;
afterAll(async () => browser?.close());

async function noSeriousAxe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('[data-my-data]').withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

it('lists, exports and deletes everything the booking made', async () => {
  await resetEmulator();
  browser = await launchBrowser({ locale: 'da-DK' });
  const { page } = browser;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });

  await fillPreparation(page, TEXT);
  await page.getByTestId('nearest-leader').getByText('Lars Nielsen').waitFor({ timeout: 60_000 });
  await page.getByTestId('slot-list').getByRole('radio').first().check();
  await page.locator('[data-book-and-share]').getByRole('button', { name: 'Book og del' }).click();
  await page.locator('[data-testid="booking-complete"]').waitFor({ timeout: 120_000 });
  await page.locator('[data-save-status="saved"]').waitFor();

  // From the header. (The booking's own look-ups may log 404s; from here on the page logs no error.)
  errors.length = 0;
  const notFound: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) notFound.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Mine data' }).click();
  const view = page.locator('[data-my-data]');
  await view.locator('[data-my-data-place="calendar"]').waitFor({ timeout: 60_000 });
  for (const place of ['browser', 'oneDrive', 'appFolder', 'calendar', 'todo', 'sharing', 'chat'])
    await view.locator(`[data-my-data-place="${place}"]`).waitFor();
  await noSeriousAxe(page);

  // Export: a zip whose files open.
  const [download] = await Promise.all([page.waitForEvent('download'), view.locator('[data-my-data-export]').click()]);
  const zipPath = await download.path();
  const files = unzipSync(new Uint8Array(fs.readFileSync(zipPath)));
  const names = Object.keys(files);
  expect(names).toEqual(expect.arrayContaining(['LÆS MIG.txt', 'mine-data.json', 'private-noter.json', 'opfoelgning.csv']));
  for (const name of names.filter((n) => n.endsWith('.json'))) expect(() => JSON.parse(new TextDecoder().decode(files[name]))).not.toThrow();
  const docx = names.filter((n) => n.endsWith('.docx'));
  expect(docx.length).toBeGreaterThan(0);
  for (const name of docx) expect((await docxParagraphs(files[name] as Uint8Array)).join('\n')).toContain(TEXT.goals);
  expect(new TextDecoder().decode(files['private-noter.json'])).toContain(TEXT.privateNote);

  // Delete everything: the preview, the typed confirmation, progress per item.
  await view.locator('[data-my-data-delete-all]').click();
  const panel = view.locator('[data-my-data-delete]');
  const confirm = panel.getByRole('button', { name: 'Slet nu' });
  await expect(confirm.isDisabled()).resolves.toBe(true);
  await panel.locator('[data-delete-confirm]').fill('SLET ALT');
  // Enabling the button runs Fluent's colour transition (about 100 ms); axe read it half-way, grey on
  // grey, in about one run of three. Scan once the button is enabled and its colours have settled.
  await confirm.evaluate(async (button) => {
    const colours = () => `${getComputedStyle(button).color} ${getComputedStyle(button).backgroundColor}`;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (;;) {
      await Promise.all(button.getAnimations().map((a) => a.finished.catch(() => undefined)));
      const before = colours();
      await frame();
      if (!(button as HTMLButtonElement).disabled && button.getAnimations().length === 0 && colours() === before) return;
    }
  });
  await noSeriousAxe(page);
  await confirm.click();
  await panel.getByText('Færdig. Alt på listen er slettet.').waitFor({ timeout: 120_000 });
  expect(await panel.locator('[data-status="failed"]').count()).toBe(0);

  const state = await demoState();
  expect(state.events.filter((e) => e.owner === METTE && !e.seeded)).toEqual([]);
  expect(state.todoTasks.filter((t) => t.owner === METTE)).toEqual([]);
  expect(state.driveItems.filter((i) => i.owner === METTE && /lederaftale|Lederaftale|private-noter/.test(i.name))).toEqual([]);
  const lars = state.events.filter((e) => e.owner === LARS && !e.seeded);
  expect(lars.length).toBeGreaterThan(0);
  for (const e of lars) expect(e.isCancelled).toBe(true);
  expect({ errors, notFound }).toEqual({ errors: [], notFound: [] });
});
