/**
 * `POST /$batch`: independent calls in one round trip. Graph takes at most 20 requests per batch,
 * answers each with its own status, answers 424 for a request whose `dependsOn` failed, and may
 * throttle single items (429 inside a 200 batch) — which the SDK does not retry. Here:
 *  - larger sets are cut into chunks of ≤ 20, keeping requests linked by dependsOn together;
 *  - throttled items (and the 424s that only failed because of them) are sent again in a new
 *    batch after the longest Retry-After among them (one item's wait is the whole envelope's),
 *    by the same loop and within the same bounds as any other Graph request (withRetries);
 *  - 503/504 items are sent again only if they are safe to repeat (reads, or marked safe).
 */
import type { GraphClient, HttpMethod } from './client';
import { errorFromResponse, parseRetryAfter, toGraphAppError, type GraphAppError } from './errors';
import { defaultRetryOptions, withRetries, type RetryOptions } from './retry';

export const MAX_BATCH_SIZE = 20;

export interface BatchRequest {
  /** Unique within one runBatch call. */
  id: string;
  method: HttpMethod;
  /** Relative to the version root: `/me/events`. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
  /**
   * Whether sending it twice is harmless (so a 503/504 or lost answer may be retried). Default:
   * true for GET/PUT/PATCH/DELETE, false for POST; mark an event POST with a transactionId safe.
   */
  safeToRetry?: boolean;
}

export interface BatchItemResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** Set for every status outside 2xx. */
  error?: GraphAppError;
}

/** The retry bounds, clock and sleep default to defaultRetryOptions, as for a single request. */
export interface BatchOptions extends Partial<RetryOptions> {
  /** The union of the scopes all requests need. */
  scopes: readonly string[];
}

interface WireResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

function isSafe(request: BatchRequest): boolean {
  return request.safeToRetry ?? request.method !== 'POST';
}

/**
 * Cut requests into chunks of at most `size`, never separating requests linked by dependsOn
 * (Graph resolves dependsOn only within one batch). Order is kept within and across chunks.
 */
