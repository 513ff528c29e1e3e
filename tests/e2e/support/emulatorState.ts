/**
 * The Graph emulator seen from an e2e test: its state dump (GET /demo/state), faults, the request
 * log, and a file's bytes read as a seeded user would (through the demo token and Graph).
 */
import fs from 'fs';
import { emulatorUrl } from './browser';

export const DOMAIN = 'demokommune.example';
export const METTE = `mette.hansen@${DOMAIN}`;
export const LARS = `lars.nielsen@${DOMAIN}`;

export interface DemoEvent extends Record<string, unknown> {
  id: string;
  owner: string;
  seeded: boolean;
  startUtc: string;
  endUtc: string;
  type?: string;
  showAs?: string;
  isCancelled?: boolean;
  attendees?: { emailAddress: { address: string } }[];
  recurrence?: { pattern: { type: string; interval: number }; range: { type: string; endDate: string } };
  body?: { content: string };
}

export interface DemoState {
  events: DemoEvent[];
  driveItems: { id: string; owner: string; path: string; name: string; isFolder: boolean }[];
  permissions: (Record<string, unknown> & { grantee: string; roles: string[]; itemId: string })[];
  messages: (Record<string, unknown> & { id: string; from: string; body?: { content?: string }; attachments: { content?: string }[] })[];
  todoTasks: (Record<string, unknown> & { id: string; owner: string; title: string; recurrence?: unknown })[];
}

export async function demoState(): Promise<DemoState> {
  const res = await fetch(`${emulatorUrl()}/demo/state`);
  if (!res.ok) throw new Error(`GET /demo/state: ${res.status}`);
  return (await res.json()) as DemoState;
}

export async function setFaults(faults: Record<string, number>): Promise<void> {
  const res = await fetch(`${emulatorUrl()}/demo/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(faults) });
  if (!res.ok) throw new Error(`POST /demo/faults: ${res.status}`);
}

/** The bytes of a drive item, downloaded as its owner through Graph. */
export async function fileBytes(owner: string, itemId: string): Promise<Uint8Array> {
  const token = await fetch(`${emulatorUrl()}/demo/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: owner }),
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const res = await fetch(`${emulatorUrl()}/v1.0/me/drive/items/${encodeURIComponent(itemId)}/content`, {
    headers: { authorization: `Bearer ${access_token}` },
  });
  if (!res.ok) throw new Error(`download ${itemId}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export interface LogLine {
  method: string;
  url: string;
  status: number;
  body?: unknown;
  response?: unknown;
}

/** The emulator's request log (JSON lines), from line `from` on. */
export function graphLog(from = 0): LogLine[] {
  const file = process.env.E2E_GRAPH_LOG;
  if (!file || !fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(from)
    .map((l) => JSON.parse(l) as LogLine);
}
