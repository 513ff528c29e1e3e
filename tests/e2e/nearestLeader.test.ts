/**
 * The nearest leader's side in Chromium against the Graph emulator:
 *  1. the leader (Mette) prepares, books and shares through the UI, letting her manager edit;
 *  2. as the nearest leader (Lars, chosen with the demo user switch in his own profile), the chat
 *     card's link (read from the posted card) opens the contract; he adds an agreement and accepts;
 *  3. as the leader, "Fra din nærmeste leder" shows the addition and the acceptance;
 *  4. "Delt med mig" lists the contract with the right next follow-up date;
 * plus a third person (Jonas) opening the same link gets a clear message, no request reaches
 * anyone's app folder (private notes) after sharing, and axe finds nothing serious in the views.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { contractIdFromDeepLink } from '../../src/host/contractLinks';
import { decodeContractRef } from '../../src/host/deepLink';
import { appUrl, launchBrowser, resetEmulator, type LaunchedBrowser } from './support/browser';
import { demoState, fileBytes, graphLog, LARS, METTE } from './support/emulatorState';
import { fillPreparation, type PreparationText } from './support/prepare';

jest.setTimeout(300_000);

const JONAS = 'jonas.pedersen@demokommune.example';
const PRIVATE_NOTE = 'PRIVAT-NOTE-NL7 om min trivsel';
const LARS_AGREEMENT = 'Jeg giver sparring om krydspres, når du beder om det';
const LARS_FOLLOW_UP = 'De sidste 5 minutter af vores 14-dages dialog';

const TEXT: PreparationText = {
  privateNote: PRIVATE_NOTE,
  goals: 'Styrke sammenhængen i hjemmeplejen',
  workEnvironment: 'Mindre krydspres og mere sparring',
  alignWithLeader: 'Hvordan vi prioriterer, når ressourcerne ikke slår til',
  selfAgreements: [{ text: 'Jeg holder fri fra mails efter kl. 17', followUp: 'Jeg krydser af hver dag', cadence: 'Dagligt' }],
  leaderAgreements: [{ text: 'Vi tager krydspres op på statusmøderne', followUp: 'De sidste 5 minutter', cadence: 'Ugentligt' }],
  points: ['Mit ledelsesrum i budgetprocessen', 'Min egen trivsel som leder'],
};

const browsers: LaunchedBrowser[] = [];
let mette: Page;
let contractRef: string;
let sharedLogStart = 0;

async function open(): Promise<Page> {
  const b = await launchBrowser({ locale: 'da-DK' });
  browsers.push(b);
  return b.page;
}

/** A fresh profile acting as `upn`: the demo switch stores the choice and reloads. */
async function openAs(upn: string): Promise<Page> {
  const page = await open();
  await page.goto(appUrl('/'));
  const select = page.getByRole('combobox', { name: 'Brug appen som' });
  await select.locator(`option[value="${upn}"]`).waitFor({ state: 'attached' });
  await Promise.all([page.waitForEvent('load'), select.selectOption(upn)]);
  return page;
}

