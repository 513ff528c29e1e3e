// The Graph emulator's HTTP server on loopback: /v1.0 (Graph), /demo (tokens, reset, faults,
// state), /_download (pre-authenticated download URLs). See README.md beside this file.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { EmulatorOptions, FaultConfig, RunningEmulator } from './types';
import { Router } from './http/router';
import { executeGraph, type PipelineDeps } from './http/pipeline';
import { GraphError, graphErrorBody } from './http/errors';
import { corsHeaders, demoOriginAllowed, preflightHeaders } from './http/cors';
import { StateStore } from './state/store';
import { FaultInjector } from './faults/faults';
import { RequestLog, loggable } from './log/requestLog';
import { handleDemo } from './demo/routes';
import { registerDirectory } from './directory/routes';
import { registerCalendar } from './calendar/routes';
import { registerDrive } from './drive/routes';
import { registerChat } from './chat/routes';
import { registerTodo } from './todo/routes';
import { registerTeamsApps } from './teams/routes';
import { executeBatch } from './batch/batch';
import { CSDL_PATH } from './csdl/model';
import { downloadSignature } from './drive/shape';
import { tenantFromEnv, type TenantProfile } from './auth/tenant';

export type { EmulatorOptions, FaultConfig, RunningEmulator } from './types';

export const DEFAULT_PORT = 5999;
export const DEFAULT_STATE_DIR = path.resolve(__dirname, '..', '..', '.emulator-state');

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const store = new StateStore(opts.stateDir ?? DEFAULT_STATE_DIR);
  const faults = new FaultInjector(opts.faults);
  const log = new RequestLog(opts.logPath);
  const appOrigins = opts.appOrigins ?? [];
  const router = new Router();
  const deps: PipelineDeps = { router, store, faults, graphUrl: '', tenant: opts.tenant ?? tenantFromEnv() };
  registerDirectory(router);
  registerCalendar(router);
  registerDrive(router);
  registerChat(router);
  registerTodo(router);
  registerTeamsApps(router);
  router.add('POST', '/$batch', (req) => executeBatch(deps, req, (e) => log.write(e)));

  const control = {
    state: () => store.state,
    reset: async () => store.reset(),
    setFaults: (f: FaultConfig) => faults.set(f),
    faults: () => faults.current,
    tenant: () => deps.tenant,
    setTenant: (profile: TenantProfile) => {
      deps.tenant = profile;
    },
  };

  async function respond(
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
  ): Promise<{ status: number; response: unknown; lostResponse?: { clientStatus: number } }> {
    const url = req.url ?? '/';
    const method = (req.method ?? 'GET').toUpperCase();
    const pathOnly = url.split('?')[0]!;
    const send = (status: number, headers: Record<string, string>, payload?: unknown) => {
      const isBytes = Buffer.isBuffer(payload);
      const data = payload === undefined ? undefined : isBytes ? payload : Buffer.from(JSON.stringify(payload));
      if (data && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
      res.writeHead(status, { ...headers, ...corsHeaders(req) });
      res.end(data);
      return { status, response: isBytes ? `<${payload.length} bytes>` : (payload ?? null) };
    };

    const isDemo = pathOnly.startsWith('/demo/') || pathOnly === '/demo';
    if (isDemo && !demoOriginAllowed(req, appOrigins)) {
      // No CORS headers: the foreign page cannot even read the refusal.
      res.writeHead(403, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(graphErrorBody('Forbidden', "The demo routes answer only the app's own origin.", 'demo', 'demo')));
      return { status: 403, response: null };
    }

    if (method === 'OPTIONS') return send(204, preflightHeaders(req));

    if (isDemo) {
      try {
        const r = await handleDemo(control, method, pathOnly, body);
        return send(r.status, {}, r.body);
      } catch (e) {
        const err = e instanceof GraphError ? e : new GraphError(500, 'generalException', String(e));
        return send(err.status, {}, graphErrorBody(err.code, err.message, 'demo', 'demo'));
      }
    }

    const download = /^\/_download\/([^/]+)\/([^/]+)$/.exec(pathOnly);
    if (download && method === 'GET') {
      const q = new URLSearchParams(url.split('?')[1] ?? '');
      const driveId = decodeURIComponent(download[1]!);
      const item = store.state.driveItems.find((i) => i.id === download[2] && i.driveId === driveId && !i.isFolder);
      const version = Number(q.get('v'));
      if (!item || item.contentVersion !== version || q.get('sig') !== downloadSignature(driveId, item.id, version)) {
        return send(404, {}, graphErrorBody('itemNotFound', 'The download link is invalid or has expired.', 'download', 'download'));
      }
      return send(200, { 'Content-Type': item.mimeType ?? 'application/octet-stream' }, Buffer.from(item.content ?? '', 'base64'));
    }

    if (/^\/v1\.0\/\$metadata$/i.test(pathOnly) && method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'application/xml', ...corsHeaders(req) });
      createReadStream(CSDL_PATH).pipe(res);
      return { status: 200, response: '<$metadata>' };
    }

    if (/^\/v1\.0(\/|$)/i.test(pathOnly)) {
      if (faults.delayMs > 0) await sleep(faults.delayMs);
      const r = await executeGraph(deps, { method, url: url.replace(/^\/v1\.0/i, ''), headers: flatHeaders(req), body }, { save: true });
      const sent = send(r.status, r.headers ?? {}, r.body);
      // A lost answer is logged as what really happened, with what the client got beside it.
      if (r.lost)
        return {
          status: r.lost.status,
          response: Buffer.isBuffer(r.lost.body) ? `<${r.lost.body.length} bytes>` : (r.lost.body ?? null),
          lostResponse: { clientStatus: sent.status },
        };
      return sent;
    }

    return send(404, {}, graphErrorBody('NotFound', `Nothing here: ${pathOnly}. Graph lives under /v1.0.`, 'none', 'none'));
  }

  const server = http.createServer((req, res) => {
    readBody(req)
      .then(async (body) => {
        const { status, response, lostResponse } = await respond(req, res, body);
        const headers = flatHeaders(req);
        log.write({
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          headers,
          body: loggable(body, headers['content-type']),
          status,
          response,
          ...(lostResponse ? { lostResponse } : {}),
        });
      })
      .catch((err) => {
        console.error('[graph-emulator]', err);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });

  // Node closes an idle kept-alive connection after 5 s, about when fetch (undici) reuses it: a test
  // run on a loaded machine then met ECONNRESET on its first request after a pause (the e2e emulator
  // reset between two files). The client gives up an idle connection first when the server waits
  // longer; Graph's front ends keep connections far longer than 5 s too.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? DEFAULT_PORT, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  deps.graphUrl = `${url}/v1.0`;

  return {
    url,
    graphUrl: deps.graphUrl,
    setFaults: (f) => faults.set(f),
    setTenant: control.setTenant,
    reset: async () => store.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
