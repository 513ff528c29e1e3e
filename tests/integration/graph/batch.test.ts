import { newId } from '../../../src/domain/ids';
import { runBatch, type BatchRequest } from '../../../src/graph/batch';
import { LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';

let env: TestEmulator;
beforeAll(async () => {
  env = await startTestEmulator();
});
afterAll(async () => env.close());

describe('runBatch', () => {
  it('answers each request with its own status, and 424 for one whose dependency failed', async () => {
    const results = await runBatch(
      env.graphAs(METTE),
      [
        { id: 'me', method: 'GET', url: '/me?$select=id,displayName' },
        { id: 'manager', method: 'GET', url: '/me/manager' },
        { id: 'missing', method: 'GET', url: '/me/drive/root:/Findes-ikke.json' },
        { id: 'afterMissing', method: 'GET', url: '/me/drive/root/children', dependsOn: ['missing'] },
      ],
      { scopes: ['User.Read', 'User.ReadBasic.All', 'Files.ReadWrite'] },
    );
    expect(results.get('me')).toMatchObject({ status: 200, body: expect.objectContaining({ id: await env.userId(METTE) }) });
    expect(results.get('manager')).toMatchObject({ status: 200, body: expect.objectContaining({ mail: LARS }) });
    expect(results.get('missing')?.error?.kind).toBe('notFound');
    expect(results.get('afterMissing')?.status).toBe(424);
  });

  it('sends more than 20 requests in chunks and keeps a create-then-use chain together', async () => {
    const folder = `Batch ${newId().slice(0, 8)}`;
    const reads: BatchRequest[] = Array.from({ length: 21 }, (_, i) => ({ id: `r${i}`, method: 'GET', url: '/me?$select=id' }));
    const chain: BatchRequest[] = [
      { id: 'folder', method: 'POST', url: '/me/drive/root/children', body: { name: folder, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' } },
      {
        id: 'file',
        method: 'PUT',
        url: `/me/drive/root:/${encodeURIComponent(folder)}/note.txt:/content`,
        headers: { 'Content-Type': 'text/plain' },
        body: 'hej',
        dependsOn: ['folder'],
      },
    ];
    const results = await runBatch(env.graphAs(METTE), [...reads, ...chain], { scopes: ['User.Read', 'Files.ReadWrite'] });
    expect(results.size).toBe(23);
    expect([...results.values()].every((r) => r.status >= 200 && r.status < 300)).toBe(true);
    expect((await env.state()).driveItems.filter((i) => i.name === 'note.txt' && i.path.includes(folder))).toHaveLength(1);
  });

  it('retries throttled items inside a batch until all succeed', async () => {
    env.emulator.setFaults({ rate429: 0.5, retryAfterSeconds: 0, seed: 7 });
    try {
      const requests: BatchRequest[] = Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, method: 'GET', url: '/me?$select=id' }));
      let itemRetryRounds = 0;
      const results = await runBatch(env.graphAs(METTE), requests, { scopes: ['User.Read'], maxAttempts: 12, sleep: async () => void (itemRetryRounds += 1) });
      expect([...results.values()].map((r) => r.status)).toEqual(Array(10).fill(200));
      // Some items were throttled inside a 200 batch and sent again in a later batch.
      expect(itemRetryRounds).toBeGreaterThan(0);
    } finally {
      env.emulator.setFaults({ rate429: 0, rate503: 0 });
    }
  });
});
