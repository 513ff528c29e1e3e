// Fault injection: a seeded PRNG decides, per Graph request, whether it is
//  - refused: answered 429 (with Retry-After) or 503 before it touches the state, so it has no
//    side effect; or
//  - lost: served in full (the state changes) and then answered 504 GatewayTimeout instead of its
//    real answer, as when Graph's gateway times out on a backend that did finish the work. 504 is
//    what Graph documents for this ("Gateway Timeout"); a dropped connection is the same case for
//    the client (an ambiguous failure after an unknown amount of work), but a status keeps the
//    request log and $batch sub-responses readable.
// One draw per request decides among all kinds, so adding a kind leaves the 429/503 sequence of a
// seed unchanged.
import type { FaultConfig } from '../types';
import { mulberry32 } from './prng';

export type FaultDecision = { kind: 'refuse'; status: 429 | 503; retryAfterSeconds: number } | { kind: 'lostResponse' } | null;

const RATES = ['rate429', 'rate503', 'rateLostResponse'] as const;

export class FaultInjector {
  private config: FaultConfig = {};
  private rng: () => number = mulberry32(1);

  constructor(config?: FaultConfig) {
    this.set(config ?? {});
  }

  set(config: FaultConfig): void {
    for (const key of RATES) {
      const v = config[key];
      if (v !== undefined && !(typeof v === 'number' && v >= 0 && v <= 1)) throw new Error(`${key} must be a number between 0 and 1`);
    }
    if (RATES.reduce((sum, key) => sum + (config[key] ?? 0), 0) > 1) throw new Error('rate429 + rate503 + rateLostResponse must not exceed 1');
    if (config.delayMs !== undefined && !(typeof config.delayMs === 'number' && config.delayMs >= 0)) throw new Error('delayMs must be a non-negative number');
    this.config = { ...config };
    this.rng = mulberry32(config.seed ?? 1);
  }

  get current(): FaultConfig {
    return { ...this.config };
  }

  get delayMs(): number {
    return this.config.delayMs ?? 0;
  }

  decide(): FaultDecision {
    const r429 = this.config.rate429 ?? 0;
    const r503 = this.config.rate503 ?? 0;
    const rLost = this.config.rateLostResponse ?? 0;
    if (!r429 && !r503 && !rLost) return null;
    const r = this.rng();
    const retryAfterSeconds = this.config.retryAfterSeconds ?? 1;
    if (r < r429) return { kind: 'refuse', status: 429, retryAfterSeconds };
    if (r < r429 + r503) return { kind: 'refuse', status: 503, retryAfterSeconds };
    if (r < r429 + r503 + rLost) return { kind: 'lostResponse' };
    return null;
  }
}

/** GRAPH_EMULATOR_FAULTS like "429:0.2,503:0.1,lost:0.2,delay:150,retry:1,seed:7". */
export function parseFaultSpec(spec: string | undefined): FaultConfig {
  const out: FaultConfig = {};
  for (const part of (spec ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [k, v] = part.split(':').map((s) => s.trim());
    const n = Number(v);
    if (Number.isNaN(n)) throw new Error(`Bad fault spec part '${part}'`);
    if (k === '429') out.rate429 = n;
    else if (k === '503') out.rate503 = n;
    else if (k === 'lost') out.rateLostResponse = n;
    else if (k === 'delay') out.delayMs = n;
    else if (k === 'retry' || k === 'retryAfter') out.retryAfterSeconds = n;
    else if (k === 'seed') out.seed = n;
    else throw new Error(`Unknown fault kind '${k}'`);
  }
  return out;
}
