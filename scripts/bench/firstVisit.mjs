// What a browser fetches on a first visit: opens the page in Debian's Chromium (playwright-core,
// never a downloaded browser), records every script response until the network is idle, and
// sizes each as gzip -9 of its body. Console errors and page errors are collected too: a first
// visit that logs one (a hydration mismatch, say) is reported.
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

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
    await page.goto(url, { waitUntil: 'networkidle' });
    const scripts = await Promise.all(pending);
    // Hydration is done by now; its console errors (a mismatch, say) have been collected.
    await context.close();
    return { scripts, errors };
  } finally {
    await browser.close();
  }
}
