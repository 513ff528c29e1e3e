/**
 * Shared set-up for the src/graph integration tests: a real emulator on a random loopback port with
 * a fresh state folder, and GraphClients acting as any seeded user through the demo token.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../src/emulator/server';
import type { RunningEmulator } from '../../../src/emulator/types';
import type { TokenProvider } from '../../../src/auth/tokenProvider';
import { createGraphClient, type GraphClient } from '../../../src/graph/client';
import type { RetryOptions } from '../../../src/graph/retry';

export const DOMAIN = 'demokommune.example';
export const METTE = `mette.hansen@${DOMAIN}`;
export const LARS = `lars.nielsen@${DOMAIN}`;
export const BIRGITTE = `birgitte.kristensen@${DOMAIN}`;
export const PETER = `peter.moeller@${DOMAIN}`;
export const JONAS = `jonas.pedersen@${DOMAIN}`;
export const AHMED = `ahmed.yilmaz@${DOMAIN}`;

export interface TestEmulator {
  emulator: RunningEmulator;
  /** A GraphClient signed in as `upn`; retries fast so tests stay quick. */
  graphAs(upn: string, retry?: Partial<RetryOptions>): GraphClient;
  /** GET /demo/state */
  state(): Promise<DemoState>;
  /** The seeded user's id. */
  userId(upn: string): Promise<string>;
  /** The request log (when started with `log: true`): one entry per request. */
  log(): LogEntry[];
  close(): Promise<void>;
}

export interface LogEntry {
  method: string;
  url: string;
  status: number;
  body?: unknown;
  /** Set when the emulator processed the request but answered the client 504 (a lost answer). */
  lostResponse?: { clientStatus: number };
}

export interface DemoState {
  users: Array<{ id: string; userPrincipalName: string }>;
  events: Array<
    Record<string, unknown> & {
      id: string;
      owner: string;
      seeded: boolean;
      transactionId?: string;
      startUtc: string;
      endUtc: string;
      subject?: string;
      type?: string;
    }
  >;
  driveItems: Array<{ id: string; driveId: string; owner: string; path: string; name: string; isFolder: boolean; eTag: string }>;
  permissions: Array<Record<string, unknown> & { grantee: string; roles: string[]; itemId?: string }>;
  chats: Array<Record<string, unknown> & { id: string; members: string[] }>;
  messages: Array<Record<string, unknown> & { id: string; chatId: string; from: string }>;
  todoTasks: Array<Record<string, unknown> & { id: string; owner: string; title: string; linkedResources?: unknown[] }>;
}

function demoTokens(url: string): (upn: string) => TokenProvider {
  const cache = new Map<string, Promise<string>>();
  return (upn) => ({
    kind: 'demo',
    getAccessToken: () => {
      if (!cache.has(upn)) {
        cache.set(
          upn,
          fetch(`${url}/demo/token`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ userPrincipalName: upn }),
          }).then(async (r) => {
            if (!r.ok) throw new Error(`No demo token for ${upn}: ${r.status} ${await r.text()}`);
            return ((await r.json()) as { access_token: string }).access_token;
          }),
        );
      }
      return cache.get(upn) as Promise<string>;
    },
  });
}

export async function startTestEmulator(options: { log?: boolean } = {}): Promise<TestEmulator> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'lederdialog-graph-'));
  const logPath = options.log ? path.join(stateDir, 'requests.jsonl') : undefined;
  const emulator = await startEmulator({ port: 0, stateDir: path.join(stateDir, 'state'), ...(logPath ? { logPath } : {}) });
  const tokens = demoTokens(emulator.url);
  const state = async (): Promise<DemoState> => (await fetch(`${emulator.url}/demo/state`)).json() as Promise<DemoState>;
  return {
    emulator,
    graphAs: (upn, retry) =>
      createGraphClient({ baseUrl: emulator.graphUrl, tokenProvider: tokens(upn), retry: { baseDelayMs: 20, maxTotalWaitMs: 10_000, ...retry } }),
    state,
    userId: async (upn) => {
      const found = (await state()).users.find((u) => u.userPrincipalName === upn);
      if (!found) throw new Error(`No seeded user ${upn}`);
      return found.id;
    },
    log: () =>
      logPath && existsSync(logPath)
        ? readFileSync(logPath, 'utf8')
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => JSON.parse(line) as LogEntry)
        : [],
    close: async () => {
      await emulator.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