async function expectNoSeriousAxeViolations(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

beforeAll(async () => {
  await resetEmulator();
});

afterAll(async () => {
  for (const b of browsers) await b.close();
});

it('1. the leader books and shares, letting her nearest leader edit', async () => {
  mette = await open();
  await fillPreparation(mette, TEXT);
  const booking = mette.locator('[data-book-and-share]');
  await booking.getByRole('heading', { level: 2, name: 'Book og del' }).waitFor();
  await mette.getByTestId('nearest-leader').getByText('Lars Nielsen').waitFor({ timeout: 60_000 });
  await mette.getByTestId('slot-list').getByRole('radio').first().check();
  await booking.getByRole('radio', { name: 'Læse og redigere aftalen (må redigere)' }).check();
  await booking.getByRole('button', { name: 'Book og del' }).click();
  await mette.getByTestId('booking-complete').waitFor({ timeout: 120_000 });

  // The posted card, as Lars receives it: its "Åbn i Lederdialog" link carries the located reference.
  const state = await demoState();
  const card = JSON.parse(String(state.messages.at(-1)?.attachments[0]?.content)) as { actions: { title: string; url: string }[] };
  const link = card.actions.find((a) => a.title === 'Åbn i Lederdialog')?.url ?? '';
  contractRef = contractIdFromDeepLink(link) ?? '';
  const ref = decodeContractRef(contractRef);
  expect(ref?.driveId).toBeTruthy();
  expect(ref?.folderId).toBeTruthy();
  sharedLogStart = graphLog().length;
});

it('2. the nearest leader opens the card’s link, adds an agreement and accepts', async () => {
  const lars = await openAs(LARS);
  await lars.goto(appUrl(`/?contract=${encodeURIComponent(contractRef)}`));
  await lars.getByRole('heading', { level: 2, name: 'Lederaftale fra Mette Hansen' }).waitFor({ timeout: 60_000 });
  expect(new URL(lars.url()).searchParams.get('view')).toBe('shared-contract');
  await lars.getByText(TEXT.goals).waitFor();
  await lars.getByText(TEXT.points[0] as string).waitFor();
  await expectNoSeriousAxeViolations(lars, '[data-view="shared-contract"]');

  await lars.getByRole('textbox', { name: 'Aftale', exact: true }).fill(LARS_AGREEMENT);
  await lars.getByRole('textbox', { name: 'Hvornår og hvordan følger vi op?' }).fill(LARS_FOLLOW_UP);
  await lars.getByRole('button', { name: 'Tilføj aftale' }).click();
  await lars.getByText('Gemt i den delte aftale').waitFor({ timeout: 30_000 });
  await lars.locator('[data-shared-field="leaderAgreements"]').getByText(LARS_AGREEMENT).waitFor();
  await lars.getByRole('button', { name: 'Vi er enige' }).click();
  await lars.getByText(/^Accepteret af Lars Nielsen/).waitFor({ timeout: 30_000 });

  // It is in the shared JSON, signed.
  const state = await demoState();
  const json = state.driveItems.find((i) => i.owner === METTE && i.name === 'lederaftale.json') as { id: string };
  const shared = JSON.parse(new TextDecoder().decode(await fileBytes(METTE, json.id))) as {
    leaderAgreements: { text: string; addedBy?: { displayName: string; role: string } }[];
    collaboration?: { acceptance?: { displayName: string } };
  };
  expect(shared.leaderAgreements.find((a) => a.text === LARS_AGREEMENT)?.addedBy).toMatchObject({ displayName: 'Lars Nielsen', role: 'nearestLeader' });
  expect(shared.collaboration?.acceptance?.displayName).toBe('Lars Nielsen');
});

it('4. "Delt med mig" lists the contract with the next follow-up from the booked series', async () => {
  const lars = await openAs(LARS);
  await lars.goto(appUrl('/?view=shared-with-me'));
  const row = lars.getByRole('row', { name: /Mette Hansen/ });
  await row.waitFor({ timeout: 60_000 });
  const state = await demoState();
  const json = state.driveItems.find((i) => i.owner === METTE && i.name === 'lederaftale.json') as { id: string };
  const shared = JSON.parse(new TextDecoder().decode(await fileBytes(METTE, json.id))) as { bookings: { followUps: { start: string }[] } };
  const firstFollowUp = shared.bookings.followUps[0]?.start.slice(0, 10) as string;
  // Lars's own copy of the series answers with the same first date (booked in the coming weeks).
  const larsSeries = state.events.find((e) => e.owner === LARS && !e.seeded && e.type === 'seriesMaster');
  expect(larsSeries).toBeDefined();
  expect(await row.locator('[data-next-follow-up]').getAttribute('data-next-follow-up')).toBe(firstFollowUp);
  await row.getByText('Accepteret').waitFor();
  await expectNoSeriousAxeViolations(lars, '[data-view="shared-with-me"]');
  // From the overview, the contract opens.
  await row.getByRole('link', { name: 'Åbn aftalen fra Mette Hansen' }).click();
  await lars.getByRole('heading', { level: 2, name: 'Lederaftale fra Mette Hansen' }).waitFor();
});

it('a third person opening the same link gets a clear message, not an error page', async () => {
  const jonas = await openAs(JONAS);
  await jonas.goto(appUrl(`/?contract=${encodeURIComponent(contractRef)}`));
  await jonas.getByText('Du har ikke adgang til denne lederaftale', { exact: false }).waitFor({ timeout: 60_000 });
  await expectNoSeriousAxeViolations(jonas, '[data-view="shared-contract"]');
});

it('no request after sharing reached the app folder or the private notes', async () => {
  const state = await demoState();
  const privateIds = state.driveItems
    .filter((i) => /private-noter|Lederdialog \(privat\)/.test(i.path) || (i as { specialFolder?: string | null }).specialFolder === 'approot')
    .map((i) => i.id);
  const lines = graphLog(sharedLogStart);
  expect(lines.length).toBeGreaterThan(5);
  for (const line of lines) {
    expect(line.url).not.toMatch(/approot|\/special\//i);
    for (const id of privateIds) expect(line.url).not.toContain(id);
  }
});

it('3. the leader sees the addition and the acceptance in her own view', async () => {
  // The leader comes back to the app later (a new load; the same-hash goto would not reload).
  await mette.reload();
  const panel = mette.locator('[data-panel="from-nearest-leader"]');
  await panel.getByRole('heading', { name: 'Fra din nærmeste leder' }).waitFor({ timeout: 60_000 });
  await panel.getByText(LARS_AGREEMENT, { exact: false }).waitFor({ timeout: 30_000 });
  await panel.getByText(/^Accepteret af Lars Nielsen den /).waitFor();
  await expectNoSeriousAxeViolations(mette, '[data-panel="from-nearest-leader"]');
  await panel.getByRole('button', { name: 'Tag tilføjelserne med i min aftale' }).click();
  await panel.getByText('Tilføjelserne er med i din aftale.').waitFor();
});
