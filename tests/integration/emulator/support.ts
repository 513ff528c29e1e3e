// Shared set-up for the emulator tests: a fresh emulator on a random port with its own state
// folder, tokens per seeded user, and a small fetch wrapper.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../src/emulator/server';

export const UPN = {
  mette: 'mette.hansen@demokommune.example',
  lars: 'lars.nielsen@demokommune.example',
  birgitte: 'birgitte.kristensen@demokommune.example',
  jonas: 'jonas.pedersen@demokommune.example',
  sofie: 'sofie.andersen@demokommune.example',
  ahmed: 'ahmed.yilmaz@demokommune.example',
  peter: 'peter.moeller@demokommune.example',
} as const;
export type Who = keyof typeof UPN;

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestEmulator {
  emu: RunningEmulator;
  stateDir: string;
  token(who: Who): Promise<string>;
  /** A Graph call as `who`; `path` is below /v1.0. */
  graph<T = any>(who: Who | null, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  demo<T = any>(method: string, path: string, body?: unknown): Promise<Reply<T>>;
  close(): Promise<void>;
}

export async function startTestEmulator(opts: Omit<EmulatorOptions, 'port' | 'stateDir'> = {}): Promise<TestEmulator> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'graph-emulator-test-'));
  const emu = await startEmulator({ ...opts, port: 0, stateDir });
  const tokens = new Map<Who, string>();
  const parse = async (res: Response) => {
    const text = await res.text();
    try {
      return text ? JSON.parse(text) : undefined;
    } catch {
      return text;
    }
  };
  const demo = async (method: string, p: string, body?: unknown) => {
    const res = await fetch(`${emu.url}${p}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: await parse(res) };
  };
  const token = async (who: Who) => {
    if (!tokens.has(who)) tokens.set(who, (await demo('POST', '/demo/token', { userPrincipalName: UPN[who] })).body.access_token);
    return tokens.get(who)!;
  };
  return {
    emu,
    stateDir,
    token,
    demo,
    async graph(who, method, p, body, headers = {}) {
      const h: Record<string, string> = { ...headers };
      if (who) h.Authorization = `Bearer ${await token(who)}`;
      let payload: BodyInit | undefined;
      if (Buffer.isBuffer(body) || typeof body === 'string') payload = body as BodyInit;
      else if (body !== undefined) {
        payload = JSON.stringify(body);
        h['Content-Type'] ??= 'application/json';
      }
      const res = await fetch(`${emu.graphUrl}${p}`, { method, headers: h, body: payload });
      return { status: res.status, headers: res.headers, body: await parse(res) };
    },
    async close() {
      await emu.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** A Copenhagen wall-clock slot n working days from now, for event bodies. */
export function workingDaySlot(daysAhead: number, hour: number, minutes = 45) {
  const d = new Date();
  let added = 0;
  while (added < daysAhead) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) added++;
  }
  const date = d.toISOString().slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  const endMin = hour * 60 + minutes;
  return {
    date,
    start: { dateTime: `${date}T${pad(hour)}:00:00`, timeZone: 'Romance Standard Time' },
    end: { dateTime: `${date}T${pad(Math.floor(endMin / 60))}:${pad(endMin % 60)}:00`, timeZone: 'Romance Standard Time' },
  };
}
