/**
 * The agreement between two, end to end in Chromium against the Graph emulator (issue 12, "What was
 * seen", item 1), in two rounds with the same two browser profiles:
 *
 *  round 1: Mette (the leader) books and shares with the default "Læse og redigere"; Lars (her
 *    nearest leader) opens the chat card's link, comments on a field, adds an agreement and presses
 *    "Vi er enige"; Mette opens the app (one quiet notice), step 2, the follow-up view and the
 *    dialogue panel, and closes the tab;
 *  round 2: Mette changes a field and presses "Book og del" again; Lars adds another agreement and
 *    accepts again; Mette opens the app and the same views again.
 *
 * After each round lederaftale.json and Lederaftale.docx in Mette's OneDrive still hold everything
 * Lars added and his acceptance, and each of Mette's views shows it. Her own chat-card link opens
 * her own view, not the nearest leader's form. axe finds nothing serious in the new parts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { contractIdFromDeepLink } from '../../src/host/contractLinks';
import { docxParagraphs } from '../support/docxText';
import { appUrl, launchBrowser, resetEmulator, type LaunchedBrowser } from './support/browser';
import { demoState, fileBytes, LARS, METTE } from './support/emulatorState';
import { fillPreparation, GOALS_LABEL, type PreparationText } from './support/prepare';

jest.setTimeout(600_000);

const LARS_AGREEMENT_1 = 'Jeg giver sparring om krydspres, når du beder om det';
const LARS_AGREEMENT_2 = 'Vi tager en status på dit ledelsesrum hvert kvartal';
const LARS_COMMENT = 'Godt mål – lad os se på nøgletallene sammen';
const NEW_GOALS = 'Styrke sammenhængen i hjemmeplejen og fastholde medarbejderne';

const TEXT: PreparationText = {
  privateNote: 'PRIVAT-NOTE-12 om min trivsel',
  goals: 'Styrke sammenhængen i hjemmeplejen',
  workEnvironment: 'Mindre krydspres og mere sparring',
  alignWithLeader: 'Hvordan vi prioriterer, når ressourcerne ikke slår til',
  selfAgreements: [{ text: 'Jeg holder fri fra mails efter kl. 17', followUp: 'Jeg krydser af hver dag', cadence: 'Dagligt' }],
  leaderAgreements: [{ text: 'Vi tager krydspres op på statusmøderne', followUp: 'De sidste 5 minutter', cadence: 'Ugentligt' }],
  points: ['Mit ledelsesrum i budgetprocessen', 'Min egen trivsel som leder'],
};

interface SharedJson {
  fields: { goals: string };
  leaderAgreements: { id: string; text: string; addedBy?: { displayName: string; role: string } }[];
  collaboration?: { acceptance?: { displayName: string; at: string; version?: string }; comments: { text: string; by: { displayName: string } }[] };
}

const browsers: LaunchedBrowser[] = [];
let metteContext: BrowserContext;
let mette: Page;
let lars: Page;
let contractRef = '';

async function expectNoSeriousAxeViolations(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** What Mette's OneDrive holds now: the JSON and the .docx's paragraphs. */
async function stored(): Promise<{ json: SharedJson; docx: string[] }> {
  const state = await demoState();
  const jsonItem = state.driveItems.find((i) => i.owner === METTE && i.name === 'lederaftale.json') as { id: string };
  const docxItem = state.driveItems.find((i) => i.owner === METTE && i.name === 'Lederaftale.docx') as { id: string };
  const json = JSON.parse(new TextDecoder().decode(await fileBytes(METTE, jsonItem.id))) as SharedJson;
  const docx = await docxParagraphs(await fileBytes(METTE, docxItem.id));
  return { json, docx };
}

