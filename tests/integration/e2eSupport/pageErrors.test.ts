// The e2e hook that fails a test on a console error or an uncaught page error (support/pageErrors.ts),
// driven with stand-in pages that emit what Playwright emits.
import { EventEmitter } from 'node:events';
import type { BrowserContext, Page } from 'playwright-core';
import { allowPageErrors, takePageErrors, watchContext } from '../../e2e/support/pageErrors';

function fakePage(url: string): Page & EventEmitter {
  return Object.assign(new EventEmitter(), { url: () => url }) as unknown as Page & EventEmitter;
}
const consoleMessage = (type: string, text: string, url = '') => ({
  type: () => type,
  text: () => text,
  location: () => ({ url, lineNumber: 0, columnNumber: 0 }),
});

function fakeContext(pages: Page[]): BrowserContext & EventEmitter {
  return Object.assign(new EventEmitter(), { pages: () => pages }) as unknown as BrowserContext & EventEmitter;
}

afterEach(() => takePageErrors());

it('records console errors and uncaught errors of every page, also of pages opened later', () => {
  const first = fakePage('http://app/#start');
  const context = fakeContext([first]);
  watchContext(context);
  const later = fakePage('http://app/#contract');
  context.emit('page', later);

  first.emit('console', consoleMessage('error', 'There was a problem inserting the following rule: "undefined"'));
  first.emit('console', consoleMessage('warning', 'only a warning'));
  later.emit('pageerror', new Error('boom'));

  const errors = takePageErrors();
  expect(errors).toHaveLength(2);
  expect(errors[0]).toBe('console.error on http://app/#start: There was a problem inserting the following rule: "undefined"');
  expect(errors[1]).toMatch(/^pageerror on http:\/\/app\/#contract: Error: boom/);
  expect(takePageErrors()).toEqual([]);
});

it('passes over Chromium’s own log of an HTTP error answer, but not a network failure', () => {
  const page = fakePage('http://app/');
  watchContext(fakeContext([page]));
  page.emit('console', consoleMessage('error', 'Failed to load resource: the server responded with a status of 404 (Not Found)'));
  page.emit('console', consoleMessage('error', 'Failed to load resource: net::ERR_CONNECTION_REFUSED', 'http://graph/v1.0/me'));
  expect(takePageErrors()).toEqual(['console.error on http://app/: Failed to load resource: net::ERR_CONNECTION_REFUSED (http://graph/v1.0/me)']);
});

it('lets one test expect an error on purpose, and only that test', () => {
  const page = fakePage('http://app/');
  watchContext(fakeContext([page]));
  allowPageErrors(/ChunkLoadError/);
  page.emit('pageerror', new Error('ChunkLoadError: Loading chunk 12 failed'));
  expect(takePageErrors()).toEqual([]);
  page.emit('pageerror', new Error('ChunkLoadError: Loading chunk 12 failed'));
  expect(takePageErrors()).toHaveLength(1);
});
