/**
 * The Outlook task pane page (taskpane.html) in Chromium, with Office.js replaced by a mock that
 * records what the pane writes into the appointment (tests/e2e/support/officeMock.js). The page is
 * the production build, served with the production Content-Security-Policy.
 */
import fs from 'fs';
import path from 'path';
import { da } from '../../src/content';
import { escapeHtml } from '../../src/domain/html';
import { appUrl, launchBrowser, type LaunchedBrowser } from './support/browser';
import { fillManifest, readTemplate } from '../../scripts/appPackage';
import { outlookPermissionLevel, type OutlookPermissionLevel } from '../support/outlookPermission';

const officeMock = fs.readFileSync(path.join(__dirname, 'support/officeMock.js'), 'utf8');

/** The level Outlook grants the add-in as packaged from manifest/manifest.json. */
const manifestLevel = outlookPermissionLevel(
  fillManifest(readTemplate(), {
    teamsAppId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001',
    clientId: '',
    appOrigin: 'https://lederdialog.contoso.dk',
    version: '0.1.0',
  }),
);

/** Runs the Office.js mock at `level`, as Outlook runs the add-in at its manifest's level. */
async function runAddInAt(browser: LaunchedBrowser, level: OutlookPermissionLevel): Promise<void> {
  await browser.page.addInitScript((l) => {
    (window as unknown as { __outlookPermission: string }).__outlookPermission = l;
  }, level);
}

interface Recorded {
  field: string;
  value: unknown;
  options?: unknown;
}

describe('the Outlook task pane', () => {
  let browser: LaunchedBrowser;

  beforeEach(async () => {
    browser = await launchBrowser({ locale: 'da-DK', viewport: { width: 420, height: 900 } });
    let officeRequests = 0;
    await browser.page.route('https://appsforoffice.microsoft.com/**', (route) => {
      officeRequests += 1;
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeMock });
    });
    (browser as unknown as { officeRequests: () => number }).officeRequests = () => officeRequests;
  });

  it('runs at the level the manifest declares: read/write item (MailboxItem.ReadWrite.User), needed to set item properties', () => {
    expect(manifestLevel).toBe('read/write item');
  });

  afterEach(async () => {
    await browser.close();
  });

  it('fills the open appointment in Danish: subject, 45 minutes, the nearest leader, the agenda and the place', async () => {
    const { page } = browser;
    await runAddInAt(browser, manifestLevel);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(appUrl('/taskpane.html'));
    await page.getByRole('heading', { name: 'Lederdialog', level: 1 }).waitFor();
    expect((browser as unknown as { officeRequests: () => number }).officeRequests()).toBe(1);

    await page.getByRole('textbox', { name: 'Navn' }).fill('Lars <Nielsen>');
    await page.getByRole('textbox', { name: 'Mail' }).fill('lars.nielsen@kommune.dk');
    // The appointment's own start (one week ahead, 13.30) is the default; choose 10.00 instead.
    await page.getByLabel('Klokkeslæt').fill('10:00');
    await page.getByTestId('preview').getByText('Dialog med nærmeste leder: Lars <Nielsen>').waitFor();
    await page.getByRole('button', { name: 'Udfyld aftalen' }).click();
    await page.getByText('Aftalen er udfyldt.').waitFor();

    const calls = (await page.evaluate(() => (window as unknown as { __officeCalls: unknown[] }).__officeCalls)) as Recorded[];
    expect(calls.map((c) => c.field)).toEqual(['subject', 'start', 'end', 'requiredAttendees', 'body', 'location']);
    const value = (field: string) => calls.find((c) => c.field === field)?.value;
    expect(value('subject')).toBe('Dialog med nærmeste leder: Lars <Nielsen>');
    const start = new Date(value('start') as string);
    const end = new Date(value('end') as string);
    expect(start.getHours()).toBe(10);
    expect(start.getMinutes()).toBe(0);
    expect(end.getTime() - start.getTime()).toBe(45 * 60_000);
    expect(value('requiredAttendees')).toEqual([{ displayName: 'Lars <Nielsen>', emailAddress: 'lars.nielsen@kommune.dk' }]);
    const body = calls.find((c) => c.field === 'body')!;
    expect(body.options).toEqual({ coercionType: 'html' });
    expect(body.value).toContain('Dialog om min ledelsesopgave og mit psykiske arbejdsmiljø');
    // No contract: the default agenda asks the nearest leader to prepare the interview guide's questions.
    for (const theme of da.guide.themes) expect(body.value).toContain(escapeHtml(theme.questions[0]!.text));
    expect(body.value).not.toContain('<Nielsen>');
    expect(value('location')).toBe('Mødelokale eller andet sted med ro til dialogen');
    expect(errors).toEqual([]);
  });

  it('offers the follow-up cadences with their first dates and explains how to make a series', async () => {
    const { page } = browser;
    await runAddInAt(browser, manifestLevel);
    await page.goto(appUrl('/taskpane.html'));
    await page.getByRole('radio', { name: /Kvartalsdialog/ }).check();
    await expect(page.getByTestId('followup-dates').locator('li').count()).resolves.toBe(4);
    await page.getByText(/Gentag \(Gør til serie\)/).waitFor();
    // The mock's appointment is not a series, so the pane cannot set a recurrence yet.
    expect(await page.getByRole('button', { name: 'Sæt gentagelsen' }).isDisabled()).toBe(true);
  });

  it('speaks English when Outlook does', async () => {
    const { page } = browser;
    await runAddInAt(browser, manifestLevel);
    await page.goto(appUrl('/taskpane.html?officeLanguage=en-GB'));
    await page.getByRole('textbox', { name: 'Name' }).fill('Lars Nielsen');
    await page.getByRole('textbox', { name: 'Email' }).fill('lars.nielsen@kommune.dk');
    await page.getByRole('button', { name: 'Fill in the appointment' }).click();
    await page.getByText('The appointment is filled in.').waitFor();
    const calls = (await page.evaluate(() => (window as unknown as { __officeCalls: unknown[] }).__officeCalls)) as Recorded[];
    expect(calls.find((c) => c.field === 'subject')?.value).toBe('Dialogue with your manager: Lars Nielsen');
  });

  it('at the restricted level (a manifest without the permission) Outlook refuses the first setter, and the pane says so', async () => {
    const { page } = browser;
    await runAddInAt(browser, 'restricted');
    await page.goto(appUrl('/taskpane.html'));
    await page.getByRole('textbox', { name: 'Navn' }).fill('Lars Nielsen');
    await page.getByRole('textbox', { name: 'Mail' }).fill('lars.nielsen@kommune.dk');
    await page.getByRole('button', { name: 'Udfyld aftalen' }).click();
    await page.getByText(/Outlook kunne ikke udfylde .*Intet blev udfyldt\./).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __officeRefused: string[] }).__officeRefused)).toEqual(['subject']);
    expect(await page.evaluate(() => (window as unknown as { __officeCalls: unknown[] }).__officeCalls)).toEqual([]);
  });
});
