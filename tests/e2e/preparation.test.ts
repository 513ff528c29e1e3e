/**
 * The whole preparation in Debian's Chromium, in Danish, by keyboard where a person would use it:
 * the guide (a question note, a figure direction), the contract (five fields, two agreements with
 * cadence), step 3 (checklist, two points, two questions) and the preview — which must not show a
 * private note. Then a reload restores everything including the open step, the language switch
 * turns the app English, and an axe scan of every step finds no serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { appUrl, launchBrowser, type LaunchedBrowser } from './support/browser';

const SECRET = 'PRIVAT-NOTE-7Q';

// A full walk-through with axe scans takes longer than jest's default.
jest.setTimeout(180_000);

let browser: LaunchedBrowser | undefined;

afterAll(async () => {
  await browser?.close();
});

/** axe with WCAG 2 A and AA rules; only serious and critical findings fail the test. */
async function expectNoSeriousAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(serious).toEqual([]);
}

/** Focus a control and press a key on it, as a keyboard user would after tabbing there. */
async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

async function typeInto(locator: Locator, text: string): Promise<void> {
  await locator.focus();
  await locator.page().keyboard.type(text);
}

/** A native select, as a keyboard user works it: focus it and type the start of the option (type-ahead). */
async function chooseByKeyboard(select: Locator, label: string): Promise<void> {
  await select.focus();
  await select.page().keyboard.type(label.slice(0, 3));
  expect((await select.locator('option:checked').textContent())?.trim()).toBe(label);
}

async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator('[data-save-status="saved"]').waitFor();
}

