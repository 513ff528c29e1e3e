/**
 * Runs the flow in rounds. A round is one `$batch` (for the JSON writes) sent together with the
 * few calls that cannot be batched (file uploads with binary bodies, calls with their own lookup
 * logic), all at once — one sequential round trip. The executor counts and records the rounds, so
 * the benchmark can print how many round trips "Book and share" takes.
 */
import { runBatch, type BatchItemResult, type BatchRequest } from '../../../graph/batch';
import type { GraphClient } from '../../../graph/client';
import { toGraphAppError, type GraphAppError } from '../../../graph/errors';
import { SHARE_FLOW_SCOPES } from '../../../graph/shareFlowRequests';

export type Settled<T> = { ok: true; value: T } | { ok: false; error: GraphAppError };

export interface RoundRecord {
  name: string;
  batched: string[];
  calls: string[];
}

type Call = (() => Promise<unknown>) | undefined;

export interface RoundInput<C extends Record<string, Call>> {
  batch?: BatchRequest[];
  /** Calls left undefined are not needed this time: not sent, not counted, answered `undefined`. */
  calls?: C;
}

export interface RoundOutput<C extends Record<string, Call>> {
  batch: Map<string, BatchItemResult>;
  calls: { [K in keyof C]: Settled<Awaited<ReturnType<NonNullable<C[K]>>> | undefined> };
}

export class RoundExecutor {
  readonly rounds: RoundRecord[] = [];

  constructor(
    readonly graph: GraphClient,
    private readonly observe?: (round: RoundRecord) => void,
  ) {}

  get roundTrips(): number {
    return this.rounds.length;
  }

  async round<C extends Record<string, Call>>(name: string, input: RoundInput<C>): Promise<RoundOutput<C>> {
    const batch = input.batch ?? [];
    const calls = (input.calls ?? {}) as C;
    const allKeys = Object.keys(calls) as (keyof C & string)[];
    const callKeys = allKeys.filter((k) => calls[k] !== undefined);
    const out = {} as Record<string, Settled<unknown>>;
    for (const key of allKeys) out[key] = { ok: true, value: undefined };
    if (batch.length === 0 && callKeys.length === 0) return { batch: new Map(), calls: out as RoundOutput<C>['calls'] };
    const record: RoundRecord = { name, batched: batch.map((b) => b.id), calls: callKeys };
    this.rounds.push(record);
    this.observe?.(record);

    const batchPromise: Promise<Map<string, BatchItemResult>> =
      batch.length === 0
        ? Promise.resolve(new Map<string, BatchItemResult>())
        : runBatch(this.graph, batch, { scopes: SHARE_FLOW_SCOPES }).catch((thrown: unknown) => {
            // The batch as a whole failed (offline, throttled beyond the bound): every item failed.
            const error = toGraphAppError(thrown);
            return new Map(batch.map((b) => [b.id, { id: b.id, status: error.status || 503, headers: {}, body: undefined, error }]));
          });
    const settled = await Promise.all(callKeys.map((key) => settle(calls[key] as () => Promise<unknown>)));
    callKeys.forEach((key, i) => {
      out[key] = settled[i] as Settled<unknown>;
    });
    return { batch: await batchPromise, calls: out as RoundOutput<C>['calls'] };
  }
}

async function settle<T>(run: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (thrown) {
    return { ok: false, error: toGraphAppError(thrown) };
  }
}
