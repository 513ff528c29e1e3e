/**
 * "Book og del" in Chromium against the Graph emulator, as the seeded leader Mette whose nearest
 * leader is Lars: she prepares, picks a free slot, books and shares; the emulator then holds
 * exactly one of everything. A second press creates nothing; a fresh profile under injected faults
 * reaches the same end state by pressing "Prøv igen"; bad input gets clear messages and never
 * breaks the event, the chat message or the document; every request sent was valid Graph.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { docxParagraphs } from '../support/docxText';
import { appUrl, launchBrowser, resetEmulator, type LaunchedBrowser } from './support/browser';
import { demoState, fileBytes, graphLog, LARS, METTE, setFaults, type DemoEvent, type DemoState } from './support/emulatorState';
import { ALIGN_LABEL, fillField, fillPreparation, GOALS_LABEL, WORK_ENVIRONMENT_LABEL, type PreparationText } from './support/prepare';

jest.setTimeout(300_000);

const PRIVATE_NOTE = 'PRIVAT-NOTE-K9 om krydspres';

const TEXT: PreparationText = {
  privateNote: PRIVATE_NOTE,
  goals: 'Styrke sammenhængen i hjemmeplejen',
  workEnvironment: 'Mindre krydspres og mere sparring',
  alignWithLeader: 'Hvordan vi prioriterer, når ressourcerne ikke slår til',
  selfAgreements: [
    { text: 'Jeg holder fri fra mails efter kl. 17', followUp: 'Jeg krydser af hver dag', cadence: 'Dagligt' },
    { text: 'Jeg tager en gåtur med en kollega', followUp: 'Status hver fredag', cadence: 'Ugentligt' },
  ],
  leaderAgreements: [{ text: 'Vi tager krydspres op på statusmøderne', followUp: 'De sidste 5 minutter', cadence: 'Ugentligt' }],
  points: ['Mit ledelsesrum i budgetprocessen', 'Min egen trivsel som leder'],
};

let logStart = 0;
const browsers: LaunchedBrowser[] = [];

beforeAll(async () => {
  await resetEmulator();
  logStart = graphLog().length;
});

afterAll(async () => {
  await setFaults({}).catch(() => undefined);
  for (const b of browsers) await b.close();
});

async function open(): Promise<Page> {
  const b = await launchBrowser({ locale: 'da-DK' });
  browsers.push(b);
  return b.page;
}

const bookingSection = (page: Page) => page.locator('[data-book-and-share]');

/** Step 3 with the booking form ready: Lars from the directory and the free slots listed. */
async function waitForBookingForm(page: Page): Promise<void> {
  await bookingSection(page).getByRole('heading', { level: 2, name: 'Book og del' }).waitFor();
  await page.getByTestId('nearest-leader').getByText('Lars Nielsen').waitFor({ timeout: 60_000 });
  await page.getByTestId('slot-list').waitFor({ timeout: 60_000 });
}

