import { errorFromResponse } from '../../../src/graph/errors';
import { guardedCreate } from '../../../src/graph/guarded';

const noWait = { retry: { sleep: async () => undefined } };

describe('guardedCreate', () => {
  it('after an ambiguous failure, finds the landed create and does not send again', async () => {
    const create = jest.fn().mockRejectedValueOnce(errorFromResponse(503, undefined)).mockResolvedValue('second');
    const findExisting = jest.fn().mockResolvedValue('first');
    await expect(guardedCreate({ create, findExisting, ...noWait })).resolves.toEqual({ value: 'first', recovered: true });
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('sends again when the lookup shows nothing landed', async () => {
    const create = jest.fn().mockRejectedValueOnce(new TypeError('fetch failed')).mockResolvedValue('created');
    const findExisting = jest.fn().mockResolvedValue(undefined);
    await expect(guardedCreate({ create, findExisting, ...noWait })).resolves.toEqual({ value: 'created', recovered: false });
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('never sends again while the lookup itself fails', async () => {
    const create = jest.fn().mockRejectedValueOnce(errorFromResponse(504, undefined)).mockResolvedValue('dup');
    const findExisting = jest.fn().mockRejectedValueOnce(errorFromResponse(503, undefined)).mockResolvedValue('first');
    await expect(guardedCreate({ create, findExisting, ...noWait })).resolves.toEqual({ value: 'first', recovered: true });
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('rethrows a clear failure without looking', async () => {
    const create = jest.fn().mockRejectedValue(errorFromResponse(400, { error: { code: 'invalidRequest', message: 'bad' } }));
    const findExisting = jest.fn();
    await expect(guardedCreate({ create, findExisting, ...noWait })).rejects.toMatchObject({ kind: 'badRequest' });
    expect(findExisting).not.toHaveBeenCalled();
  });

  it('gives up after maxRounds with the last ambiguous error', async () => {
    const create = jest.fn().mockRejectedValue(errorFromResponse(503, undefined));
    const findExisting = jest.fn().mockResolvedValue(undefined);
    await expect(guardedCreate({ create, findExisting, maxRounds: 3, ...noWait })).rejects.toMatchObject({ kind: 'throttled', ambiguous: true });
    expect(create).toHaveBeenCalledTimes(3);
  });

  describe('waits (recorded, no real time)', () => {
    /** A log of the creates, lookups and waits in order; jitter pinned to its middle. */
    function recorder() {
      const log: string[] = [];
      const retry = { sleep: async (ms: number) => void log.push(`wait ${ms}`), random: () => 0.5 };
      return { log, retry };
    }

    it('looks before every resend, after waiting what Graph asked or 300 ms doubling', async () => {
      const { log, retry } = recorder();
      const asked = errorFromResponse(503, undefined, new Headers({ 'Retry-After': '2' }));
      const create = jest.fn(async () => {
        log.push('create');
        if (log.length === 1) throw asked;
        if (log.filter((l) => l === 'create').length < 3) throw new TypeError('fetch failed');
        return 'made';
      });
      const findExisting = jest.fn(async () => void log.push('look'));
      await expect(guardedCreate({ create, findExisting, retry })).resolves.toEqual({ value: 'made', recovered: false });
      expect(log).toEqual(['create', 'wait 2000', 'look', 'create', 'wait 600', 'look', 'create']);
    });

    it('out of rounds, looks once more before giving up, so a create that landed is still done', async () => {
      const { log, retry } = recorder();
      const create = jest.fn(async () => {
        log.push('create');
        throw new TypeError('fetch failed');
      });
      let looks = 0;
      const findExisting = jest.fn(async () => {
        log.push('look');
        looks += 1;
        return looks === 2 ? 'landed' : undefined;
      });
      await expect(guardedCreate({ create, findExisting, maxRounds: 2, retry })).resolves.toEqual({ value: 'landed', recovered: true });
      expect(log).toEqual(['create', 'wait 300', 'look', 'create', 'look']);
    });

    it('stops at the total-wait bound rather than waiting on, and reports the last ambiguous error', async () => {
      const { log, retry } = recorder();
      const create = jest.fn(async () => {
        log.push('create');
        throw errorFromResponse(503, undefined, new Headers({ 'Retry-After': '12' }));
      });
      const findExisting = jest.fn(async () => void log.push('look'));
      await expect(guardedCreate({ create, findExisting, maxRounds: 10, retry })).rejects.toMatchObject({ status: 503, ambiguous: true });
      // 12 s + 12 s is within 30 s; a third 12 s is not.
      expect(log).toEqual(['create', 'wait 12000', 'look', 'create', 'wait 12000', 'look', 'create', 'look']);
    });
  });
});
