/**
 * The 45-minute dialogue in the Teams meeting, in Chromium against the emulator. "Book and share" is
 * driven from the test through the invite engine with the leader's (Mette's) demo token, sharing
 * with "may edit" and pinning the app in the meeting (the same engine the step-3 button runs; its
 * UI has its own e2e test). Then the simulated Teams host starts the pinned tab's contentUrl in the
 * meetingSidePanel frame, with the meeting id and its chat, for Mette and for Lars (her nearest
 * leader) side by side, 320 px wide:
 *   1. the panel opens the right contract;
 *   2. each writes an agreement, at the same time;
 *   3. Mette presses "Afslut dialogen".
 * The shared JSON, the .docx (parsed back) and the follow-up series' agendas then hold both.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { fillManifest, readManifestFile, readTemplate, validatePackage } from '../../scripts/appPackage';
import { docxParagraphs } from '../support/docxText';
import { bookDialogueAsMette, TEAMS_APP_ID, type Booked } from './support/bookedDialogue';
import { appUrl, launchBrowser, resetEmulator, type LaunchedBrowser } from './support/browser';
import { demoState, fileBytes, LARS, METTE, type DemoEvent } from './support/emulatorState';

jest.setTimeout(240_000);

const METTE_WRITES = { text: 'Mette: jeg siger til, når ressourcerne ikke slår til', followUp: 'Første punkt på hver opfølgning' };
const LARS_WRITES = { text: 'Lars: jeg tager budgettet op med direktionen', followUp: 'Status om 14 dage' };

let booked: Booked;
const browsers: LaunchedBrowser[] = [];

beforeAll(async () => {
  await resetEmulator();
  booked = await bookDialogueAsMette();
});

afterAll(async () => {
  for (const b of browsers) await b.close();
});

/**
 * Every page of the browser starts as `who`: the demo user switch remembers its choice in
 * localStorage (Mette is the default). Only on the app's own origins: an about:blank page (a frame
 * before it navigates) refuses localStorage with a SecurityError, an uncaught error.
 */
async function startAs(b: LaunchedBrowser, who: string): Promise<void> {
  await b.context.addInitScript((upn: string) => {
    if (window.location.protocol.startsWith('http')) window.localStorage.setItem('lederdialog.demoUser', upn);
  }, who);
}

/** The simulated Teams meeting: the side panel frame, starting the pinned tab as `who`. */
async function openSidePanel(who: string): Promise<{ page: Page; tab: Frame }> {
  const b = await launchBrowser({ locale: 'da-DK', viewport: { width: 320, height: 900 } });
  browsers.push(b);
  await startAs(b, who);
  const content = new URL(booked.contentUrl);
  const query = new URLSearchParams({
    host: 'Teams',
    locale: 'da-DK',
    frameContext: 'meetingSidePanel',
    meetingId: `MCMjMCMj${Buffer.from(booked.chatId).toString('base64')}`,
    chatId: booked.chatId,
    path: `${content.pathname}${content.search}`,
  });
  await b.page.goto(appUrl(`/__simulator/?${query}`));
  const tab = await (await b.page.waitForSelector('iframe#tab')).contentFrame();
  if (!tab) throw new Error('no tab frame');
  await tab.waitForSelector('[data-testid="dialogue-panel"]', { timeout: 60_000 });
  return { page: b.page, tab };
}

async function writeAgreement(tab: Frame, text: { text: string; followUp: string }): Promise<void> {
  const section = tab.getByTestId('dialogue-agreements');
  await section.getByRole('button', { name: 'Tilføj aftale' }).click();
  await section.getByRole('textbox', { name: 'Aftalen' }).last().fill(text.text);
  await section.getByRole('textbox', { name: 'Hvornår og hvordan følger vi op?' }).last().fill(text.followUp);
}