/** Everything Lars added, in both files: his agreements (signed), his comment, his acceptance. */
async function expectLarsPartStored(agreements: string[]): Promise<SharedJson> {
  const { json, docx } = await stored();
  for (const text of agreements) {
    expect(json.leaderAgreements.find((a) => a.text === text)?.addedBy).toMatchObject({ displayName: 'Lars Nielsen', role: 'nearestLeader' });
    expect(docx).toContain(text);
  }
  expect(json.collaboration?.comments.find((c) => c.text === LARS_COMMENT)?.by.displayName).toBe('Lars Nielsen');
  expect(json.collaboration?.acceptance?.displayName).toBe('Lars Nielsen');
  expect(docx).toContain('Aftaler tilføjet af Lars Nielsen');
  expect(docx.filter((p) => p.startsWith('Tilføjet af Lars Nielsen den '))).toHaveLength(agreements.length);
  expect(docx.some((p) => p.startsWith('Kommentar fra Lars Nielsen, ') && p.endsWith(LARS_COMMENT))).toBe(true);
  expect(docx[docx.indexOf('Accept') + 1]).toMatch(/^Accepteret af Lars Nielsen den \d{1,2}\. [a-zæøå]+ \d{4}\.$/);
  return json;
}

/** Lars, on the chat card's link: adds an agreement and accepts the version he sees. */
async function larsAddsAndAccepts(agreement: string): Promise<void> {
  await lars.goto(appUrl(`/?contract=${encodeURIComponent(contractRef)}`));
  await lars.getByRole('heading', { level: 2, name: 'Lederaftale fra Mette Hansen' }).waitFor({ timeout: 60_000 });
  await lars.getByRole('textbox', { name: 'Aftale', exact: true }).fill(agreement);
  await lars.getByRole('textbox', { name: 'Hvornår og hvordan følger vi op?' }).fill('Når vi holder opfølgning');
  await lars.getByRole('button', { name: 'Tilføj aftale' }).click();
  await lars.locator('[data-shared-field="leaderAgreements"]').getByText(agreement).waitFor({ timeout: 30_000 });
  await lars.getByRole('button', { name: 'Vi er enige' }).click();
  // In round 2 the earlier acceptance is on screen already, under „Ændret efter accept": the new one
  // is saved when that box is gone.
  await lars.locator('[data-acceptance-status="changed"]').waitFor({ state: 'detached', timeout: 30_000 });
  await lars.getByText(/^Accepteret af Lars Nielsen/).waitFor({ timeout: 30_000 });
}

