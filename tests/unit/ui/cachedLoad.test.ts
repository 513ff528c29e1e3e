import { cachedLoad } from '../../../src/ui/cachedLoad';

describe('cachedLoad', () => {
  it('loads a key once and gives every caller the same promise', async () => {
    const load = jest.fn((key: string) => Promise.resolve(`${key}!`));
    const get = cachedLoad(load);
    const first = get('da');
    expect(get('da')).toBe(first);
    await expect(first).resolves.toBe('da!');
    await expect(get('en')).resolves.toBe('en!');
    expect(load.mock.calls).toEqual([['da'], ['en']]);
  });

  it('forgets a failed load, so the next ask tries again', async () => {
    const load = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('theme');
    const get = cachedLoad<string, string>(load);
    await expect(get('dark')).rejects.toThrow('offline');
    await expect(get('dark')).resolves.toBe('theme');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
