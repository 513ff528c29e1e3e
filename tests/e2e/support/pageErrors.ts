/**
 * Every e2e test fails on a console error or an uncaught error in any page it opened (issue 18):
 * `launchBrowser` watches each page of its context, and the setup file `failOnPageErrors.ts` checks
 * after each test that nothing was logged. A test that provokes an error on purpose says so with
 * `allowPageErrors(pattern)`, which holds for that test only.
 */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Chromium logs every 4xx/5xx answer as a console error of its own ("Failed to load resource: the
 * server responded with a status of 404 …"). Graph answers 404 to a look-up that finds nothing and
 * the emulator's fault injection answers 429/503 on purpose; what the app does with such an answer
 * is what each test asserts. A network failure without a status (net::ERR_…) still counts.
 */
const HTTP_STATUS_LOG = /^Failed to load resource: the server responded with a status of \d{3}\b/;

const seen: string[] = [];
let allowed: RegExp[] = [];

function record(kind: string, page: Page, text: string): void {
  if (kind === 'console.error' && HTTP_STATUS_LOG.test(text)) return;
  if (allowed.some((pattern) => pattern.test(text))) return;
  seen.push(`${kind} on ${page.url()}: ${text}`);
}

/** Records every console error and uncaught error of `page`. */
export function watchPage(page: Page): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Where it came from: for a resource that failed to load, the resource's own address.
    const where = message.location().url;
    record('console.error', page, where && where !== page.url() ? `${message.text()} (${where})` : message.text());
  });
  page.on('pageerror', (error) => record('pageerror', page, error.stack ?? error.message));
}

/** Watches every page the context has or opens (popups and `context.newPage()` included). */
export function watchContext(context: BrowserContext): void {
  for (const page of context.pages()) watchPage(page);
  context.on('page', watchPage);
}

/** For the running test only: errors matching `pattern` are expected (say why where you call it). */
export function allowPageErrors(pattern: RegExp): void {
  allowed.push(pattern);
}

/** What was logged since the last call; forgets it and the allowances. */
export function takePageErrors(): string[] {
  const out = seen.splice(0, seen.length);
  allowed = [];
  return out;
}
