/**
 * Follow-ups respect the nearest leader's calendar (issue 15, item 2), in Chromium against the
 * Graph emulator: Lars has a week of „Ferie" (all day, out of office) and the series' first meeting
 * falls on a Danish public holiday. Step 3 names both clashes with Danish dates; „Flyt til …" moves
 * each of them, and after „Book og del" the series in Lars's calendar has them as exceptions on
 * clear days: no meeting on the holiday, none in the holiday week.
 */
import Holidays from 'date-holidays';
import type { Page } from 'playwright-core';
import { emulatorUrl, launchBrowser, resetEmulator, type LaunchedBrowser } from './support/browser';
import { LARS } from './support/emulatorState';
import { fillPreparation, type PreparationText } from './support/prepare';

jest.setTimeout(400_000);

const CPH = 'Romance Standard Time';
const SUBJECT = 'Kort dialog om lederaftalen';
const TEXT: PreparationText = {
  privateNote: 'Kun til mig',
  goals: 'Styrke sammenhængen i hjemmeplejen',
  workEnvironment: 'Mindre krydspres',
  alignWithLeader: 'Prioritering',
  selfAgreements: [{ text: 'Jeg holder fri i weekenden', followUp: 'Jeg krydser af', cadence: 'Dagligt' }],
  leaderAgreements: [{ text: 'Vi tager krydspres op', followUp: 'På statusmøderne', cadence: 'Ugentligt' }],
  points: ['Mit ledelsesrum'],
};

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const weekday = (date: string) => new Date(dayMs(date)).getUTCDay();

/** The first Danish public holiday on a weekday at least 24 days ahead (after the dialogue's slots). */
function nextWeekdayHoliday(): { date: string; name: string } {
  const calendar = new Holidays('DK', { types: ['public'] });
  const earliest = iso(Date.now() + 24 * DAY);
  const year = new Date().getUTCFullYear();
  const all = [...calendar.getHolidays(year), ...calendar.getHolidays(year + 1)]
    .filter((h) => h.type === 'public')
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
  const found = all.find((h) => h.date >= earliest && weekday(h.date) >= 1 && weekday(h.date) <= 5);
  if (!found) throw new Error('no public holiday ahead');
  return found;
}

async function graphAs(upn: string, method: string, path: string, body?: unknown): Promise<any> {
  const token = await fetch(`${emulatorUrl()}/demo/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: upn }),
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const res = await fetch(`${emulatorUrl()}/v1.0${path}`, {
    method,
    headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json', Prefer: `outlook.timezone="${CPH}"` },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

let browser: LaunchedBrowser;
let page: Page;
const holiday = nextWeekdayHoliday();
// The second meeting (14 days on) falls in Lars's week of „Ferie", Monday to Friday.
const second = iso(dayMs(holiday.date) + 14 * DAY);
const ferieMonday = iso(dayMs(second) - (weekday(second) - 1) * DAY);
const ferieEnd = iso(dayMs(ferieMonday) + 5 * DAY);

beforeAll(async () => {
  await resetEmulator();
  await graphAs(LARS, 'POST', '/me/events', {
    subject: 'Ferie',
    isAllDay: true,
    showAs: 'oof',
    start: { dateTime: `${ferieMonday}T00:00:00`, timeZone: CPH },
    end: { dateTime: `${ferieEnd}T00:00:00`, timeZone: CPH },
  });
  browser = await launchBrowser({ locale: 'da-DK' });
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
});

it('shows the holiday and the nearest leader’s absence as clashes, moves both, and books them as exceptions on clear days', async () => {
  await fillPreparation(page, TEXT);
  await page.getByTestId('nearest-leader').getByText('Lars Nielsen').waitFor({ timeout: 60_000 });
  await page.getByTestId('slot-list').getByRole('radio').first().check();
  const series = page.locator('[data-follow-up="shortDialogueBiweekly"]');
  await series.locator('input[type="date"]').fill(holiday.date);

  const check = page.locator('[data-clash-check="shortDialogueBiweekly"]');
  await check.locator('[data-clash-status="clashes"]').waitFor({ timeout: 60_000 });
  const onHoliday = check.locator(`[data-clash="${holiday.date}"]`);
  const inFerie = check.locator(`[data-clash="${second}"]`);
  const month = (date: string) => new Intl.DateTimeFormat('da-DK', { month: 'long', timeZone: 'UTC' }).format(new Date(dayMs(date)));
  // Danish dates („1. januar kl. 10.00") and the reasons in words.
  expect(await onHoliday.textContent()).toContain(`${Number(holiday.date.slice(8))}. ${month(holiday.date)}`);
  expect(await onHoliday.textContent()).toContain(`helligdag (${holiday.name})`);
  expect(await inFerie.textContent()).toContain('Lars Nielsen er fraværende');

  await onHoliday.getByRole('button', { name: /^Flyt mødet/ }).click();
  await check.locator(`[data-clash-moved="${holiday.date}"]`).waitFor();
  await inFerie.getByRole('button', { name: /^Flyt mødet/ }).click();
  await check.locator(`[data-clash-moved="${second}"]`).waitFor();

  await page.locator('[data-book-and-share]').getByRole('button', { name: 'Book og del' }).click();
  await page.getByTestId('booking-complete').waitFor({ timeout: 120_000 });

  // Lars's calendar: the series' meetings in the first five weeks.
  const from = `${iso(dayMs(holiday.date) - DAY)}T00:00:00Z`;
  const to = `${iso(dayMs(holiday.date) + 35 * DAY)}T00:00:00Z`;
  const view = await graphAs(LARS, 'GET', `/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=1000`);
  const meetings = (view.value as any[]).filter((e) => e.subject === SUBJECT && !e.isCancelled);
  const days = meetings.map((e) => String(e.start.dateTime).slice(0, 10));
  expect(meetings.filter((e) => e.type === 'exception')).toHaveLength(2);
  expect(days).not.toContain(holiday.date);
  for (const d of days) expect(d >= ferieMonday && d < ferieEnd).toBe(false);
  // Nothing lost: the moved meetings are still there, on weekdays.
  expect(meetings.length).toBeGreaterThanOrEqual(3);
  for (const d of days) expect([0, 6]).not.toContain(weekday(d));
});
