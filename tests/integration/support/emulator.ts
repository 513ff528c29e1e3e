/**
 * The one emulator harness of the integration tests (and of the invite benchmark): a real Graph
 * emulator on a random loopback port with a fresh state folder and a request log, the seeded users,
 * raw HTTP as any of them (`graph`, `demo`: for testing the emulator itself), and the app's own
 * GraphClient as any of them (`graphAs`: for testing src/graph and the features over HTTP).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../src/emulator/server';
import type { LogEntry } from '../../../src/emulator/log/requestLog';
import type { EmulatorOptions, FaultConfig, RunningEmulator } from '../../../src/emulator/types';
import type { TokenProvider } from '../../../src/auth/tokenProvider';
import { createGraphClient, type GraphClient } from '../../../src/graph/client';
import type { RetryOptions } from '../../../src/graph/retry';

export const DOMAIN = 'demokommune.example';
export const UPN = {
  mette: `mette.hansen@${DOMAIN}`,
  lars: `lars.nielsen@${DOMAIN}`,
  birgitte: `birgitte.kristensen@${DOMAIN}`,
  jonas: `jonas.pedersen@${DOMAIN}`,
  sofie: `sofie.andersen@${DOMAIN}`,
  ahmed: `ahmed.yilmaz@${DOMAIN}`,
  peter: `peter.moeller@${DOMAIN}`,
} as const;
export type Who = keyof typeof UPN;
export const METTE = UPN.mette;
export const LARS = UPN.lars;
export const BIRGITTE = UPN.birgitte;
export const PETER = UPN.peter;
export const JONAS = UPN.jonas;
export const AHMED = UPN.ahmed;

/** A raw HTTP answer, its body parsed as JSON when it is JSON. */
export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** One line of the request log (GRAPH_EMULATOR_LOG format), as the emulator writes it. */
export type LogLine = LogEntry;

/** GET /demo/state: everything, for assertions. */
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

export interface TestEmulator {
  emulator: RunningEmulator;
  stateDir: string;
  logPath: string;
  /** The app's GraphClient signed in as `upn`; retries fast so tests stay quick. */
  graphAs(upn: string, retry?: Partial<RetryOptions>): GraphClient;
  /** A raw Graph call as `who` (no token when null); `path` is below /v1.0. */
  graph<T = any>(who: Who | null, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  /** A raw call of the emulator's own /demo routes. */
  demo<T = any>(method: string, path: string, body?: unknown): Promise<Reply<T>>;
  /** The demo token of a seeded user. */
  token(who: Who): Promise<string>;
  state(): Promise<DemoState>;
  /** The seeded user's id. */
  userId(upn: string): Promise<string>;
  /** The request log so far: one line per request. */
  log(): LogLine[];
  setFaults(faults: FaultConfig): void;
  close(): Promise<void>;
}

async function parse(res: Response): Promise<any> {
  const text = await res.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** Demo tokens per user, fetched once each. */
function demoTokens(url: string): (upn: string) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  return (upn) => {
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
    return cache.get(upn)!;
  };
}

/** Starts an emulator; `options` are the emulator's own (faults, tenant, appOrigins, a log path). */
export async function startTestEmulator(options: Omit<EmulatorOptions, 'port' | 'stateDir'> = {}): Promise<TestEmulator> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'lederdialog-emulator-'));
  const logPath = options.logPath ?? path.join(stateDir, 'graph-requests.log');
  const emulator = await startEmulator({ ...options, port: 0, stateDir: path.join(stateDir, 'state'), logPath });
  const tokenOf = demoTokens(emulator.url);
  const demo = async <T = any>(method: string, p: string, body?: unknown): Promise<Reply<T>> => {
    const res = await fetch(`${emulator.url}${p}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: await parse(res) };
  };
  const state = async (): Promise<DemoState> => (await fetch(`${emulator.url}/demo/state`)).json() as Promise<DemoState>;
  return {
    emulator,
    stateDir,
    logPath,
    graphAs: (upn, retry) => {
      const tokenProvider: TokenProvider = { kind: 'demo', getAccessToken: () => tokenOf(upn) };
      return createGraphClient({
        baseUrl: emulator.graphUrl,
        tokenProvider,
        retry: { baseDelayMs: 20, maxSingleWaitMs: 2_000, maxTotalWaitMs: 10_000, ...retry },
      });
    },
    async graph<T = any>(who: Who | null, method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
      const h: Record<string, string> = { ...headers };
      if (who) h.Authorization = `Bearer ${await tokenOf(UPN[who])}`;
      let payload: BodyInit | undefined;
      if (Buffer.isBuffer(body) || typeof body === 'string') payload = body as BodyInit;
      else if (body !== undefined) {
        payload = JSON.stringify(body);
        h['Content-Type'] ??= 'application/json';
      }
      const res = await fetch(`${emulator.graphUrl}${p}`, { method, headers: h, body: payload });
      return { status: res.status, headers: res.headers, body: await parse(res) };
    },
    demo,
    token: (who) => tokenOf(UPN[who]),
    state,
    userId: async (upn) => {
      const found = (await state()).users.find((u) => u.userPrincipalName === upn);
      if (!found) throw new Error(`No seeded user ${upn}`);
      return found.id;
    },
    log: () =>
      existsSync(logPath)
        ? readFileSync(logPath, 'utf8')
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => JSON.parse(line) as LogLine)
        : [],
    setFaults: (faults) => emulator.setFaults(faults),
    close: async () => {
      await emulator.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