/** Choose the first free slot; returns its label. */
async function pickFirstSlot(page: Page): Promise<string> {
  const first = page.getByTestId('slot-list').getByRole('radio').first();
  await first.check();
  return (await first.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim();
}

async function pressBook(page: Page): Promise<void> {
  await bookingSection(page).getByRole('button', { name: 'Book og del' }).click();
}

/** Waits for the run to end; returns how it ended. */
async function outcome(page: Page): Promise<'complete' | 'partial' | 'invalid'> {
  const done = page.locator('[data-testid="booking-complete"], [data-testid="booking-partial"], [data-testid="booking-invalid"]');
  await done.first().waitFor({ timeout: 120_000 });
  const id = await done.first().getAttribute('data-testid');
  return (id ?? '').replace('booking-', '') as 'complete' | 'partial' | 'invalid';
}

async function expectNoSeriousAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('[data-book-and-share]').withTags(['wcag2a', 'wcag2aa']).analyze();
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

function own(state: DemoState, owner = METTE): DemoEvent[] {
  return state.events.filter((e) => e.owner === owner && !e.seeded && e.isCancelled !== true);
}

function dialogues(state: DemoState): DemoEvent[] {
  return own(state).filter((e) => e.type === 'singleInstance' && (e.attendees ?? []).some((a) => a.emailAddress.address === LARS));
}

function busy(state: DemoState, owner: string): [number, number][] {
  return state.events
    .filter((e) => e.owner === owner && e.seeded && e.type !== 'seriesMaster' && e.showAs !== 'free' && e.isCancelled !== true)
    .map((e) => [Date.parse(e.startUtc), Date.parse(e.endUtc)]);
}

function counts(state: DemoState) {
  return {
    events: state.events.filter((e) => !e.seeded).length,
    files: state.driveItems.filter((i) => !i.isFolder).length,
    permissions: state.permissions.length,
    messages: state.messages.length,
    tasks: state.todoTasks.length,
  };
}

/** The end state one "Book og del" must leave, for a contract with TEXT's agreements. */
async function expectOneOfEverything(state: DemoState, folderPrefix: RegExp): Promise<{ periodEnd: string }> {
  const booked = dialogues(state);
  expect(booked).toHaveLength(1);
  const event = booked[0] as DemoEvent;
  expect(Date.parse(event.endUtc) - Date.parse(event.startUtc)).toBe(45 * 60_000);
  expect(event.isOnlineMeeting).toBe(true);
  expect(event.onlineMeetingProvider).toBe('teamsForBusiness');

  const folders = state.driveItems.filter((i) => i.owner === METTE && i.isFolder && folderPrefix.test(i.path));
  expect(folders).toHaveLength(1);
  const folder = folders[0] as DemoState['driveItems'][number];
  const files = state.driveItems.filter((i) => i.owner === METTE && !i.isFolder && i.path.startsWith(`${folder.path}/`));
  expect(files.map((f) => f.name).sort()).toEqual(['Lederaftale.docx', 'lederaftale.json']);
  const jsonItem = files.find((f) => f.name === 'lederaftale.json') as { id: string };
  const json = new TextDecoder().decode(await fileBytes(METTE, jsonItem.id));
  expect(json).not.toContain(PRIVATE_NOTE);
  const shared = JSON.parse(json) as { period: { end: string }; bookings: { dialogue: { eventId: string } } };
  expect(shared.bookings.dialogue.eventId).toBe(event.id);
  const docxItem = files.find((f) => f.name === 'Lederaftale.docx') as { id: string };
  const paragraphs = (await docxParagraphs(await fileBytes(METTE, docxItem.id))).join('\n');
  expect(paragraphs).toContain(TEXT.goals);
  expect(paragraphs).not.toContain(PRIVATE_NOTE);

  const series = own(state).filter((e) => e.type === 'seriesMaster');
  expect(series).toHaveLength(1);
  expect(series[0]?.recurrence?.pattern).toMatchObject({ type: 'weekly', interval: 2 });
  expect(series[0]?.recurrence?.range).toMatchObject({ type: 'endDate', endDate: shared.period.end });

  const tasks = state.todoTasks.filter((t) => t.owner === METTE);
  expect(tasks.map((t) => t.title).sort()).toEqual(TEXT.selfAgreements.map((a) => a.text).sort());
  for (const task of tasks) expect(task.recurrence).toBeTruthy();

  const invites = state.permissions.filter((p) => p.grantee === LARS);
  expect(invites).toHaveLength(1);
  // "Læse og redigere" is the default: the nearest leader can comment, add agreements and accept.
  expect(invites[0]?.roles).toEqual(['write']);
  expect(state.messages.filter((m) => m.from === METTE)).toHaveLength(1);
  return { periodEnd: shared.period.end };
}

describe('Book og del as the seeded leader', () => {
  it('books a free slot for both and shares everything once; a second press creates nothing', async () => {
    const page = await open();
    await fillPreparation(page, TEXT);
    await waitForBookingForm(page);

    // The first dates of the default follow-up are listed before anything is booked.
    const label = await pickFirstSlot(page);
    expect(label).toMatch(/^(mandag|tirsdag|onsdag|torsdag|fredag) \d{1,2}\. [a-zæøå]+ kl\. \d{2}\.\d{2}–\d{2}\.\d{2}$/);
    await page.getByTestId('chosen-slot').waitFor();
    const firstDates = page.getByTestId('first-dates-shortDialogueBiweekly').getByRole('listitem');
    expect(await firstDates.count()).toBe(4);
    expect(await page.getByTestId('reminder-agreements').innerText()).toContain(TEXT.selfAgreements[0]?.text);
    await expectNoSeriousAxeViolations(page, 'form');

    const before = await demoState();
    expect(dialogues(before)).toHaveLength(0);
    await pressBook(page);
    expect(await outcome(page)).toBe('complete');
    const checklist = page.getByTestId('booking-checklist');
    expect(await checklist.getAttribute('role')).toBe('list');
    const statuses = await checklist.locator('[data-step]').evaluateAll((els) => els.map((el) => el.getAttribute('data-status')));
    expect(statuses.every((s) => s === 'done' || s === 'skipped' || s === 'unchanged')).toBe(true);
    await bookingSection(page)
      .getByRole('link', { name: /Mødet i Outlook/ })
      .waitFor();
    await bookingSection(page)
      .getByRole('link', { name: /Lederaftale\.docx i Word/ })
      .waitFor();
    await expectNoSeriousAxeViolations(page, 'summary');

    const after = await demoState();
    await expectOneOfEverything(after, /^\/?Lederdialog\/\d{4} Mette Hansen$/);
    // The slot was free for both before booking.
    const event = dialogues(after)[0] as DemoEvent;
    const [start, end] = [Date.parse(event.startUtc), Date.parse(event.endUtc)];
    for (const [bs, be] of [...busy(before, METTE), ...busy(before, LARS)]) expect(start < be && bs < end).toBe(false);

    // Again: nothing new, and the record survives a reload.
    await page.locator('[data-save-status="saved"]').waitFor();
    await page.reload();
    await waitForBookingForm(page);
    await pressBook(page);
    expect(await outcome(page)).toBe('complete');
    expect(counts(await demoState())).toEqual(counts(after));
  });

  it('reaches the same end state in a fresh profile with 20% 429s and 10% 503s, pressing "Prøv igen"', async () => {
    await resetEmulator();
    const page = await open();
    await fillPreparation(page, TEXT);
    await setFaults({ rate429: 0.2, rate503: 0.1, seed: 5 });
    const mark = graphLog().length;
    await waitForBookingForm(page);
    await pickFirstSlot(page);
    await pressBook(page);
    let ended = await outcome(page);
    for (let attempt = 0; ended === 'partial' && attempt < 8; attempt += 1) {
      await bookingSection(page).getByRole('button', { name: 'Prøv igen' }).click();
      ended = await outcome(page);
    }
    await setFaults({});
    expect(ended).toBe('complete');
    // The faults were real: some requests were answered 429 or 503 on the way.
    expect(graphLog(mark).filter((l) => l.status === 429 || l.status === 503).length).toBeGreaterThan(0);
    await expectOneOfEverything(await demoState(), /^\/?Lederdialog\/\d{4} Mette Hansen$/);
  });

  it('answers bad input with clear messages, books nothing, and keeps markup as text when it books', async () => {
    await resetEmulator();
    const page = await open();
    await page.goto(appUrl('/#prepare'));
    await waitForBookingForm(page);

    // A time in the past, typed by hand.
    await page.getByTestId('manual-date').fill('2020-01-06');
    await page.getByTestId('manual-time').fill('10:00');
    await bookingSection(page).getByRole('button', { name: 'Brug dette tidspunkt' }).click();
    await page.getByText('Tidspunktet er allerede passeret. Vælg et tidspunkt i fremtiden.').waitFor();

    // Empty required fields: nothing is booked, each problem is named.
    const before = counts(await demoState());
    await pressBook(page);
    expect(await outcome(page)).toBe('invalid');
    const invalid = page.getByTestId('booking-invalid');
    expect(await invalid.locator('[data-issue-field="slot.start"]').count()).toBeGreaterThan(0);
    expect(await invalid.locator('[data-issue-field^="contract.fields"]').count()).toBeGreaterThan(0);
    await invalid.getByRole('button', { name: 'Gå til 2 Lederkontrakt' }).waitFor();
    expect(counts(await demoState())).toEqual(before);

    // Script tags and very long text in every field: refused with the lengths, nothing quoted.
    const huge = `<script>alert(1)</script>${'x'.repeat(20_000)}`;
    await fillPreparation(page, {
      privateNote: huge,
      goals: huge,
      workEnvironment: huge,
      alignWithLeader: huge,
      selfAgreements: [{ text: huge, followUp: huge, cadence: 'Dagligt' }],
      leaderAgreements: [{ text: huge, followUp: huge }],
      points: [huge, huge],
    });
    await waitForBookingForm(page);
    await pickFirstSlot(page);
    await bookingSection(page).getByRole('textbox', { name: 'Eller et andet roligt sted' }).fill(huge);
    await pressBook(page);
    expect(await outcome(page)).toBe('invalid');
    const refused = await page.getByTestId('booking-invalid').innerText();
    expect(refused).toMatch(/tegn lang/);
    expect(refused).not.toContain('<script>');
    await expectNoSeriousAxeViolations(page, 'invalid');
    expect(counts(await demoState())).toEqual(before);

    // Markup within the limits is booked as text: the event body, the chat card and the document hold.
    const hostile = (s: string) => `${s} <script>alert("x")</script> & <b>fed</b>`;
    await page.goto(appUrl('/#contract'));
    await fillField(page.getByRole('textbox', { name: GOALS_LABEL }), hostile('Mål'));
    await fillField(page.getByRole('textbox', { name: WORK_ENVIRONMENT_LABEL }), hostile('Arbejdsmiljø'));
    await fillField(page.getByRole('textbox', { name: ALIGN_LABEL }), hostile('Afstemning'));
    for (const field of ['selfAgreements', 'leaderAgreements']) {
      const section = page.locator(`[data-contract-field="${field}"]`);
      await fillField(section.getByRole('textbox', { name: 'Aftalen' }).first(), hostile('Aftale'));
      await fillField(section.getByRole('textbox', { name: 'Hvornår og hvordan følger du op?' }).first(), hostile('Opfølgning'));
    }
    await page.goto(appUrl('/#guide'));
    await fillField(page.getByRole('textbox', { name: 'Hvem kan hjælpe dig til at holde fokus på og prioritere dine mål?' }), hostile('Note'));
    await page.goto(appUrl('/#prepare'));
    await fillField(page.getByRole('textbox', { name: 'Pointe 1' }), hostile('Pointe'));
    await fillField(page.getByRole('textbox', { name: 'Pointe 2' }), hostile('Pointe to'));
    await waitForBookingForm(page);
    await pickFirstSlot(page);
    await bookingSection(page).getByRole('textbox', { name: 'Eller et andet roligt sted' }).fill('<i>Stillerummet</i> [klik](javascript:alert(1))');
    await pressBook(page);
    expect(await outcome(page)).toBe('complete');

    const state = await demoState();
    const event = dialogues(state)[0] as DemoEvent;
    const html = event.body?.content ?? '';
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    const message = state.messages.find((m) => m.from === METTE);
    const card = JSON.parse(message?.attachments[0]?.content ?? '{}') as object;
    expect(JSON.stringify(card)).not.toContain('javascript:alert(1))');
    const docx = state.driveItems.find((i) => i.owner === METTE && i.name === 'Lederaftale.docx') as { id: string };
    const text = (await docxParagraphs(await fileBytes(METTE, docx.id))).join('\n');
    expect(text).toContain('Mål <script>alert("x")</script> & <b>fed</b>');
  });

  it('sent only valid Graph: no request in the log was refused with 400', () => {
    const lines = graphLog(logStart);
    expect(lines.length).toBeGreaterThan(0);
    const refused = lines.filter((l) => l.status === 400).map((l) => `${l.method} ${l.url} ${JSON.stringify(l.response).slice(0, 300)}`);
    expect(refused).toEqual([]);
  });
});
