/**
 * A real emulator for the invite engine's tests and benchmark: random loopback port, fresh state
 * folder, a request log (GRAPH_EMULATOR_LOG format), optional faults, and GraphClients acting as
 * any seeded user through the demo token.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../src/emulator/server';
import type { EmulatorOptions, FaultConfig, RunningEmulator } from '../../../src/emulator/types';
import type { TokenProvider } from '../../../src/auth/tokenProvider';
import { createGraphClient, type GraphClient } from '../../../src/graph/client';
import type { RetryOptions } from '../../../src/graph/retry';

export const DOMAIN = 'demokommune.example';
export const METTE = `mette.hansen@${DOMAIN}`;
export const LARS = `lars.nielsen@${DOMAIN}`;
export const PETER = `peter.moeller@${DOMAIN}`;

export interface LogLine {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  status: number;
  response: unknown;
  via?: '$batch';
}

export interface InviteEmulator {
  emulator: RunningEmulator;
  logPath: string;
  graphAs(upn: string, retry?: Partial<RetryOptions>): GraphClient;
  state(): Promise<DemoState>;
  log(): LogLine[];
  setFaults(faults: FaultConfig): void;
  close(): Promise<void>;
}

export interface DemoState {
  users: Array<{ id: string; userPrincipalName: string; displayName: string }>;
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
      isCancelled?: boolean;
    }
  >;
  driveItems: Array<{ id: string; driveId: string; owner: string; path: string; name: string; isFolder: boolean; eTag: string; specialFolder: string | null }>;
  permissions: Array<Record<string, unknown> & { grantee: string; roles: string[]; itemId: string }>;
  chats: Array<Record<string, unknown> & { id: string; members: string[] }>;
  messages: Array<Record<string, unknown> & { id: string; chatId: string; from: string; attachments: Array<Record<string, unknown>> }>;
  todoTasks: Array<Record<string, unknown> & { id: string; owner: string; title: string; linkedResources?: Array<Record<string, unknown>> }>;
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

export async function startInviteEmulator(faults?: FaultConfig, options: Pick<EmulatorOptions, 'tenant'> = {}): Promise<InviteEmulator> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'lederdialog-invite-'));
  const logPath = path.join(stateDir, 'graph-requests.log');
  const emulator = await startEmulator({ port: 0, stateDir, logPath, ...(faults ? { faults } : {}), ...options });
  const tokens = demoTokens(emulator.url);
  return {
    emulator,
    logPath,
    graphAs: (upn, retry) =>
      createGraphClient({
        baseUrl: emulator.graphUrl,
        tokenProvider: tokens(upn),
        retry: { baseDelayMs: 20, maxSingleWaitMs: 2_000, maxTotalWaitMs: 10_000, ...retry },
      }),
    state: async () => (await fetch(`${emulator.url}/demo/state`)).json() as Promise<DemoState>,
    log: () =>
      existsSync(logPath)
        ? readFileSync(logPath, 'utf8')
            .split('\n')
            .filter((l) => l.trim() !== '')
            .map((l) => JSON.parse(l) as LogLine)
        : [],
    setFaults: (f) => emulator.setFaults(f),
    close: async () => {
      await emulator.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
