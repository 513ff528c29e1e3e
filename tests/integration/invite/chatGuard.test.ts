/**
 * The Teams message is the one write Graph cannot deduplicate. These runs take the browser's worst
 * case apart: the $batch that posts the message is processed but its answer never arrives, and on
 * the next try the look-up for the message's guard key fails too. The message must then wait, not
 * go out a second time; a later try finds it, and Lars has exactly one message.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { bookAndShare } from '../../../src/features/invite/engine';
import { createGraphClient, type GraphClient } from '../../../src/graph/client';
import type { Contract } from '../../../src/domain/model';
import { prepareScenario } from './scenario';
import { METTE, startTestEmulator, type TestEmulator } from '../support/emulator';

jest.setTimeout(60_000);

/** Sends through the real fetch, but can lose the answer of the batch that posts the message, or fail the guard look-up. */
function unreliableNetwork() {
  const mode = { loseMessageBatch: false, failGuardLookup: false };
  const transport: Middleware = {
    setNext() {},
    async execute(context: Context) {
      const url = typeof context.request === 'string' ? context.request : context.request.url;
      const method = (context.options?.method ?? 'GET').toUpperCase();
      if (mode.failGuardLookup && method === 'GET' && /\/chats\/[^/]+\/messages/.test(url)) throw new TypeError('fetch failed');
      const response = await fetch(context.request, context.options);
      if (mode.loseMessageBatch && url.endsWith('/$batch') && String(context.options?.body ?? '').includes('/messages')) {
        mode.loseMessageBatch = false;
        throw new TypeError('fetch failed'); // processed by Graph, answer lost on the way back
      }
      context.response = response;
    },
  };
  return { mode, transport };
}

describe('Book and share never posts the Teams message twice', () => {
  let env: TestEmulator;
  afterAll(async () => env?.close());

  it('waits while the guard look-up fails, then finds the message instead of posting it again', async () => {
    env = await startTestEmulator();
    const { request } = await prepareScenario(env.graphAs(METTE));
    const net = unreliableNetwork();
    const token = await (
      await fetch(`${env.emulator.url}/demo/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userPrincipalName: METTE }),
      })
    ).json();
    const graph: GraphClient = createGraphClient({
      baseUrl: env.emulator.graphUrl,
      tokenProvider: { kind: 'demo', getAccessToken: async () => token.access_token as string },
      transport: net.transport,
      retry: { maxAttempts: 1, sleep: async () => undefined },
    });
    let contract: Contract = request.contract;
    const run = async () => {
      const result = await bookAndShare(graph, { ...request, contract, now: new Date() }, { onProgress: (b) => (contract = { ...contract, bookings: b }) });
      contract = { ...contract, bookings: result.bookings };
      return result;
    };
    const messages = async () => (await env.state()).messages.filter((m) => m.from === METTE).length;

    net.mode.loseMessageBatch = true;
    const first = await run();
    expect(first.status).toBe('partial');
    expect(await messages()).toBe(1); // it went out; the app could not know
    expect(contract.bookings?.chat?.messageId).toBeUndefined();

    net.mode.failGuardLookup = true;
    const second = await run();
    if (second.status === 'invalid') throw new Error('the scenario is valid');
    expect(second.steps.find((step) => step.step === 'chat')?.status).toBe('failed');
    expect(await messages()).toBe(1); // not posted again while it may already be there

    net.mode.failGuardLookup = false;
    const third = await run();
    expect(third.status).toBe('complete');
    expect(contract.bookings?.chat?.messageId).toBeDefined();
    expect(await messages()).toBe(1);
  });
});