export function chunkBatchRequests(requests: BatchRequest[], size = MAX_BATCH_SIZE): BatchRequest[][] {
  const ids = new Set<string>();
  for (const r of requests) {
    if (ids.has(r.id)) throw new Error(`Duplicate batch request id ${r.id}`);
    ids.add(r.id);
  }
  // Union-find over dependsOn links.
  const parent = new Map<string, string>(requests.map((r) => [r.id, r.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const r of requests) {
    for (const dep of r.dependsOn ?? []) {
      if (!ids.has(dep)) throw new Error(`Batch request ${r.id} depends on unknown request ${dep}`);
      parent.set(find(r.id), find(dep));
    }
  }
  const groups = new Map<string, BatchRequest[]>();
  for (const r of requests) {
    const root = find(r.id);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  }
  const chunks: BatchRequest[][] = [];
  for (const group of groups.values()) {
    if (group.length > size) throw new Error(`${group.length} requests linked by dependsOn exceed the batch limit of ${size}`);
    const last = chunks[chunks.length - 1];
    if (last && last.length + group.length <= size) last.push(...group);
    else chunks.push([...group]);
  }
  return chunks;
}

function wireRequest(r: BatchRequest, inBatch: Set<string>): Record<string, unknown> {
  const headers = { ...(r.headers ?? {}) };
  if (r.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  const dependsOn = (r.dependsOn ?? []).filter((d) => inBatch.has(d));
  return {
    id: r.id,
    method: r.method,
    url: r.url.startsWith('/') ? r.url : `/${r.url}`,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(r.body !== undefined ? { body: r.body } : {}),
    ...(dependsOn.length > 0 ? { dependsOn } : {}),
  };
}

function toResult(wire: WireResponse): BatchItemResult {
  const headers = wire.headers ?? {};
  const result: BatchItemResult = { id: wire.id, status: wire.status, headers, body: wire.body };
  if (wire.status < 200 || wire.status >= 300) result.error = errorFromResponse(wire.status, wire.body, new Headers(headers));
  return result;
}

function retryableItem(result: BatchItemResult, request: BatchRequest): boolean {
  if (result.status === 429) return true;
  return (result.status === 503 || result.status === 504) && isSafe(request);
}

async function sendChunk(graph: GraphClient, chunk: BatchRequest[], scopes: readonly string[]): Promise<BatchItemResult[]> {
  const inBatch = new Set(chunk.map((r) => r.id));
  const answer = await graph.post<{ responses?: WireResponse[] }>(
    '/$batch',
    scopes,
    { requests: chunk.map((r) => wireRequest(r, inBatch)) },
    // The envelope is as safe to repeat as its least safe request.
    { retry: chunk.every(isSafe) ? 'all' : 'throttleOnly' },
  );
  return (answer.responses ?? []).map(toResult);
}

/** Sent again: throttled items, and 424s whose failed dependency is itself being sent again. */
function itemsToSendAgain(pending: BatchRequest[], results: Map<string, BatchItemResult>): BatchRequest[] {
  const again = new Set(pending.filter((r) => results.get(r.id) && retryableItem(results.get(r.id) as BatchItemResult, r)).map((r) => r.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of pending) {
      if (!again.has(r.id) && results.get(r.id)?.status === 424 && (r.dependsOn ?? []).some((d) => again.has(d))) {
        again.add(r.id);
        grew = true;
      }
    }
  }
  return pending.filter((r) => again.has(r.id));
}

/** The longest Retry-After among the items (ms), or undefined when none asked for a wait. */
function longestRetryAfterMs(items: BatchRequest[], results: Map<string, BatchItemResult>, now: number): number | undefined {
  const asked = items
    .map((r) => results.get(r.id)?.headers)
    .map((h) => parseRetryAfter(h?.['Retry-After'] ?? h?.['retry-after'], now))
    .filter((ms): ms is number => ms !== undefined);
  return asked.length > 0 ? Math.max(...asked) : undefined;
}

/** Run any number of requests in as few batches as the limit allows; one result per request id. */
export async function runBatch(graph: GraphClient, requests: BatchRequest[], options: BatchOptions): Promise<Map<string, BatchItemResult>> {
  const { scopes, ...timing } = options;
  const retry: RetryOptions = { ...defaultRetryOptions, ...timing };
  const results = new Map<string, BatchItemResult>();

  for (const chunk of chunkBatchRequests(requests)) {
    let pending = chunk;
    await withRetries<void>(retry, async () => {
      let answers: BatchItemResult[];
      try {
        answers = await sendChunk(graph, pending, scopes);
      } catch (thrown) {
        // Nothing answered yet: the whole call failed, as a single request would.
        if (results.size === 0) throw thrown;
        // Otherwise what earlier envelopes answered must survive (a create that succeeded is
        // recorded, never sent again blindly); only the items of this envelope carry its failure.
        const error = toGraphAppError(thrown);
        for (const r of pending) results.set(r.id, { id: r.id, status: error.status || 503, headers: {}, body: undefined, error });
        return { kind: 'done', value: undefined };
      }
      for (const a of answers) results.set(a.id, a);
      const again = itemsToSendAgain(pending, results);
      if (again.length === 0) return { kind: 'done', value: undefined };
      // The next envelope carries them all, so it waits for the one that asked longest; out of
      // bounds, each keeps its throttled answer as its result.
      const retryAfter = { ms: longestRetryAfterMs(again, results, retry.now()) };
      pending = again;
      return { kind: 'again', retryAfter, giveUp: () => undefined };
    });
  }
  for (const r of requests) {
    if (!results.has(r.id)) {
      results.set(r.id, toResult({ id: r.id, status: 500, body: { error: { code: 'missingBatchResponse', message: `No answer for batch request ${r.id}` } } }));
    }
  }
  return results;
}