/** Waits until the panel shows every one of `texts` in an agreement field. */
async function waitForAgreements(tab: Frame, texts: string[]): Promise<void> {
  await tab.waitForFunction(
    (wanted: string[]) => {
      const values = [...document.querySelectorAll('[data-testid="dialogue-agreements"] textarea')].map((t) => (t as HTMLTextAreaElement).value);
      return wanted.every((w) => values.includes(w));
    },
    texts,
    { timeout: 60_000, polling: 250 },
  );
}

it('opens the right contract in the side panel, takes both agreements at once, and closes the dialogue', async () => {
  const [mette, lars] = await Promise.all([openSidePanel(METTE), openSidePanel(LARS)]);

  // 1. The right contract, without searching: the tab's own reference.
  // Each reads the dialogue as held with the other person, never with themselves.
  for (const [{ tab }, other] of [
    [mette, 'Lars Nielsen'],
    [lars, 'Mette Hansen'],
  ] as const) {
    expect(await tab.getAttribute('[data-testid="dialogue-panel"]', 'data-contract-id')).toBe(booked.contractId);
    await tab.getByRole('heading', { level: 1, name: `Dialogen med ${other}` }).waitFor();
    await tab.getByTestId('dialogue-points').getByText('Mit ledelsesrum i budgetprocessen').waitFor();
  }
  const frames = await mette.page.evaluate(() => (window as unknown as { simulator: { messages: { func: string }[] } }).simulator.messages.map((m) => m.func));
  expect(frames).toContain('getContext');
  expect(await mette.page.locator('#bar').innerText()).toContain('meetingSidePanel');

  const axe = await new AxeBuilder({ page: mette.page }).include(['iframe#tab', '[data-testid="dialogue-panel"]']).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  // 2. Both write at the same time; each sees both, nothing lost.
  await Promise.all([writeAgreement(mette.tab, METTE_WRITES), writeAgreement(lars.tab, LARS_WRITES)]);
  await Promise.all([
    waitForAgreements(mette.tab, [METTE_WRITES.text, LARS_WRITES.text, LARS_WRITES.followUp]),
    waitForAgreements(lars.tab, [METTE_WRITES.text, METTE_WRITES.followUp, LARS_WRITES.text]),
  ]);
  for (const { tab } of [mette, lars]) await tab.locator('[data-testid="dialogue-save-status"][data-status="saved"]').waitFor({ timeout: 30_000 });

  // 3. Afslut dialogen, by the leader.
  await mette.tab.getByTestId('close-dialogue').click();
  const closed = mette.tab.getByTestId('dialogue-closed');
  await closed.waitFor({ timeout: 60_000 });
  await closed.getByText(/Dagsordenen for opfølgningerne er opdateret med aftalerne\./).waitFor({ timeout: 60_000 });
  expect(await closed.innerText()).toMatch(/Dialogen blev afsluttet \d{1,2}\. [a-zæøå]+ \d{4} af Mette Hansen\./);
  // The nearest leader's panel follows.
  await lars.tab.getByTestId('dialogue-closed').waitFor({ timeout: 30_000 });
  const axeClosed = await new AxeBuilder({ page: lars.page })
    .include(['iframe#tab', '[data-testid="dialogue-panel"]'])
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(axeClosed.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The shared JSON: both agreements, agreed, the dialogue closed by the leader.
  const json = JSON.parse(new TextDecoder().decode(await fileBytes(METTE, booked.jsonItemId))) as {
    leaderAgreements: { text: string; followUp: string; agreedAt?: string; addedBy?: { role: string } }[];
    collaboration: { dialogue: { closedAt: string; closedBy: { role: string; displayName: string } } };
  };
  const byText = new Map(json.leaderAgreements.map((a) => [a.text, a]));
  expect(byText.get(METTE_WRITES.text)).toMatchObject({ followUp: METTE_WRITES.followUp, addedBy: { role: 'leader' } });
  expect(byText.get(LARS_WRITES.text)).toMatchObject({ followUp: LARS_WRITES.followUp, addedBy: { role: 'nearestLeader' } });
  for (const a of json.leaderAgreements) expect(a.agreedAt).toBe(json.collaboration.dialogue.closedAt);
  expect(json.collaboration.dialogue.closedBy).toMatchObject({ role: 'leader', displayName: 'Mette Hansen' });

  // The .docx beside it, parsed back.
  const state = await demoState();
  const docx = state.driveItems.find((i) => i.owner === METTE && i.name === 'Lederaftale.docx');
  const text = (await docxParagraphs(await fileBytes(METTE, docx!.id))).join('\n');
  for (const s of [METTE_WRITES.text, METTE_WRITES.followUp, LARS_WRITES.text, LARS_WRITES.followUp]) expect(text).toContain(s);

  // The follow-up series' agendas, the leader's and the nearest leader's copy.
  const master = state.events.find((e) => e.id === booked.seriesMasterId) as DemoEvent & { iCalUId?: string };
  const copy = state.events.find((e) => e.owner === LARS && (e as { iCalUId?: string }).iCalUId === master.iCalUId);
  for (const event of [master, copy]) {
    expect(event?.body?.content).toContain(METTE_WRITES.text);
    expect(event?.body?.content).toContain(LARS_WRITES.text);
  }
});

it('is the same dialogue view in a plain browser, for a dialogue held in a room without Teams', async () => {
  const b = await launchBrowser({ locale: 'da-DK', viewport: { width: 360, height: 800 } });
  browsers.push(b);
  await startAs(b, LARS);
  const website = new URL(booked.contentUrl);
  website.searchParams.delete('host');
  await b.page.goto(appUrl(`${website.pathname}${website.search}`));
  const panel = b.page.getByTestId('dialogue-panel');
  await panel.waitFor({ timeout: 60_000 });
  expect(await panel.getAttribute('data-contract-id')).toBe(booked.contractId);
  await waitForAgreements(b.page.mainFrame(), [METTE_WRITES.text, LARS_WRITES.text]);
  await b.page.getByTestId('dialogue-closed').waitFor();
  expect(await b.page.getByTestId('agreed').count()).toBeGreaterThanOrEqual(2);
});

it('configures the meeting tab by hand: the configuration page saves the dialogue view', async () => {
  const b = await launchBrowser({ locale: 'da-DK', viewport: { width: 600, height: 700 } });
  browsers.push(b);
  const query = new URLSearchParams({
    host: 'Teams',
    locale: 'da-DK',
    frameContext: 'settings',
    chatId: booked.chatId,
    path: '/?host=teams&view=dialogue&configure=1',
  });
  await b.page.goto(appUrl(`/__simulator/?${query}`));
  const tab = await (await b.page.waitForSelector('iframe#tab')).contentFrame();
  await tab!.getByTestId('meeting-tab-config').waitFor({ timeout: 60_000 });
  await b.page.waitForFunction(() => (window as unknown as { simulator: { state: { valid: boolean } } }).simulator.state.valid === true);
  const config = (await b.page.evaluate(() => (window as unknown as { simulator: { save(): Promise<unknown> } }).simulator.save())) as {
    entityId: string;
    contentUrl: string;
  };
  // A fresh device has no booked contract: the side panel finds it from the meeting chat.
  expect(config.entityId).toBe('lederdialog-dialogue');
  expect(new URL(config.contentUrl).searchParams.get('view')).toBe('dialogue');
});

it('the manifest with the meeting tab validates against the official v1.30 schema', async () => {
  const manifest = fillManifest(readTemplate(), { teamsAppId: TEAMS_APP_ID, clientId: '', appOrigin: appUrl(''), version: '0.1.0' }) as {
    configurableTabs: { context: string[] }[];
  };
  expect(manifest.configurableTabs[0]?.context).toContain('meetingSidePanel');
  await expect(validatePackage(manifest, readManifestFile)).resolves.toEqual([]);
});
