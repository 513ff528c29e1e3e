/**
 * What a new user stumbled on (issue 15), in Chromium against the Graph emulator:
 *  - who is speaking: the advice about a difficult relationship with the nearest leader is not
 *    offered as a question for him; the leader's dialogue is named after him, not after herself;
 *    he reads her chosen questions as hers („Spørgsmål, Mette forbereder sig på“);
 *  - print: the follow-up view printed to PDF (page.pdf, Chromium's print path) has no blank page,
 *    every heading of the contract, and the line breaks typed in a field;
 *  - phone width (375 × 800): „Delt med mig“ is a list of cards, and the header with its menus
 *    takes at most a fifth of the screen (160 px); what it folds away is one keypress away, and the
 *    header is axe clean both folded and open.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { appUrl, launchBrowser, resetEmulator, type LaunchedBrowser } from './support/browser';
import { LARS } from './support/emulatorState';
import { fillPreparation, type PreparationText } from './support/prepare';

jest.setTimeout(400_000);

const PHONE = { width: 375, height: 800 };
const GOALS_FIRST = 'Styrke sammenhængen i hjemmeplejen';
const GOALS_SECOND = 'Færre vikartimer i weekenden';

const TEXT: PreparationText = {
  privateNote: 'PRIVAT-NOTE om trivsel',
  goals: `${GOALS_FIRST}\n${GOALS_SECOND}`,
  workEnvironment: 'Mindre krydspres og mere sparring',
  alignWithLeader: 'Hvordan vi prioriterer, når ressourcerne ikke slår til',
  selfAgreements: [{ text: 'Jeg holder fri fra mails efter kl. 17', followUp: 'Jeg krydser af hver dag', cadence: 'Dagligt' }],
  leaderAgreements: [{ text: 'Vi tager krydspres op på statusmøderne', followUp: 'De sidste 5 minutter', cadence: 'Ugentligt' }],
  points: ['Mit ledelsesrum i budgetprocessen'],
};

const browsers: LaunchedBrowser[] = [];
let mette: Page;

beforeAll(async () => {
  await resetEmulator();
});

afterAll(async () => {
  for (const b of browsers) await b.close();
});

async function open(viewport?: { width: number; height: number }): Promise<Page> {
  const b = await launchBrowser({ locale: 'da-DK', ...(viewport ? { viewport } : {}) });
  browsers.push(b);
  return b.page;
}

it('the leader chooses questions, books, and her dialogue is named after her nearest leader', async () => {
  mette = await open();
  await fillPreparation(mette, TEXT);
  // The advice about a difficult collaboration with the nearest leader is not a question for him.
  await mette.locator('[data-question-for-leader="nearestLeader-2"]').first().waitFor({ state: 'attached' });
  expect(await mette.locator('[data-question-for-leader="nearestLeader-7"]').count()).toBe(0);
  expect(await mette.getByText('Hvis du har et vanskeligt samarbejde med din nærmeste leder').count()).toBe(0);
  await mette.getByRole('checkbox', { name: 'Hvordan kan du bedst muligt sikre en løbende afklaring af dit ledelsesrum?' }).check();

  const booking = mette.locator('[data-book-and-share]');
  await mette.getByTestId('nearest-leader').getByText('Lars Nielsen').waitFor({ timeout: 60_000 });
  await mette.getByTestId('slot-list').getByRole('radio').first().check();
  await booking.getByRole('button', { name: 'Book og del' }).click();
  await mette.getByTestId('booking-complete').waitFor({ timeout: 120_000 });
  await mette.locator('[data-save-status="saved"]').waitFor();

  await mette.goto(appUrl('/?view=dialogue'));
  const title = mette.getByTestId('dialogue-panel').getByRole('heading', { level: 1 });
  await title.waitFor({ timeout: 60_000 });
  expect(await title.textContent()).toBe('Dialogen med Lars Nielsen');
  expect(await mette.getByText(/Dialogen med Mette/).count()).toBe(0);
});

it('prints the contract without blank pages, with every heading and the line breaks of a field', async () => {
  await mette.goto(appUrl('/?view=follow-up'));
  await mette.getByTestId('follow-up-view').waitFor({ timeout: 60_000 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lederdialog-print-'));
  try {
    const pdf = path.join(dir, 'print.pdf');
    await mette.pdf({ path: pdf, format: 'A4', printBackground: false });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').slice(0, -1);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toHaveLength(count);
    // A short contract fits on one or two pages, and no page is empty.
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(2);
    for (const page of pages) expect(page.trim()).not.toBe('');
    const lines = text.split('\n').map((l) => l.trim());
    for (const heading of [
      '1. Mål for din ledelsesopgave',
      '2. Dit psykiske arbejdsmiljø',
      '2. Aftale med dig selv',
      '3. Aftale og løbende dialog med din nærmeste leder',
      '3. Aftale med nærmeste leder',
    ]) {
      expect(lines).toContain(heading);
    }
    expect(lines[lines.indexOf(GOALS_FIRST) + 1]).toBe(GOALS_SECOND);
    expect(text).toContain('Jeg holder fri fra mails efter kl. 17');
    expect(text).toContain('Vi tager krydspres op på statusmøderne');
    // Nothing of the screen view is printed.
    expect(text).not.toContain('Udskriv');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it('on a phone, the nearest leader sees „Delt med mig“ as cards, and reads her questions as hers', async () => {
  const lars = await open(PHONE);
  await lars.goto(appUrl('/'));
  // The header and its menus: at most a fifth of a 375 × 800 screen.
  await lars.locator('main h1').waitFor({ timeout: 60_000 });
  const header = lars.locator('header').first();
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(PHONE.height / 5);
  // Every step and view is still reachable in the header, on one row.
  const navLinks = header.getByRole('navigation').getByRole('link');
  expect(await navLinks.count()).toBeGreaterThanOrEqual(5);
  const tops = new Set(await navLinks.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top))));
  expect(tops.size).toBe(1);
  // The folded tools (timer, language, demo user) open from the keyboard.
  const more = header.getByRole('button', { name: 'Flere valg' });
  expect(await more.getAttribute('aria-expanded')).toBe('false');
  expect(await lars.getByRole('combobox', { name: 'Sprog' }).isVisible()).toBe(false);
  await more.focus();
  await lars.keyboard.press('Enter');
  expect(await more.getAttribute('aria-expanded')).toBe('true');
  await lars.getByRole('combobox', { name: 'Sprog' }).waitFor();
  for (const state of ['open', 'folded']) {
    const results = await new AxeBuilder({ page: lars }).include('header').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect({
      state,
      violations: results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    }).toEqual({ state, violations: [] });
    if (state === 'open') await lars.keyboard.press('Enter');
  }
  expect(await more.getAttribute('aria-expanded')).toBe('false');
  await more.click();
  const select = lars.getByRole('combobox', { name: 'Brug appen som' });
  await select.locator(`option[value="${LARS}"]`).waitFor({ state: 'attached' });
  await Promise.all([lars.waitForEvent('load'), select.selectOption(LARS)]);

  await lars.goto(appUrl('/?view=shared-with-me'));
  const row = lars.locator('[data-shared-overview] tr[data-contract-id]').first();
  await row.waitFor({ timeout: 90_000 });
  expect(await lars.getByText('Lederaftaler, som ledere, du er nærmeste leder for, har delt med dig').count()).toBe(1);
  // A card: the row's cells stacked one under another, across the width, each led by its label.
  const cells = row.locator('th, td');
  const boxes = await cells.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  // leader, period, next follow-up, status, and the „Fjern" button of „Mine data"
  expect(boxes).toHaveLength(5);
  for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
  const rowBox = await row.boundingBox();
  expect(rowBox!.width).toBeGreaterThan(300);
  expect(await row.locator('[data-label="Næste opfølgning"]').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Næste opfølgning"');
  // Nothing wider than the phone.
  expect(await lars.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  await row.getByRole('link').click();
  await lars.getByRole('heading', { name: 'Spørgsmål, Mette forbereder sig på' }).waitFor({ timeout: 60_000 });
  expect(await lars.getByText('Spørgsmål, du er bedt om at forberede dig på').count()).toBe(0);
});
