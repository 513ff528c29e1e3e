// What a browser fetches on a first visit: opens the page in Debian's Chromium (playwright-core,
// never a downloaded browser), records every script response until the app has booted and the
// network is idle after that, and
// sizes each as gzip -9 of its body. Console errors and page errors are collected too: a first
// visit that logs one (a hydration mismatch, say) is reported.
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

/** How long the network must be quiet after boot before the visit counts as complete. */
const QUIET_MS = 2000;

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * @returns {Promise<{ scripts: { file: string, raw: number, gzip: number }[], errors: string[] }>}
 */
export async function measureFirstVisit(url, { locale = 'da-DK' } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ locale, viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const pending = [];
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      const file = new URL(response.url()).pathname.replace(/^\//, '');
      pending.push(
        response.body().then(
          (body) => ({ file, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length }),
          (error) => {
            errors.push(`could not read ${file}: ${error.message}`);
            return { file, raw: 0, gzip: 0 };
          },
        ),
      );
    });
    // Requests in flight, to tell when the network has been quiet for a while.
    let inFlight = 0;
    let lastActivity = Date.now();
    const settle = () => {
      inFlight = Math.max(0, inFlight - 1);
      lastActivity = Date.now();
    };
    page.on('request', () => {
      inFlight += 1;
      lastActivity = Date.now();
    });
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);
    await page.goto(url, { waitUntil: 'networkidle' });
    // "Network idle" alone can come before the app has even asked for what it needs: on a busy
    // machine parsing the first script takes longer than the 500 ms of quiet it waits for. So wait
    // until the app has booted (it writes the open step into the address, #start) and then for
    // QUIET_MS of quiet again (React hydrates a lazy part, the demo switcher, after the shell): everything a first visit loads to become interactive is counted.
    await page.waitForFunction(() => globalThis.location.hash !== '', undefined, { timeout: 30_000 });
    while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 50));
    const scripts = await Promise.all(pending);
    // Hydration is done by now; its console errors (a mismatch, say) have been collected.
    await context.close();
    return { scripts, errors };
  } finally {
    await browser.close();
  }
}
