/**
 * "Book og del" in a strict tenant (GRAPH_EMULATOR_TENANT=strict, switched at run time): no admin
 * consent, the app not in the org catalog, short join links. Everything a leader can do alone works;
 * what needs an admin ends in one line with the admin's link; the only 403 is the manager look-up
 * (answered by the people picker); and no scope is asked for before its action: the rooms scope
 * only when the leader asks for a room, the meeting-pin scopes only after the booking.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { emulatorUrl, launchBrowser, resetEmulator, type LaunchedBrowser } from './support/browser';
import { demoState, graphLog, LARS, METTE, type LogLine } from './support/emulatorState';
import { fillPreparation, type PreparationText } from './support/prepare';

jest.setTimeout(300_000);

const TEXT: PreparationText = {
  privateNote: 'PRIVAT om krydspres',
  goals: 'Styrke sammenhængen i hjemmeplejen',
  workEnvironment: 'Mindre krydspres og mere sparring',
  alignWithLeader: 'Hvordan vi prioriterer, når ressourcerne ikke slår til',
  selfAgreements: [{ text: 'Jeg holder fri fra mails efter kl. 17', followUp: 'Jeg krydser af hver dag', cadence: 'Dagligt' }],
  leaderAgreements: [{ text: 'Vi tager krydspres op på statusmøderne', followUp: 'De sidste 5 minutter', cadence: 'Ugentligt' }],
  points: ['Mit ledelsesrum i budgetprocessen'],
};

async function setTenant(profile: 'strict' | 'managed'): Promise<void> {
  const res = await fetch(`${emulatorUrl()}/demo/tenant`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ profile }),
  });
  if (!res.ok) throw new Error(`POST /demo/tenant: ${res.status}`);
}

const asked = (l: LogLine) => (l.body as { scopes?: string[] } | undefined)?.scopes ?? [];
const tokenRequests = (log: LogLine[]) => log.filter((l) => l.url === '/demo/token');

let logStart = 0;
let browser: LaunchedBrowser | undefined;

beforeAll(async () => {
  await resetEmulator();
  await setTenant('strict');
  logStart = graphLog().length;
});

afterAll(async () => {
  await setTenant('managed').catch(() => undefined);
  await browser?.close();
});

async function axeClean(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('[data-book-and-share]').withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${where}: ${v.id}`);
  expect(serious).toEqual([]);
}

it('books and shares without an admin; rooms and pinning end in one line with the admin link; no scope before its action', async () => {
  browser = await launchBrowser({ locale: 'da-DK' });
  const page = browser.page;
  await fillPreparation(page, TEXT);
  const booking = page.locator('[data-book-and-share]');
  await booking.getByRole('heading', { level: 2, name: 'Book og del' }).waitFor();

  // No admin consented to User.Read.All: the manager look-up is refused and the leader picks Lars.
  const picker = page.getByTestId('people-picker');
  await picker.waitFor({ timeout: 60_000 });
  await picker.click();
  await picker.pressSequentially('Lars', { delay: 50 });
  // The Fluent listbox's option (the demo user switcher's native <option>s carry no role attribute).
  await page.locator('[role="option"]', { hasText: 'lars.nielsen@' }).first().click({ timeout: 60_000 });
  await page.getByTestId('nearest-leader').getByText('Lars Nielsen').waitFor();
  await page.getByTestId('slot-list').getByRole('radio').first().check({ timeout: 60_000 });

  // Opening the step asked for no rooms scope; asking for a room does, and ends in one line with the link.
  expect(tokenRequests(graphLog(logStart)).flatMap(asked)).not.toContain('Place.Read.All');
  await page.getByTestId('ask-for-rooms').click();
  const needsAdmin = page.getByTestId('rooms-need-admin');
  await needsAdmin.waitFor();
  expect(await needsAdmin.getByRole('link').getAttribute('href')).toMatch(/^https:\/\//);
  const roomsAsked = tokenRequests(graphLog(logStart)).filter((l) => asked(l).includes('Place.Read.All'));
  expect(roomsAsked.map((l) => l.status)).toEqual([400]);
  await axeClean(page, 'form');

  const beforeBooking = graphLog().length;
  await booking.getByRole('button', { name: 'Book og del' }).click();
  await page.locator('[data-testid="booking-complete"]').waitFor({ timeout: 120_000 });

  const state = await demoState();
  const dialogue = state.events.filter(
    (e) => e.owner === METTE && !e.seeded && e.type === 'singleInstance' && (e.attendees ?? []).some((a) => a.emailAddress.address === LARS),
  );
  expect(dialogue).toHaveLength(1);
  expect((dialogue[0]?.onlineMeeting as { joinUrl?: string } | null)?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/meet\/\d+\?p=/);
  expect(state.messages.filter((m) => m.from === METTE)).toHaveLength(1);

  // Pinning needs an admin: one line, with the admin link (when the meeting's join link came back).
  const tab = page.getByTestId('meeting-tab-outcome');
  if (await tab.count()) {
    expect(await tab.getAttribute('data-status')).toBe('notAllowed');
    await page.getByTestId('meeting-tab-admin-link').waitFor();
  }
  await axeClean(page, 'summary');

  // The pin scopes were asked for only after the booking; the only Graph 403 is the manager look-up.
  const log = graphLog(logStart);
  const pinAsked = log.findIndex((l) => l.url === '/demo/token' && asked(l).includes('TeamsTab.ReadWriteSelfForChat'));
  if (pinAsked >= 0) expect(logStart + pinAsked).toBeGreaterThan(beforeBooking);
  const refused = log.filter((l) => l.url.startsWith('/v1.0/') && l.status === 403).map((l) => `${l.method} ${l.url.split('?')[0]}`);
  expect([...new Set(refused)]).toEqual(['GET /v1.0/me/manager']);
});
