/**
 * Following up in Chromium against the Graph emulator, from a contract Mette has booked and shared
 * through the app's own "Book og del" (step 3): she records two follow-ups with different
 * statuses, revises an agreement, ticks three days of her daily agreement and reloads. Then the
 * history chart and table, the .docx in her OneDrive (parsed back), the JSON and the To Do tasks
 * all reflect it; under injected faults nothing is lost.
 *
 * Then a new period, started in the view near the period's end: one agreement carried over, one
 * left behind; the new draft holds only the kept ones and points back; the old contract is
 * archived (readable, read-only) and its lederaftale.json in OneDrive says so.
 *
 * "Today": the daily tick is one tap a day. A demo build (only) reads `?now=YYYY-MM-DD` from the
 * address (src/features/followUp/clock.ts), so the test opens the view on three consecutive days
 * instead of waiting three days. A production build ignores the parameter.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { docxParagraphs } from '../support/docxText';
import { appUrl, launchBrowser, resetEmulator, type LaunchedBrowser } from './support/browser';
import { demoState, fileBytes, METTE, setFaults, type DemoState } from './support/emulatorState';
import { fillPreparation, type PreparationText } from './support/prepare';

jest.setTimeout(600_000);

const DAILY = 'Jeg holder fri fra mails efter kl. 17';
const WEEKLY = 'Jeg tager en gåtur med en kollega';
const REVISED = 'Jeg går en tur med en kollega to gange om ugen';
const LEADER = 'Vi tager krydspres op på statusmøderne';

const TEXT: PreparationText = {
  privateNote: 'PRIVAT-NOTE om opfølgning',
  goals: 'Styrke sammenhængen i hjemmeplejen',
  workEnvironment: 'Mindre krydspres og mere sparring',
  alignWithLeader: 'Hvordan vi prioriterer, når ressourcerne ikke slår til',
  selfAgreements: [
    { text: DAILY, followUp: 'Jeg krydser af hver dag', cadence: 'Dagligt' },
    { text: WEEKLY, followUp: 'Status hver fredag', cadence: 'Ugentligt' },
  ],
  leaderAgreements: [{ text: LEADER, followUp: 'De sidste 5 minutter', cadence: 'Ugentligt' }],
  points: ['Mit ledelsesrum i budgetprocessen', 'Min egen trivsel som leder'],
};

const browsers: LaunchedBrowser[] = [];
afterAll(async () => {
  await setFaults({}).catch(() => undefined);
  for (const b of browsers) await b.close();
});

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Prepare and "Book og del" through the UI (as tests/e2e/bookAndShare.test.ts does). */
async function bookThroughTheApp(page: Page): Promise<void> {
  await fillPreparation(page, TEXT);
  const section = page.locator('[data-book-and-share]');
  await page.getByTestId('nearest-leader').getByText('Lars Nielsen').waitFor({ timeout: 60_000 });
  await page.getByTestId('slot-list').getByRole('radio').first().check();
  await section.getByRole('button', { name: 'Book og del' }).click();
  const done = page.locator('[data-testid="booking-complete"], [data-testid="booking-partial"], [data-testid="booking-invalid"]');
  await done.first().waitFor({ timeout: 120_000 });
  expect(await done.first().getAttribute('data-testid')).toBe('booking-complete');
  await page.locator('[data-save-status="saved"]').waitFor();
}

/** The follow-up series' dates from the emulator: its first occurrence, and 14 days later. */
function followUpDates(state: DemoState): [string, string] {
  const series = state.events.find((e) => e.owner === METTE && !e.seeded && e.type === 'seriesMaster' && e.isCancelled !== true);
  const start = (series?.recurrence?.range as { startDate?: string } | undefined)?.startDate;
  if (!start) throw new Error('no follow-up series booked');
  return [start, addDays(start, 14)];
}

async function openView(page: Page, now: string): Promise<Locator> {
  await page.goto(appUrl(`/?view=follow-up&now=${now}`));
  const view = page.getByTestId('follow-up-view');
  await view.waitFor({ timeout: 60_000 });
  return view;
}