/** Mette opens the app, then step 2, the follow-up view and the dialogue panel: each shows Lars's part. */
async function metteLooks(agreements: string[], notice: RegExp): Promise<void> {
  mette = await metteContext.newPage();
  await mette.goto(appUrl('/'));
  // One quiet notice, once.
  const bar = mette.locator('[data-nearest-leader-notice]');
  await bar.getByText(notice).waitFor({ timeout: 60_000 });
  await expectNoSeriousAxeViolations(mette, '[data-nearest-leader-notice]');
  await bar.getByRole('link', { name: 'Se det i din lederkontrakt' }).click();

  // Step 2: the acceptance in the header, his agreements signed in their own list, his comment beside the field.
  await mette.getByRole('heading', { level: 1, name: '2 Lederkontrakt' }).waitFor();
  await mette
    .locator('[data-acceptance-status="current"]')
    .getByText(/^Accepteret af Lars Nielsen den /)
    .waitFor({ timeout: 60_000 });
  const theirs = mette.locator('[data-contract-field="leaderAgreements"] [data-nearest-leader-agreements]');
  for (const text of agreements) await theirs.getByText(text).waitFor();
  expect(await theirs.getByText(/^Tilføjet af Lars Nielsen den /).count()).toBe(agreements.length);
  // Not among her own, editable ones.
  const ownTexts = await mette.locator('[data-agreements="leaderAgreements"] textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  for (const text of agreements) expect(ownTexts).not.toContain(text);
  await mette.locator('[data-contract-field="goals"] [data-nearest-leader-comments]').getByText(LARS_COMMENT).waitFor();
  await expectNoSeriousAxeViolations(mette, '[data-contract-field="leaderAgreements"]');
  await expectNoSeriousAxeViolations(mette, '[data-contract-field="goals"]');
  expect(await mette.locator('[data-nearest-leader-notice]').count()).toBe(0);

  // The follow-up view.
  await mette.goto(appUrl('/?view=follow-up'));
  const view = mette.getByTestId('follow-up-view');
  await view.waitFor({ timeout: 60_000 });
  await view.locator('[data-acceptance-status="current"]').first().waitFor({ timeout: 60_000 });
  const part = view.locator('[data-nearest-leader-part]');
  for (const text of agreements) await part.getByText(text).waitFor();
  await part.getByText(LARS_COMMENT).waitFor();
  await mette.locator('[data-onedrive-status="saved"]').waitFor({ timeout: 60_000 });
  await expectNoSeriousAxeViolations(mette, '[data-nearest-leader-part]');
  // Opened again, the same news is not told twice.
  expect(await mette.locator('[data-nearest-leader-notice]').count()).toBe(0);

  // The dialogue panel.
  await mette.goto(appUrl('/?view=dialogue'));
  const panel = mette.getByTestId('dialogue-panel');
  await panel.waitFor({ timeout: 60_000 });
  const inPanel = panel.locator('[data-nearest-leader-part]');
  for (const text of agreements) await inPanel.getByText(text).waitFor({ timeout: 60_000 });
  await inPanel.getByText(/^Accepteret af Lars Nielsen den /).waitFor();
  await mette.locator('[data-testid="dialogue-save-status"][data-status="saved"]').waitFor({ timeout: 60_000 });
  await expectNoSeriousAxeViolations(mette, '[data-nearest-leader-part]');

  // She closes the tab (the profile, its draft and its merge bases stay, as in a browser).
  await mette.close();
}

beforeAll(async () => {
  await resetEmulator();
  const m = await launchBrowser({ locale: 'da-DK' });
  const l = await launchBrowser({ locale: 'da-DK' });
  browsers.push(m, l);
  metteContext = m.context;
  mette = m.page;
  lars = l.page;
  // Lars in his own profile: the demo switch stores the choice and reloads.
  await lars.goto(appUrl('/'));
  const select = lars.getByRole('combobox', { name: 'Brug appen som' });
  await select.locator(`option[value="${LARS}"]`).waitFor({ state: 'attached' });
  await Promise.all([lars.waitForEvent('load'), select.selectOption(LARS)]);
});

afterAll(async () => {
  for (const b of browsers) await b.close();
});

it('round 1: Mette books and shares with "Læse og redigere" (the default), Lars comments, adds an agreement and agrees', async () => {
  await fillPreparation(mette, TEXT);
  const booking = mette.locator('[data-book-and-share]');
  await booking.getByRole('heading', { level: 2, name: 'Book og del' }).waitFor();
  await mette.getByTestId('nearest-leader').getByText('Lars Nielsen').waitFor({ timeout: 60_000 });
  await mette.getByTestId('slot-list').getByRole('radio').first().check();
  // The default, and one line on what read-only would take away.
  expect(await booking.getByRole('radio', { name: 'Læse og redigere aftalen (må redigere)' }).isChecked()).toBe(true);
  await booking.getByText('Med kun læseadgang kan din nærmeste leder ikke kommentere, tilføje aftaler eller sige „Vi er enige“', { exact: false }).waitFor();
  await expectNoSeriousAxeViolations(mette, '[data-invite-section="share"]');
  await booking.getByRole('button', { name: 'Book og del' }).click();
  await mette.getByTestId('booking-complete').waitFor({ timeout: 120_000 });
  await mette.locator('[data-save-status="saved"]').waitFor();

  const state = await demoState();
  expect(state.permissions.filter((p) => p.grantee === LARS).map((p) => p.roles)).toEqual([['write']]);
  const card = JSON.parse(String(state.messages.at(-1)?.attachments[0]?.content)) as { actions: { title: string; url: string }[] };
  contractRef = contractIdFromDeepLink(card.actions.find((a) => a.title === 'Åbn i Lederdialog')?.url ?? '') ?? '';
  expect(contractRef).not.toBe('');
  await mette.close();

  // Lars: a comment on the goals, an agreement, "Vi er enige".
  await lars.goto(appUrl(`/?contract=${encodeURIComponent(contractRef)}`));
  await lars.getByRole('heading', { level: 2, name: 'Lederaftale fra Mette Hansen' }).waitFor({ timeout: 60_000 });
  const goals = lars.locator('[data-shared-field="goals"]');
  await goals.locator(`[data-comment-field="goals"]`).fill(LARS_COMMENT);
  await goals.getByRole('button', { name: 'Tilføj kommentar' }).click();
  await goals.getByText(LARS_COMMENT).first().waitFor({ timeout: 30_000 });
  await larsAddsAndAccepts(LARS_AGREEMENT_1);
  await expectLarsPartStored([LARS_AGREEMENT_1]);
});

it('round 1: Mette sees Lars’s part in the notice, step 2, the follow-up view and the dialogue panel; the files keep it', async () => {
  await metteLooks([LARS_AGREEMENT_1], /^Lars Nielsen har tilføjet 1 aftale og 1 kommentar og er enig\./);
  await expectLarsPartStored([LARS_AGREEMENT_1]);
});

it('her own chat-card link opens her own view, not the nearest leader’s form', async () => {
  mette = await metteContext.newPage();
  await mette.goto(appUrl(`/?contract=${encodeURIComponent(contractRef)}`));
  await mette.getByRole('heading', { level: 1, name: '2 Lederkontrakt' }).waitFor({ timeout: 60_000 });
  expect(new URL(mette.url()).searchParams.get('view')).toBeNull();
  expect(await mette.getByText(/^Din kommentar/).count()).toBe(0);
  expect(await mette.getByRole('heading', { name: 'Din del af aftalen' }).count()).toBe(0);
  await mette.locator('[data-nearest-leader-agreements]').getByText(LARS_AGREEMENT_1).waitFor({ timeout: 60_000 });
  await mette.close();
});

it('round 2: Mette changes a field and books and shares again; the booking keeps Lars’s part', async () => {
  mette = await metteContext.newPage();
  await mette.goto(appUrl('/#contract'));
  await mette.getByRole('heading', { level: 1, name: '2 Lederkontrakt' }).waitFor();
  await mette.getByRole('textbox', { name: GOALS_LABEL }).fill(NEW_GOALS);
  await mette.locator('[data-save-status="saved"]').waitFor();
  await mette.goto(appUrl('/#prepare'));
  const booking = mette.locator('[data-book-and-share]');
  await booking.getByRole('heading', { level: 2, name: 'Book og del' }).waitFor();
  await mette.getByTestId('nearest-leader').getByText('Lars Nielsen').waitFor({ timeout: 60_000 });
  await booking.getByRole('button', { name: 'Book og del' }).click();
  await mette.getByTestId('booking-complete').waitFor({ timeout: 120_000 });
  await mette.locator('[data-save-status="saved"]').waitFor();
  await mette.close();

  // Her change is in, and Lars's agreement, comment and acceptance are still there.
  const { json, docx } = await stored();
  expect(json.fields.goals).toBe(NEW_GOALS);
  expect(docx).toContain(NEW_GOALS);
  expect(json.leaderAgreements.find((a) => a.text === LARS_AGREEMENT_1)?.addedBy?.displayName).toBe('Lars Nielsen');
  expect(json.collaboration?.comments.some((c) => c.text === LARS_COMMENT)).toBe(true);
  // The acceptance is kept, for the version he accepted: the document says it changed since.
  expect(json.collaboration?.acceptance?.displayName).toBe('Lars Nielsen');
  expect(docx[docx.indexOf('Accept') + 1]).toMatch(/^Ændret efter accept: Lars Nielsen accepterede en tidligere version/);
});

it('round 2: Lars adds another agreement and accepts again; Mette sees all of it everywhere; the files keep it', async () => {
  await lars.goto(appUrl(`/?contract=${encodeURIComponent(contractRef)}`));
  await lars.locator('[data-acceptance-status="changed"]').waitFor({ timeout: 60_000 });
  await larsAddsAndAccepts(LARS_AGREEMENT_2);
  const json = await expectLarsPartStored([LARS_AGREEMENT_1, LARS_AGREEMENT_2]);
  const acceptedAt = json.collaboration?.acceptance?.at;

  await metteLooks([LARS_AGREEMENT_1, LARS_AGREEMENT_2], /^Lars Nielsen har tilføjet 1 aftale og er enig\./);
  const after = await expectLarsPartStored([LARS_AGREEMENT_1, LARS_AGREEMENT_2]);
  // The acceptance is his second one, for the version he saw, and not rewritten by Mette's app.
  expect(after.collaboration?.acceptance?.at).toBe(acceptedAt);
  expect(after.fields.goals).toBe(NEW_GOALS);
});
