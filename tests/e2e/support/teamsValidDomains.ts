/**
 * teams-js fetches its list of valid host origins from Microsoft's CDN when a tab initialises in a
 * host frame, and falls back to the copy it ships when the fetch fails. The test machine has no
 * Internet, so the fetch failed with a console error (net::ERR_NAME_NOT_RESOLVED) in every framed
 * test. The browser is answered with the very list teams-js ships, which is what it used anyway.
 */
import fs from 'fs';
import type { BrowserContext } from 'playwright-core';

const CDN_LIST = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

function shippedList(): string[] {
  const file = require.resolve('@microsoft/teams-js/dist/esm/packages/teams-js/src/artifactsForCDN/validDomains.json.js');
  const list = /=(\[[^\]]*\])/.exec(fs.readFileSync(file, 'utf8'))?.[1];
  if (!list) throw new Error(`teams-js's own list of valid origins was not found in ${file}`);
  return JSON.parse(list) as string[];
}

export async function answerTeamsValidDomains(context: BrowserContext): Promise<void> {
  const validOrigins = shippedList();
  await context.route(CDN_LIST, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ validOrigins }) }));
}
