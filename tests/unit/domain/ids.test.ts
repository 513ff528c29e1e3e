import { newId } from '../../../src/domain/ids';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('returns distinct UUIDs', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('falls back to getRandomValues when randomUUID is missing (insecure context)', () => {
    const original = globalThis.crypto;
    const getRandomValues = jest.fn((bytes: Uint8Array) => bytes.fill(0xff));
    Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues }, configurable: true });
    try {
      const id = newId();
      expect(getRandomValues).toHaveBeenCalled();
      expect(id).toMatch(UUID_V4);
      expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: original, configurable: true });
    }
  });

  it('still works with no crypto at all', () => {
    const original = globalThis.crypto;
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      expect(newId()).toMatch(UUID_V4);
      expect(newId()).not.toBe(newId());
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: original, configurable: true });
    }
  });
});