async function recordStatus(view: Locator, agreementText: string, status: string, note: string): Promise<void> {
  const row = view.getByTestId('record-now').locator('li').filter({ hasText: agreementText });
  await row.getByRole('textbox', { name: 'Kort note' }).fill(note);
  await row.getByRole('radio', { name: status, exact: true }).check();
}

/** Local autosave done (when there was something to save), OneDrive saved and reminders in step. */
async function settled(page: Page, view: Locator, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => ['saved', 'idle'].includes(document.querySelector('[data-save-status]')?.getAttribute('data-save-status') ?? ''),
    undefined,
    { timeout },
  );
  await page
    .waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="follow-up-view"]');
        return el?.getAttribute('data-onedrive-status') === 'saved' && ['inStep', 'updated'].includes(el.getAttribute('data-reminder-status') ?? '');
      },
      undefined,
      { timeout },
    )
    .catch(async (error: unknown) => {
      throw new Error(
        `not settled: ${await view.getAttribute('data-onedrive-status')} / ${await view.getAttribute('data-reminder-status')}: ${await view.getByTestId('onedrive-status').innerText()} ${await view.getByTestId('reminder-status').innerText()} (${String(error)})`,
      );
    });
}

async function contractFiles(state: DemoState): Promise<{ json: Record<string, unknown>; docx: string }> {
  const json = state.driveItems.find((i) => i.owner === METTE && i.name === 'lederaftale.json');
  const docx = state.driveItems.find((i) => i.owner === METTE && i.name === 'Lederaftale.docx');
  if (!json || !docx) throw new Error('the contract files are missing');
  return {
    json: JSON.parse(new TextDecoder().decode(await fileBytes(METTE, json.id))) as Record<string, unknown>,
    docx: (await docxParagraphs(await fileBytes(METTE, docx.id))).join('\n'),
  };
}

