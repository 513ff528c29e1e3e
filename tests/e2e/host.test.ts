/**
 * The tab inside a simulated Teams/Outlook host (tests/e2e/simulator, served under /__simulator/):
 * theme, live theme change, locale, notifySuccess and the deep link to a contract, in Chromium.
 */
import type { Frame, Page } from 'playwright-core';
import { appUrl, launchBrowser, type LaunchedBrowser } from './support/browser';

// Each test starts Chromium and waits for the tab to boot inside the simulated host.
jest.setTimeout(120_000);

let browser: LaunchedBrowser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

interface HostOptions {
  host?: 'Teams' | 'Outlook';
  theme?: 'default' | 'dark' | 'contrast';
  locale?: string;
  subPageId?: string;
  silent?: boolean;
  browserLocale?: string;
}

/** Opens the simulator with the tab inside and waits until the app has booted in the frame. */
async function openInHost(options: HostOptions): Promise<{ page: Page; tab: Frame }> {
  browser = await launchBrowser({ locale: options.browserLocale ?? 'da-DK' });
  const { page } = browser;
  const query = new URLSearchParams({
    host: options.host ?? 'Teams',
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'da-DK',
    ...(options.subPageId ? { subPageId: options.subPageId } : {}),
    ...(options.silent ? { silent: '1' } : {}),
  });
  await page.goto(appUrl(`/__simulator/?${query}`));
  const element = await page.waitForSelector('iframe#tab');
  const tab = await element.contentFrame();
  if (!tab) throw new Error('the simulator has no tab frame');
  await tab.waitForSelector('[data-theme]', { timeout: 30_000 });
  return { page, tab };
}

/** Relative luminance (0 black … 1 white) of the app root's background. */
async function backgroundLuminance(tab: Frame): Promise<number> {
  const color = await tab.$eval('[data-theme]', (el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

it('follows the Teams dark theme, and a live switch to high contrast', async () => {
  const { page, tab } = await openInHost({ theme: 'dark' });
  // The host's theme arrives with teams-js after the prerendered (light) page: wait for it; a tab that
  // never turns dark fails here.
  await tab.waitForSelector('[data-theme="dark"]');
  expect(await backgroundLuminance(tab)).toBeLessThan(0.1);

  await page.waitForFunction(() => (window as unknown as { simulator: { hasHandler(n: string): boolean } }).simulator.hasHandler('themeChange'));
  await page.evaluate(() => (window as unknown as { simulator: { setTheme(t: string): void } }).simulator.setTheme('contrast'));
  await tab.waitForSelector('[data-theme="contrast"]');
  await page.evaluate(() => (window as unknown as { simulator: { setTheme(t: string): void } }).simulator.setTheme('default'));
  await tab.waitForSelector('[data-theme="default"]');
  expect(await backgroundLuminance(tab)).toBeGreaterThan(0.8);
});

it("speaks English when Teams' locale is en-US, whatever the browser's language", async () => {
  const { tab } = await openInHost({ locale: 'en-US', browserLocale: 'da-DK' });
  // The host's language arrives with teams-js after the prerendered Danish page: wait for it, then the page says so.
  await tab.getByText('1 Interview guide').first().waitFor();
  await tab.waitForFunction(() => document.documentElement.lang === 'en');
  expect(await tab.getAttribute('html', 'lang')).toBe('en');
});

it("speaks Danish when Teams' locale is da-DK, whatever the browser's language", async () => {
  const { tab } = await openInHost({ locale: 'da-DK', browserLocale: 'en-US' });
  // An en-US browser is served the English prerendered page; Teams' Danish arrives with teams-js.
  await tab.getByText('1 Interviewguide').first().waitFor();
  await tab.waitForFunction(() => document.documentElement.lang === 'da');
  expect(await tab.getAttribute('html', 'lang')).toBe('da');
});

it('tells the host it has loaded (app.notifySuccess), in Teams and in Outlook', async () => {
  for (const host of ['Teams', 'Outlook'] as const) {
    const { page } = await openInHost({ host });
    await page.waitForFunction(() => (window as unknown as { simulator: { successCount(): number } }).simulator.successCount() >= 1);
    const funcs = await page.evaluate(() => (window as unknown as { simulator: { messages: { func: string }[] } }).simulator.messages.map((m) => m.func));
    expect(funcs.slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(funcs.filter((f) => f === 'appInitialization.success')).toHaveLength(1);
    await browser?.close();
    browser = undefined;
  }
});

it('opens the contract named by the deep link (subPageId)', async () => {
  const { tab } = await openInHost({ subPageId: 'contract-from-deep-link', locale: 'da-DK' });
  await tab.getByRole('heading', { name: '2 Lederkontrakt' }).waitFor();
  expect(new URL(tab.url()).hash).toBe('#contract');
});

it('does not wait for a frame that is not Teams: the tab shows up as in a browser', async () => {
  const started = Date.now();
  const { page, tab } = await openInHost({ silent: true, browserLocale: 'en-US' });
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(await tab.getAttribute('html', 'lang')).toBe('en');
  const funcs = await page.evaluate(() => (window as unknown as { simulator: { messages: { func: string }[] } }).simulator.messages.map((m) => m.func));
  expect(funcs).toContain('initialize');
  expect(funcs).not.toContain('getContext');
});
