/**
 * The prerendered start page (issue 16): with JavaScript off the page already shows the start page
 * and passes axe; with JavaScript on the app hydrates that very markup (no fresh render, no
 * console error, no layout shift) and the page reads the same as before. In both languages: the
 * server gives a Danish visitor index.html and anyone else en.html.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { appUrl, CHROMIUM_PATH } from './support/browser';
import { takePageErrors, watchContext } from './support/pageErrors';

jest.setTimeout(120_000);

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
});

/** How many CSS rules Griffel's <style> elements hold: a rule the app's renderer failed to take over from the prerendered page is inserted again. */
async function griffelRuleCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLStyleElement>('style[data-make-styles-bucket]')].reduce((n, style) => n + (style.sheet?.cssRules.length ?? 0), 0),
  );
}

/**
 * The text of the app's root. The demo switcher's list of people is left out: it comes from the
 * Graph emulator at run time, so a page built beforehand says "loading" there instead.
 */
async function rootText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.getElementById('root');
    if (!root) return '';
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-testid="demo-switcher"] select').forEach((select) => select.remove());
    // innerText needs layout: measure the copy in the page, then take it out again.
    copy.style.position = 'absolute';
    copy.style.left = '-10000px';
    document.body.appendChild(copy);
    const text = copy.innerText;
    copy.remove();
    return text.replace(/\s+/g, ' ').trim();
  });
}

const cases = [
  { locale: 'da-DK', lang: 'da', heading: 'Styrk lederens dialog med nærmeste leder', start: 'Start forberedelsen', guide: '1 Interviewguide' },
  { locale: 'en-US', lang: 'en', heading: 'Strengthen the leader’s dialogue with their manager', start: 'Start preparing', guide: '1 Interview guide' },
];

describe.each(cases)('the prerendered start page ($locale)', ({ locale, lang, heading, start, guide }) => {
  it('is there without JavaScript, passes axe, and reads the same once the app has hydrated it', async () => {
    // The page as served, with the app's scripts refused: what is painted before any JavaScript.
    // (Not javaScriptEnabled: false, which would also stop axe, itself a script.)
    // Not watched for errors: the refused scripts log net::ERR_FAILED, on purpose.
    const staticContext = await browser.newContext({ locale });
    const staticPage = await staticContext.newPage();
    await staticPage.route('**/*.js', (route) => route.abort());
    await staticPage.goto(appUrl('/'));
    expect(await staticPage.getAttribute('html', 'lang')).toBe(lang);
    expect(await staticPage.getAttribute('#root', 'data-prerendered')).toBe(lang);
    expect(await staticPage.textContent('h1')).toBe(heading);
    const axe = await new AxeBuilder({ page: staticPage }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const prerenderedText = await rootText(staticPage);
    const prerenderedRules = await griffelRuleCount(staticPage);
    expect(prerenderedRules).toBeGreaterThan(50);
    await staticContext.close();

    const context = await browser.newContext({ locale });
    watchContext(context);
    const page = await context.newPage();
    // Record every layout shift from the first paint on.
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: number; __shiftSources: string[] };
      w.__shifts = 0;
      w.__shiftSources = [];
      type Shift = { value: number; sources?: { node?: Element; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as Shift[]) {
          w.__shifts += entry.value;
          // Name what moved, so a failure says where to look.
          for (const source of entry.sources ?? []) {
            const node = source.node;
            const name = node
              ? `${node.nodeName.toLowerCase()}${node.id ? '#' + node.id : ''}.${String(node.className || '').slice(0, 60)} "${(node.textContent ?? '').slice(0, 40)}"`
              : '?';
            w.__shiftSources.push(`${entry.value.toFixed(4)} ${name} ${JSON.stringify(source.previousRect)} -> ${JSON.stringify(source.currentRect)}`);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(appUrl('/'), { waitUntil: 'networkidle' });
    // The booted app writes the open step into the address: the app is running.
    await page.waitForFunction(() => window.location.hash === '#start');
    // Hydrated, not rendered afresh: React's server ids (_R_…; a fresh render writes _r_…) are still
    // on the page, here the header's disclosure button's (useId).
    expect(await page.getAttribute('[data-header-more]', 'aria-controls')).toMatch(/^header-tools_R_/);
    expect(await rootText(page)).toBe(prerenderedText);
    // Every prerendered rule was known to the renderer (src/ui/griffel/forEachCSSRule.ts split them
    // as Griffel does), so hydrating inserted none a second time.
    expect(await griffelRuleCount(page)).toBe(prerenderedRules);
    // Lighthouse reports CLS to three decimals; a shift of a few millionths (measured: 0.000004,
    // cause not yet found) reads as 0 there and is not visible.
    const { total, sources } = await page.evaluate(() => {
      const w = window as unknown as { __shifts: number; __shiftSources: string[] };
      return { total: w.__shifts, sources: w.__shiftSources };
    });
    if (total >= 0.001) console.log(`layout shifts:\n${sources.join('\n')}`);
    expect(total).toBeLessThan(0.001);
    expect(takePageErrors()).toEqual([]);

    // And it works: the start button leads into the guide.
    await page.getByRole('button', { name: start }).click();
    await page.getByRole('heading', { level: 1, name: guide }).waitFor();
    await context.close();
  });
});

it('renders afresh, without errors, where the saved draft is not the start page', async () => {
  const context = await browser.newContext({ locale: 'da-DK' });
  watchContext(context);
  const page = await context.newPage();
  await page.goto(appUrl('/#contract'));
  await page.getByRole('heading', { level: 1, name: '2 Lederkontrakt' }).waitFor();
  expect(takePageErrors()).toEqual([]);
  await context.close();
});