describe('Opfølgning as the seeded leader', () => {
  let page: Page;
  let first: string;
  let second: string;

  it('records two follow-ups, revises an agreement, ticks three days; after a reload everything reflects it', async () => {
    await resetEmulator();
    const b = await launchBrowser({ locale: 'da-DK' });
    browsers.push(b);
    page = b.page;
    await bookThroughTheApp(page);
    [first, second] = followUpDates(await demoState());

    // (1) Two follow-ups of the agreement with the nearest leader, different statuses: the
    // booked dates are offered and the day's meeting is chosen already.
    let view = await openView(page, first);
    const dateChoice = view.getByTestId('follow-up-date');
    await expect(dateChoice.inputValue()).resolves.toBe(first);
    await recordStatus(view, LEADER, 'Ikke holdt', 'Ingen tid i denne uge');
    await recordStatus(view, WEEKLY, 'Delvist', 'Kun om fredagen');
    // A meeting still ahead is never offered; on the day of the second one it is today's and chosen already.
    await expect(dateChoice.locator(`option[value="${second}"]`).count()).resolves.toBe(0);
    await settled(page, view);
    view = await openView(page, second);
    await expect(view.getByTestId('follow-up-date').inputValue()).resolves.toBe(second);
    await recordStatus(view, LEADER, 'Holdt', 'Taget op hver gang');

    // (2) Revise the weekly agreement with oneself.
    const card = view.locator('article').filter({ has: page.getByRole('heading', { name: WEEKLY }) });
    await card.getByRole('button', { name: 'Revidér aftalen' }).click();
    await card.getByRole('textbox', { name: 'Aftalen' }).fill(REVISED);
    await card.getByRole('button', { name: 'Gem ny formulering' }).click();
    await view
      .locator('article')
      .filter({ has: page.getByRole('heading', { name: REVISED }) })
      .getByTestId('revisions')
      .waitFor();
    await settled(page, view);

    // (3) Three days of the daily tick.
    for (const day of [first, addDays(first, 1), addDays(first, 2)]) {
      view = await openView(page, day);
      const daily = view.getByTestId('daily-check');
      await daily.getByRole('button', { name: 'Ja' }).click();
      await expect(daily.getByRole('button', { name: 'Ja' }).getAttribute('aria-pressed')).resolves.toBe('true');
      await settled(page, view);
    }

    // (4) Reload.
    await page.reload();
    view = page.getByTestId('follow-up-view');
    await view.waitFor();
    await expect(view.getByTestId('daily-streak').first().getAttribute('data-streak')).resolves.toBe('3');

    // The history chart and table.
    const leaderCard = view.locator('article').filter({ has: page.getByRole('heading', { name: LEADER }) });
    const chart = leaderCard.getByRole('img', { name: `Status over tid: ${LEADER}` });
    expect(await chart.locator('[data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(['notHeld', 'held']);
    const rows = leaderCard.getByRole('table').locator('tbody tr');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(['notHeld', 'held']);
    await expect(leaderCard.getByRole('table').innerText()).resolves.toContain('Taget op hver gang');

    // The print view: never on screen, only in print.
    const printArea = page.getByTestId('print-contract');
    await expect(printArea.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(printArea.isVisible()).resolves.toBe(true);
    await expect(printArea.innerText()).resolves.toContain('Taget op hver gang');
    await page.emulateMedia({ media: 'screen' });

    const results = await new AxeBuilder({ page }).include('[data-testid="follow-up-view"]').withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    expect(serious).toEqual([]);

    // OneDrive: the JSON and the .docx; the To Do tasks.
    await settled(page, view);
    const state = await demoState();
    const { json, docx } = await contractFiles(state);
    const collaboration = json.collaboration as { followUps: { status: string; note: string; date: string }[]; dailyChecks: { kept: boolean }[] };
    expect(collaboration.followUps.map((r) => `${r.date} ${r.status}`).sort()).toEqual([`${first} notHeld`, `${first} partly`, `${second} held`].sort());
    expect(collaboration.dailyChecks.filter((c) => c.kept)).toHaveLength(3);
    expect(JSON.stringify(json)).not.toContain(TEXT.privateNote);
    expect(docx).toContain('Opfølgning over tid');
    expect(docx).toContain(`Tidligere formulering`);
    expect(docx).toContain(WEEKLY);
    expect(docx).toContain(REVISED);
    expect(docx).toMatch(/: Ikke holdt — Ingen tid i denne uge/);
    expect(docx).toMatch(/: Holdt — Taget op hver gang/);
    expect(docx).toContain('Daglig afkrydsning: 3 af 3 dage overholdt');
    const tasks = state.todoTasks
      .filter((t) => t.owner === METTE)
      .map((t) => t.title)
      .sort();
    expect(tasks).toEqual([DAILY, REVISED].sort());
  });

  it('loses nothing under 20% 429s and 10% 503s: the records reach OneDrive after retries', async () => {
    await setFaults({ rate429: 0.2, rate503: 0.1, seed: 13 });
    const third = addDays(second, 14);
    let view = await openView(page, third);
    await view.getByTestId('follow-up-date').selectOption(third);
    await recordStatus(view, LEADER, 'Delvist', 'Under fejl');
    await recordStatus(view, REVISED, 'Holdt', 'Også under fejl');
    await view.getByTestId('daily-check').getByRole('button', { name: 'Nej' }).click();
    // A reload in the middle: the local draft has it all, and the view resumes the save.
    await page.locator('[data-save-status="saved"]').waitFor();
    await page.reload();
    view = page.getByTestId('follow-up-view');
    await view.waitFor();
    await settled(page, view, 180_000);
    await setFaults({});
    const { json, docx } = await contractFiles(await demoState());
    const collaboration = json.collaboration as { followUps: { note: string }[]; dailyChecks: { kept: boolean }[] };
    expect(collaboration.followUps.map((r) => r.note)).toEqual(
      expect.arrayContaining(['Ingen tid i denne uge', 'Kun om fredagen', 'Taget op hver gang', 'Under fejl', 'Også under fejl']),
    );
    expect(collaboration.dailyChecks.filter((c) => !c.kept)).toHaveLength(1);
    expect(docx).toContain('Delvist — Under fejl');
  });
  it('starts a new period: one agreement carried over, one left behind; the old contract archived', async () => {
    const before = (await contractFiles(await demoState())).json;
    const period = before.period as { start: string; end: string };
    const oldId = before.id as string;
    // Ten days before the period ends, "Start en ny periode" is offered.
    let view = await openView(page, addDays(period.end, -10));
    const panel = view.getByTestId('new-period');
    await panel.getByRole('checkbox', { name: `Behold: ${REVISED}` }).uncheck();
    await expect(panel.getByRole('checkbox', { name: `Behold: ${DAILY}` }).isChecked()).resolves.toBe(true);
    await expect(panel.getByRole('checkbox', { name: `Behold: ${LEADER}` }).isChecked()).resolves.toBe(true);
    await panel.getByRole('button', { name: 'Start en ny periode' }).click();
    await view.getByText('Den nye periode er startet. Den tidligere aftale er arkiveret.').waitFor();

    // The new draft: the kept agreements without history, the dropped one gone, a fresh period.
    const history = view.locator('section[aria-labelledby="follow-up-history-heading"]');
    await expect(history.getByRole('heading', { level: 3 }).allInnerTexts()).resolves.toEqual([DAILY, LEADER]);
    await expect(history.getByRole('table').count()).resolves.toBe(0);
    await view
      .getByTestId('onedrive-status')
      .getByText(/ikke gemt i OneDrive endnu/)
      .waitFor({ timeout: 5000 });
    await page.locator('[data-save-status="saved"]').waitFor();
    const stored = await page.evaluate(
      () =>
        new Promise<{
          id: string;
          previousContractId?: string;
          period: { start: string };
          selfAgreements: { text: string }[];
          leaderAgreements: { text: string }[];
          collaboration?: { followUps: unknown[] };
        }>((resolve, reject) => {
          const open = indexedDB.open('lederdialog');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            // The signed-in account's record (issue 14: records are keyed by account, `acct:<tenant>.<object>`).
            const store = open.result.transaction('contract').objectStore('contract');
            const keys = store.getAllKeys();
            keys.onerror = () => reject(keys.error);
            keys.onsuccess = () => {
              const own = keys.result.filter((k) => String(k).startsWith('acct:'));
              if (own.length !== 1) return reject(new Error(`expected one account's draft, found ${own.length}`));
              const get = store.get(own[0]!);
              get.onsuccess = () => resolve(get.result);
              get.onerror = () => reject(get.error);
            };
          };
        }),
    );
    expect(stored.previousContractId).toBe(oldId);
    expect(stored.id).not.toBe(oldId);
    expect(stored.period.start).toBe(addDays(period.end, 1));
    expect([...stored.selfAgreements, ...stored.leaderAgreements].map((a) => a.text)).toEqual([DAILY, LEADER]);
    expect(stored.collaboration?.followUps ?? []).toEqual([]);

    // The old contract: archived in OneDrive (only archivedAt is new), and readable here, read-only.
    let archived: Record<string, unknown> | undefined;
    for (let i = 0; i < 60 && !archived?.archivedAt; i += 1) {
      archived = (await contractFiles(await demoState())).json;
      if (!archived.archivedAt) await page.waitForTimeout(500);
    }
    expect(archived?.id).toBe(oldId);
    expect(archived?.archivedAt).toEqual(expect.any(String));
    const { archivedAt: _a, updatedAt: _u, ...rest } = archived as Record<string, unknown>;
    const { archivedAt: _b, updatedAt: _v, ...was } = before;
    expect(rest).toEqual(was);

    await view.getByRole('link', { name: /^Vis aftalen for / }).click();
    view = page.getByTestId('follow-up-view');
    await view.getByText(/^Denne aftale er arkiveret/).waitFor();
    await expect(view.getByTestId('record-now').count()).resolves.toBe(0);
    await expect(view.getByRole('button', { name: 'Revidér aftalen' }).count()).resolves.toBe(0);
    await expect(
      view
        .locator('article')
        .filter({ has: page.getByRole('heading', { name: LEADER }) })
        .getByRole('table')
        .innerText(),
    ).resolves.toContain('Under fejl');
  });
});
