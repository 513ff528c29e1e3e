/**
 * A lazy load remembered per key: every caller asking for the same key shares one promise, so a
 * chunk is requested once. A failed load (a network blip) is forgotten, so the next ask retries it
 * instead of repeating the failure for the rest of the session.
 */
export function cachedLoad<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    let pending = cache.get(key);
    if (!pending) {
      pending = load(key);
      pending.catch(() => cache.delete(key));
      cache.set(key, pending);
    }
    return pending;
  };
}
