/**
 * jsdom's test environment has no structuredClone, which fake-indexeddb (like a real browser's
 * IndexedDB) uses to store values. Node's v8 serializer implements the same algorithm.
 * Import this before 'fake-indexeddb/auto'.
 */
import { deserialize, serialize } from 'node:v8';

if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}
