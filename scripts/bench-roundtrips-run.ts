/**
 * Measures "Book and share" against a real emulator run (started here with a request log): the
 * seeded leader books and shares once, and the sequential Graph round trips are counted two ways —
 * the engine's rounds (each $batch with the calls sent beside it), and, independently, from the
 * timing of every HTTP request to Graph (the longest chain of requests each sent after the
 * previous one answered). Run by scripts/bench-roundtrips.mjs; prints one JSON line.
 */
import { bookAndShare } from '../src/features/invite/engine';
import { prepareScenario } from '../tests/integration/invite/scenario';
import { METTE, startTestEmulator } from '../tests/integration/support/emulator';

interface Timed {
  url: string;
  start: number;
  end: number;
}

/** The most requests that ran one after another (interval scheduling by earliest end). */
function sequentialDepth(requests: Timed[]): number {
  let depth = 0;
  let free = -Infinity;
  for (const r of [...requests].sort((a, b) => a.end - b.end)) {
    if (r.start >= free) {
      depth += 1;
      free = r.end;
    }
  }
  return depth;
}

async function main(): Promise<void> {
  const env = await startTestEmulator();
  const timings: Timed[] = [];
  let recording = false;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const start = performance.now();
    try {
      return await realFetch(input, init);
    } finally {
      if (recording && url.startsWith(env.emulator.graphUrl)) timings.push({ url, start, end: performance.now() });
    }
  };
  try {
    const graph = env.graphAs(METTE);
    const { request } = await prepareScenario(graph); // what the UI did before: not part of the action
    const logBefore = env.log().length;
    recording = true;
    const result = await bookAndShare(graph, request);
    recording = false;
    const second = await bookAndShare(graph, { ...request, contract: { ...request.contract, bookings: result.bookings } });
    const log = env.log().slice(logBefore);
    process.stdout.write(
      `${JSON.stringify({
        status: result.status,
        engineRounds: result.roundTrips,
        timedDepth: sequentialDepth(timings),
        httpRequests: timings.length,
        graphOperations: log.filter((l) => l.url !== '/v1.0/$batch' && !l.url.endsWith('/$batch')).length,
        secondRunRounds: second.roundTrips,
      })}\n`,
    );
  } finally {
    globalThis.fetch = realFetch;
    await env.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
