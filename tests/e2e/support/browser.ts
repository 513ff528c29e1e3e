/**
 * Debian's Chromium driven by playwright-core. Never a downloaded browser: the path is fixed.
 * Each launch gets a fresh profile, so IndexedDB/localStorage start empty, unless it is given a
 * profile directory to open again (a browser closed and started anew); that one is kept on close. Every page it opens is
 * watched for console errors and uncaught errors (pageErrors.ts), which fail the running test.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { watchContext } from './pageErrors';
import { answerTeamsValidDomains } from './teamsValidDomains';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface LaunchedBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(
  options: {
    locale?: string;
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    profile?: string;
    /** Ignore the app's Content-Security-Policy: what a test proves then holds without it too. */
    bypassCSP?: boolean;
  } = {},
): Promise<LaunchedBrowser> {
  const profile = options.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lederdialog-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: options.locale ?? 'da-DK',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Before the first page opens, so that no error of its start is missed.
  watchContext(context);
  await answerTeamsValidDomains(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      if (!options.profile) fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function appUrl(pathAndQuery = '/'): string {
  const base = process.env.E2E_APP_URL;
  if (!base) throw new Error('E2E_APP_URL is not set: run the e2e tests through jest (globalSetup starts the servers).');
  return base + pathAndQuery;
}

export function emulatorUrl(): string {
  const base = process.env.E2E_EMULATOR_URL;
  if (!base) throw new Error('E2E_EMULATOR_URL is not set: run the e2e tests through jest.');
  return base;
}

/** Resets the emulator to its seeded state (each e2e file starts from the same organisation). */
export async function resetEmulator(): Promise<void> {
  const res = await fetch(`${emulatorUrl()}/demo/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`emulator reset failed: ${res.status}`);
}
