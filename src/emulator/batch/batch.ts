// POST /$batch: at most 20 sub-requests, each run through the same pipeline (same auth, same
// validation, faults per sub-request — a sub-request can come back 429 with Retry-After, as in
// real Graph, or run and come back 504 when its answer is lost). dependsOn orders execution; a
// sub-request whose dependency failed gets 424.
import type { GraphRequest, GraphResponse } from '../http/context';
import { GraphError } from '../http/errors';
import { executeGraph, type PipelineDeps } from '../http/pipeline';
import type { LogEntry } from '../log/requestLog';
import { loggable } from '../log/requestLog';

interface SubRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  dependsOn: string[];
}

const bad = (message: string) => new GraphError(400, 'BadRequest', message);

function parse(body: Buffer): SubRequest[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw bad('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  const requests = (parsed as { requests?: unknown })?.requests;
  if (!Array.isArray(requests)) throw bad('Invalid batch payload format: a "requests" array is required.');
  if (requests.length === 0) throw bad('Invalid batch payload format: the "requests" array is empty.');
  if (requests.length > 20) throw bad('Number of batch request steps exceeds the maximum value of 20.');
  const seen = new Set<string>();
  const out = requests.map((r: Record<string, unknown>) => {
    const id = r?.id;
    if (typeof id !== 'string' && typeof id !== 'number') throw bad('Batch request is missing an id.');
    const sid = String(id);
    if (seen.has(sid)) throw bad(`Batch request ids must be unique; '${sid}' is used twice.`);
    seen.add(sid);
    if (typeof r.method !== 'string' || typeof r.url !== 'string') throw bad(`Batch request id : ${sid} must have a method and a url.`);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((r.headers as Record<string, unknown>) ?? {})) headers[k.toLowerCase()] = String(v);
    const method = r.method.toUpperCase();
    if (['POST', 'PATCH', 'PUT'].includes(method) && (r.body === undefined || !headers['content-type'])) {
      throw bad(`Write request id : ${sid} does not contain Content-Type header or body.`);
    }
    const dependsOn = r.dependsOn === undefined ? [] : (r.dependsOn as unknown[]).map(String);
    return { id: sid, method, url: r.url, headers, body: r.body, dependsOn };
  });
  for (const r of out) for (const d of r.dependsOn) if (!seen.has(d)) throw bad(`Batch request id : ${r.id} depends on an unknown request '${d}'.`);
  return out;
}

/** Relative to /v1.0: 'me', '/me', or a full https://graph.microsoft.com/v1.0/me all work. */
function relativeUrl(url: string): string {
  const stripped = url.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/?v1\.0(?=\/|$)/i, '');
  return stripped.startsWith('/') ? stripped : `/${stripped}`;
}

function bodyBytes(r: SubRequest): Buffer {
  if (r.body === undefined || r.body === null) return Buffer.alloc(0);
  if (/json/i.test(r.headers['content-type'] ?? '')) return Buffer.from(typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
  // Non-JSON content travels base64-encoded in a batch.
  return typeof r.body === 'string' ? Buffer.from(r.body, 'base64') : Buffer.from(JSON.stringify(r.body));
}

/** The handler of POST /$batch; the outer request is already authenticated and past fault injection. */
export async function executeBatch(deps: PipelineDeps, outer: GraphRequest, log: (e: LogEntry) => void): Promise<GraphResponse> {
  const requests = parse(outer.rawBody);
  const byId = new Map(requests.map((r) => [r.id, r]));
  // Order: as given, but never before what a request depends on; a cycle is a bad request.
  const order: SubRequest[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (r: SubRequest) => {
    if (state.get(r.id) === 'done') return;
    if (state.get(r.id) === 'visiting') throw bad(`Batch request dependencies form a cycle at '${r.id}'.`);
    state.set(r.id, 'visiting');
    for (const d of r.dependsOn) visit(byId.get(d)!);
    state.set(r.id, 'done');
    order.push(r);
  };
  requests.forEach(visit);

  const statusOf = new Map<string, number>();
  const responses = new Map<string, Record<string, unknown>>();
  for (const r of order) {
    const url = relativeUrl(r.url);
    if (/^\/\$batch/i.test(url)) throw bad('A batch request cannot contain another $batch.');
    let res: GraphResponse;
    if (r.dependsOn.some((d) => (statusOf.get(d) ?? 500) >= 400)) {
      res = {
        status: 424,
        headers: {},
        body: { error: { code: 'FailedDependency', message: `The request depends on ${r.dependsOn.join(', ')}, which failed.` } },
      };
    } else {
      const headers: Record<string, string> = { ...r.headers, authorization: outer.headers.authorization ?? '' };
      if (outer.headers['client-request-id'] && !headers['client-request-id']) headers['client-request-id'] = outer.headers['client-request-id'];
      res = await executeGraph(deps, { method: r.method, url, headers, body: bodyBytes(r) }, { save: false });
    }
    // dependsOn is judged by what the batch gateway saw: a lost answer (504) fails its dependants.
    statusOf.set(r.id, res.status);
    const headers = { ...(res.headers ?? {}) };
    delete headers['x-ms-ags-diagnostic'];
    const body = Buffer.isBuffer(res.body) ? res.body.toString('base64') : res.body;
    responses.set(r.id, { id: r.id, status: res.status, headers, ...(body !== undefined ? { body } : {}) });
    const real = res.lost ?? res;
    log({
      method: r.method,
      url: `/v1.0${url}`,
      headers: r.headers,
      body: loggable(bodyBytes(r), r.headers['content-type']),
      status: real.status,
      response: Buffer.isBuffer(real.body) ? `<${real.body.length} bytes>` : (real.body ?? null),
      via: '$batch',
      batchRequestId: r.id,
      ...(res.lost ? { lostResponse: { clientStatus: res.status } } : {}),
    });
  }
  return { status: 200, headers: { 'Content-Type': 'application/json' }, body: { responses: requests.map((r) => responses.get(r.id)) } };
}
