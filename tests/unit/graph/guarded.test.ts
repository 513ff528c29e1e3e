import { errorFromResponse } from '../../../src/graph/errors';
import { guardedCreate } from '../../../src/graph/guarded';

const noWait = { sleep: async () => undefined };

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
});