it('walks the whole preparation in Danish, restores it after a reload, and speaks English on request', async () => {
  browser = await launchBrowser({ locale: 'da-DK' });
  const { page } = browser;
  await page.goto(appUrl('/'));

  // ---------------------------------------------------------------- Start
  await page.getByRole('heading', { level: 1, name: 'Styrk lederens dialog med nærmeste leder' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('da');
  // The first Tab reaches the skip link.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Spring til indholdet');
  await expectNoSeriousAxeViolations(page, 'Start');
  await press(page.getByRole('button', { name: 'Start forberedelsen' }), 'Enter');

  // ---------------------------------------------------------------- Step 1: interview guide
  const guideHeading = page.getByRole('heading', { level: 1, name: '1 Interviewguide' });
  await guideHeading.waitFor();
  expect(await guideHeading.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.getByText('Kun du kan se dine noter.').waitFor();

  await typeInto(page.getByRole('textbox', { name: 'Hvem kan hjælpe dig til at holde fokus på og prioritere dine mål?' }), 'Min leder og to lederkolleger');
  await typeInto(page.getByRole('textbox', { name: 'Hvordan varetager du bedst dit ansvar som rollemodel?' }), `${SECRET} om rollemodel`);

  // The figure: arrow keys between directions, Enter to write, Escape back to the drawing.
  const figure = page.getByRole('group', { name: /^Figur:/ });
  await figure.getByRole('button', { name: /^Op mod egen leder/ }).focus();
  await page.keyboard.press('ArrowRight');
  const management = figure.getByRole('button', { name: /^Som en del af ledelsen/ });
  expect(await management.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  const figureNote = page.getByRole('textbox', { name: 'Note: Som en del af ledelsen' });
  expect(await figureNote.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(`${SECRET} i ledergruppen`);
  await page.keyboard.press('Escape');
  await figure.getByRole('button', { name: 'Som en del af ledelsen, har en note' }).waitFor();
  await expectNoSeriousAxeViolations(page, 'Interviewguide');

  await press(page.getByRole('button', { name: 'Videre: 2 Lederkontrakt' }), 'Enter');

  // ---------------------------------------------------------------- Step 2: leader contract
  await page.getByRole('heading', { level: 1, name: '2 Lederkontrakt' }).waitFor();
  const goals = page.getByRole('textbox', { name: 'Hvilke mål skal du lykkes med i de kommende 6-12 måneder som leder?' });
  await typeInto(goals, 'Implementere IT-projektet');
  // "Hent fra noter" brings theme 1's notes into the goals field, after what is there.
  await press(page.locator('[data-contract-field="goals"]').getByRole('button', { name: 'Hent fra noter' }), 'Enter');
  expect(await goals.inputValue()).toBe('Implementere IT-projektet\n\nMin leder og to lederkolleger');
  await typeInto(
    page.getByRole('textbox', { name: 'Hvad er vigtigt for dig for at styrke dit psykiske arbejdsmiljø og passe godt på dig selv?' }),
    'Uforstyrret tid',
  );
  await typeInto(
    page.getByRole('textbox', { name: 'Hvad er vigtigt for dig at afstemme med din nærmeste leder for at understøtte dit psykiske arbejdsmiljø som leder?' }),
    'Prioritering af sager',
  );

  const self = page.locator('[data-contract-field="selfAgreements"]');
  await press(self.getByRole('button', { name: 'Tilføj aftale' }), 'Enter');
  await page.keyboard.type('Jeg tjekker mails fire gange om dagen'); // focus moved into the new agreement
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kryds af ved skrivebordet');
  await chooseByKeyboard(self.getByRole('combobox', { name: 'Fast opfølgning' }), 'Dagligt');

  const withLeader = page.locator('[data-contract-field="leaderAgreements"]');
  await press(withLeader.getByRole('button', { name: 'Tilføj aftale' }), 'Enter');
  await page.keyboard.type('Vi prioriterer de vigtigste sager');
  await page.keyboard.press('Tab');
  await page.keyboard.type('På vores statusmøde');
  await chooseByKeyboard(withLeader.getByRole('combobox', { name: 'Fast opfølgning' }), 'Hver 14. dag');

  await press(page.getByRole('button', { name: 'Vis eksempel' }), 'Enter');
  await page.getByText('Jeg krydser af hver dag på et papir ved mit skrivebord, om jeg har overholdt det i dag').waitFor();
  await expectNoSeriousAxeViolations(page, 'Lederkontrakt');

  await press(page.getByRole('button', { name: 'Videre: 3 Forbered dialogen' }), 'Enter');

  // ---------------------------------------------------------------- Step 3: prepare the dialogue
  await page.getByRole('heading', { level: 1, name: '3 Forbered dialogen' }).waitFor();
  await press(page.getByRole('checkbox', { name: 'Fortæl din leder om værktøjet' }), 'Space');
  expect(await page.getByRole('checkbox', { name: 'Fortæl din leder om værktøjet' }).isChecked()).toBe(true);
  await typeInto(page.getByRole('textbox', { name: 'Pointe 1' }), 'Mit ledelsesrum');
  await typeInto(page.getByRole('textbox', { name: 'Pointe 2' }), 'Tid til sparring');
  await press(page.getByRole('checkbox', { name: 'Hvordan kan du bedst muligt sikre en løbende afklaring af dit ledelsesrum?' }), 'Space');
  await press(page.getByRole('checkbox', { name: 'Hvor kan du hente støtte og hjælp til at lykkes med dine mål?' }), 'Space');
  await page.getByText('2 spørgsmål valgt').waitFor();

  await press(page.getByRole('button', { name: 'Se forhåndsvisning' }), 'Enter');
  const previewHeading = page.getByRole('heading', { level: 2, name: 'Det ser din nærmeste leder' });
  await previewHeading.waitFor();
  expect(await previewHeading.evaluate((el) => el === document.activeElement)).toBe(true);
  const preview = page.locator('[data-share-preview]');
  const previewText = (await preview.innerText()).replace(/\s+/g, ' ');
  for (const expected of [
    'Implementere IT-projektet',
    'Min leder og to lederkolleger',
    'Uforstyrret tid',
    'Prioritering af sager',
    'Jeg tjekker mails fire gange om dagen',
    'Kryds af ved skrivebordet · Dagligt',
    'Vi prioriterer de vigtigste sager',
    'På vores statusmøde · Hver 14. dag',
    'Mit ledelsesrum',
    'Tid til sparring',
    'Hvordan kan du bedst muligt sikre en løbende afklaring af dit ledelsesrum?',
    'Hvor kan du hente støtte og hjælp til at lykkes med dine mål?',
    'Mine punkter til dialogen',
  ]) {
    expect(previewText).toContain(expected);
  }
  // Private notes (a support question's note and the figure's) never reach the preview.
  expect(previewText).not.toContain(SECRET);
  expect(previewText).not.toContain('Fortæl din leder om værktøjet');
  await expectNoSeriousAxeViolations(page, 'Forbered dialogen');

  // ---------------------------------------------------------------- reload: everything restored
  await waitUntilSaved(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: '3 Forbered dialogen' }).waitFor();
  expect(await page.getByRole('textbox', { name: 'Pointe 1' }).inputValue()).toBe('Mit ledelsesrum');
  expect(await page.getByRole('textbox', { name: 'Pointe 2' }).inputValue()).toBe('Tid til sparring');
  expect(await page.getByRole('checkbox', { name: 'Fortæl din leder om værktøjet' }).isChecked()).toBe(true);
  await page.getByText('2 spørgsmål valgt').waitFor();

  await press(page.getByRole('link', { name: '2 Lederkontrakt' }), 'Enter');
  await page.getByRole('heading', { level: 1, name: '2 Lederkontrakt' }).waitFor();
  expect(await goals.inputValue()).toBe('Implementere IT-projektet\n\nMin leder og to lederkolleger');
  expect(await self.getByRole('textbox', { name: 'Aftalen' }).inputValue()).toBe('Jeg tjekker mails fire gange om dagen');
  expect(await withLeader.getByRole('combobox', { name: 'Fast opfølgning' }).inputValue()).toBe('biweekly');

  await press(page.getByRole('link', { name: '1 Interviewguide' }), 'Enter');
  await page.getByRole('heading', { level: 1, name: '1 Interviewguide' }).waitFor();
  await figure.getByRole('button', { name: 'Som en del af ledelsen, har en note' }).waitFor();
  expect(await page.getByRole('textbox', { name: 'Hvem kan hjælpe dig til at holde fokus på og prioritere dine mål?' }).inputValue()).toBe(
    'Min leder og to lederkolleger',
  );

  // ---------------------------------------------------------------- English
  await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
  await page.getByRole('heading', { level: 1, name: '1 Interview guide' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await page.getByText('Only you can see your notes.').waitFor();
  await page
    .getByRole('group', { name: /^Figure:/ })
    .getByRole('button', { name: 'Up towards your own manager, no note yet' })
    .waitFor();
  await page.getByRole('button', { name: 'As part of the management team, has a note' }).waitFor();
  await expectNoSeriousAxeViolations(page, 'Interview guide (English)');

  await press(page.getByRole('link', { name: '3 Prepare the dialogue' }), 'Enter');
  await page.getByRole('heading', { level: 2, name: 'Invite your manager' }).waitFor();
  await waitUntilSaved(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: '3 Prepare the dialogue' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
});

it('fits a 360 px Teams mobile screen without horizontal scrolling, on every step', async () => {
  const narrow = await launchBrowser({ locale: 'da-DK', viewport: { width: 360, height: 740 } });
  try {
    const { page } = narrow;
    for (const step of ['start', 'guide', 'contract', 'prepare']) {
      await page.goto(appUrl(`/#${step}`));
      await page.reload();
      await page.locator('main h1').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ step, overflow }).toEqual({ step, overflow: 0 });
    }
  } finally {
    await narrow.close();
  }
});
