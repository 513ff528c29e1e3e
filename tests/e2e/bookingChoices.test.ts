/**
 * Issue 15, item 1 and 8 in Chromium: every choice in step 3's "Book og del" survives a reload (Teams
 * reloads a tab when one switches away) — slot, room, the quarterly series, "må redigere", daily
 * reminders on weekdays only — and the booking then uses exactly those choices; the "Inviter din
 * leder" checklist ticks itself from what the booking did.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, resetEmulator, type LaunchedBrowser } from './support/browser';
import { demoState, LARS, METTE, type DemoEvent } from './support/emulatorState';
import { fillPreparation, type PreparationText } from './support/prepare';

jest.setTimeout(300_000);

const TEXT: PreparationText = {
  privateNote: 'Privat note om weekender',
  goals: 'Et godt budgetår',
  workEnvironment: 'Fri i weekenden',
  alignWithLeader: 'Prioriteringer',
  selfAgreements: [{ text: 'Jeg holder fri i weekenden og tjekker ind hver hverdag', followUp: 'Jeg krydser af hver dag', cadence: 'Dagligt' }],
  leaderAgreements: [{ text: 'Vi tager budgettet op hvert kvartal', followUp: 'Kvartalsdialogen', cadence: 'Kvartalsvis' }],
  points: ['Budgettet', 'Min trivsel'],
};

let browser: LaunchedBrowser | undefined;

beforeAll(async () => {
  await resetEmulator();
});

afterAll(async () => {
  await browser?.close();
});

const section = (page: Page) => page.locator('[data-book-and-share]');

async function waitForForm(page: Page): Promise<void> {
  await section(page).getByRole('heading', { level: 2, name: 'Book og del' }).waitFor();
  await page.getByTestId('nearest-leader').getByText('Lars Nielsen').waitFor({ timeout: 60_000 });
  await page.getByTestId('slot-list').waitFor({ timeout: 60_000 });
}

const roomSelect = (page: Page) => page.locator('[data-invite-section="time"]').getByRole('combobox', { name: 'Et roligt lokale (valgfrit)' });
const quarterly = (page: Page) => page.locator('[data-invite-section="followUps"]').getByRole('checkbox', { name: /^Kvartalsdialog/ });
const mayEdit = (page: Page) => section(page).getByRole('radio', { name: 'Læse og redigere aftalen (må redigere)' });
const weekdaysOnly = (page: Page) => page.getByTestId('weekdays-only');

test('every booking choice survives a reload, and the booking uses them', async () => {
  browser = await launchBrowser({ locale: 'da-DK' });
  const { page } = browser;
  await fillPreparation(page, TEXT);
  await waitForForm(page);

  // Choose: the third free slot, a quiet room, the quarterly series too, "må redigere", weekdays only.
  const slot = page.getByTestId('slot-list').getByRole('radio').nth(2);
  await slot.check();
  const slotValue = await slot.getAttribute('value');
  // Rooms are asked for only when the leader asks for one (incremental consent).
  await page.getByTestId('ask-for-rooms').click();
  await roomSelect(page).selectOption('stillerummet@demokommune.example');
  await quarterly(page).check();
  await mayEdit(page).check();
  await weekdaysOnly(page).check();
  const quarterlyFirst = await page.locator('[data-follow-up="quarterlyDialogue"] input[type="date"]').inputValue();
  await page.locator('[data-save-status="saved"]').waitFor();

  await page.reload();
  await waitForForm(page);
  expect(await page.getByTestId('slot-list').getByRole('radio', { checked: true }).getAttribute('value')).toBe(slotValue);
  expect(await roomSelect(page).inputValue()).toBe('stillerummet@demokommune.example');
  expect(await quarterly(page).isChecked()).toBe(true);
  expect(await page.locator('[data-follow-up="quarterlyDialogue"] input[type="date"]').inputValue()).toBe(quarterlyFirst);
  expect(await mayEdit(page).isChecked()).toBe(true);
  expect(await weekdaysOnly(page).isChecked()).toBe(true);

  await section(page).getByRole('button', { name: 'Book og del' }).click();
  await page
    .locator('[data-testid="booking-complete"], [data-testid="booking-partial"], [data-testid="booking-invalid"]')
    .first()
    .waitFor({ timeout: 120_000 });
  expect(await page.getByTestId('booking-complete').count()).toBe(1);

  const state = await demoState();
  const mine = state.events.filter((e) => e.owner === METTE && !e.seeded && e.isCancelled !== true);
  const dialogue = mine.find((e) => e.type === 'singleInstance' && (e.attendees ?? []).some((a) => a.emailAddress.address === LARS)) as DemoEvent;
  expect((dialogue.attendees ?? []).map((a) => a.emailAddress.address)).toContain('stillerummet@demokommune.example');
  expect(String((dialogue.start as { dateTime: string }).dateTime).slice(0, 16)).toBe(String(slotValue).slice(0, 16));
  const series = mine.filter((e) => e.type === 'seriesMaster' && (e.attendees ?? []).some((a) => a.emailAddress.address === LARS));
  const quarterlySeries = series.find((e) => e.recurrence?.pattern.type === 'absoluteMonthly' && e.recurrence.pattern.interval === 3) as DemoEvent;
  expect(quarterlySeries).toBeDefined();
  expect(String((quarterlySeries.start as { dateTime: string }).dateTime).slice(0, 10)).toBe(quarterlyFirst);
  expect(state.permissions.filter((p) => p.grantee === LARS).map((p) => p.roles)).toEqual([['write']]);
  const reminder = state.todoTasks.find((t) => t.owner === METTE && t.title.startsWith('Jeg holder fri i weekenden'));
  expect((reminder?.recurrence as { pattern: { type: string; daysOfWeek: string[] } }).pattern).toMatchObject({
    type: 'weekly',
    daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  });

  // "Inviter din leder" ticked itself from what the booking did.
  const checklist = page.locator('[data-invite-checklist] input[type="checkbox"]');
  await expect(checklist.nth(1).isChecked()).resolves.toBe(true);
  expect(await Promise.all([0, 1, 2, 3].map((i) => checklist.nth(i).isChecked()))).toEqual([true, true, true, true]);
});
