// One Graph request, from raw parts to response: path normalisation, authentication, fault
// injection (refused before the work, or lost after it), routing, error shaping and saving the state. The HTTP server and $batch both use it,
// so a sub-request in a batch behaves exactly like the same request sent alone.
import { randomUUID } from 'node:crypto';
import type { Router } from './router';
import type { GraphRequest, GraphResponse } from './context';
import { GraphError, graphErrorBody } from './errors';
import { authenticate } from '../auth/tokens';
import type { FaultInjector } from '../faults/faults';
import type { StateStore } from '../state/store';
import type { DirectoryUser, EmulatorState } from '../types';
import { findUser } from '../directory/routes';
import { checkPermission } from '../auth/permissions';
import type { TenantProfile } from '../auth/tenant';

export interface RawGraphRequest {
  method: string;
  /** Path and query below /v1.0, e.g. '/me/events?$top=5'. */
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface PipelineDeps {
  router: Router;
  store: StateStore;
  faults: FaultInjector;
  graphUrl: string;
  /** The tenant played; changeable at run time (POST /demo/tenant). */
  tenant: TenantProfile;
}

export interface PipelineOptions {
  /** Save the state after a successful change (the batch saves once at its end instead). */
  save: boolean;
}

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** Mailbox-like resources of another user that a delegated caller cannot reach. */
const PRIVATE_OF_OTHERS = /^(events|calendar|calendars|calendarView|findMeetingTimes|drive|todo|mailboxSettings|chats|people|messages)(\/|$)/i;

function normalise(rawPath: string, user: DirectoryUser, state: EmulatorState): string {
  let segments: string[];
  try {
    segments = rawPath.split('/').map((s) => decodeURIComponent(s));
  } catch {
    throw new GraphError(400, 'BadRequest', 'The request URL is not correctly encoded.');
  }
  let path = segments.join('/').replace(/\/+$/, '') || '/';
  const m = /^\/users\/([^/]+)(\/.*)?$/i.exec(path);
  if (m && m[2]) {
    const target = findUser(state, m[1]!);
    if (target && target.id === user.id) path = `/me${m[2]}`;
    else if (target && PRIVATE_OF_OTHERS.test(m[2].slice(1)))
      throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  return path
    .replace(/^\/me\/calendar\/events(?=\/|$)/i, '/me/events')
    .replace(/^\/me\/calendar\/calendarView(?=\/|$)/i, '/me/calendarView')
    .replace(/^\/me\/calendars\/[^/]+\/events(?=\/|$)/i, '/me/events');
}

export async function executeGraph(deps: PipelineDeps, raw: RawGraphRequest, opts: PipelineOptions): Promise<GraphResponse> {
  const requestId = randomUUID();
  const clientRequestId = raw.headers['client-request-id'] ?? requestId;
  const baseHeaders: Record<string, string> = {
    'request-id': requestId,
    'client-request-id': clientRequestId,
    'x-ms-ags-diagnostic': JSON.stringify({ ServerInfo: { DataCenter: 'Loopback', Slice: 'E', Ring: '5', ScaleUnit: '000', RoleInstance: 'EMULATOR' } }),
  };
  try {
    const q = raw.url.indexOf('?');
    const rawPath = q < 0 ? raw.url : raw.url.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : raw.url.slice(q + 1));
    const state = deps.store.state;
    const user = authenticate(state, raw.headers.authorization);
    const method = raw.method.toUpperCase();
    const path = normalise(rawPath, user, state);
    // Graph checks the token's permissions before the workload sees the request.
    checkPermission(state, user, method, path, raw.headers.authorization);
    const fault = deps.faults.decide();
    if (fault?.kind === 'refuse') {
      const code = fault.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable';
      const message =
        fault.status === 429 ? 'Too many requests. Please retry after the time given in Retry-After.' : 'The service is temporarily unavailable. Please retry.';
      return {
        status: fault.status,
        headers: { ...baseHeaders, 'Retry-After': String(fault.retryAfterSeconds), 'Content-Type': JSON_TYPE },
        body: graphErrorBody(code, message, requestId, clientRequestId),
      };
    }
    const req: GraphRequest = {
      method,
      path,
      tenant: deps.tenant,
      query,
      headers: raw.headers,
      rawBody: raw.body,
      user,
      state,
      graphUrl: deps.graphUrl,
      requestId,
    };
    const served = await serve(deps, req, opts, baseHeaders, clientRequestId);
    // A lost answer: the work is done and saved; the client hears only that the gateway timed out.
    if (fault?.kind === 'lostResponse') return lostResponse(served, baseHeaders, requestId, clientRequestId);
    return served;
  } catch (err) {
    return errorResponse(err, baseHeaders, requestId, clientRequestId);
  }
}

async function serve(
  deps: PipelineDeps,
  req: GraphRequest,
  opts: PipelineOptions,
  baseHeaders: Record<string, string>,
  clientRequestId: string,
): Promise<GraphResponse> {
  try {
    const res = await deps.router.dispatch(req);
    if (opts.save && req.method !== 'GET' && res.status < 400) deps.store.save();
    const headers = { ...baseHeaders, ...(res.headers ?? {}) };
    if (res.body !== undefined && !Buffer.isBuffer(res.body) && !headers['Content-Type']) headers['Content-Type'] = JSON_TYPE;
    return { status: res.status, headers, body: res.body };
  } catch (err) {
    return errorResponse(err, baseHeaders, req.requestId, clientRequestId);
  }
}

function lostResponse(served: GraphResponse, baseHeaders: Record<string, string>, requestId: string, clientRequestId: string): GraphResponse {
  return {
    status: 504,
    headers: { ...baseHeaders, 'Content-Type': JSON_TYPE },
    body: graphErrorBody(
      'GatewayTimeout',
      'The gateway did not receive a timely response from the service. The request may or may not have been processed.',
      requestId,
      clientRequestId,
    ),
    lost: { status: served.status, ...(served.body !== undefined ? { body: served.body } : {}) },
  };
}

function errorResponse(err: unknown, baseHeaders: Record<string, string>, requestId: string, clientRequestId: string): GraphResponse {
  if (err instanceof GraphError) {
    if (err.status === 304) return { status: 304, headers: baseHeaders };
    return {
      status: err.status,
      headers: { ...baseHeaders, ...err.headers, 'Content-Type': JSON_TYPE },
      body: graphErrorBody(err.code, err.message, requestId, clientRequestId),
    };
  }
  console.error('[graph-emulator] unexpected error', err);
  return {
    status: 500,
    headers: { ...baseHeaders, 'Content-Type': JSON_TYPE },
    body: graphErrorBody('generalException', 'An unexpected error occurred in the emulator.', requestId, clientRequestId),
  };
}
