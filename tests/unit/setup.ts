// Every unit test's set-up: the DOM matchers, and the browser parts jsdom lacks, stubbed once here
// rather than in each test.
import '@testing-library/jest-dom';
import { deserialize, serialize } from 'node:v8';

// jsdom has no structuredClone, which fake-indexeddb (like a real browser's IndexedDB) uses to store
// values; Node's v8 serializer implements the same algorithm. (The node environment has its own.)
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}

// Fluent's MessageBar and overflow components measure themselves; jsdom has no layout, so nothing
// is ever observed.
if (typeof window !== 'undefined') {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// Component tests type with user-event; on a loaded 2-core run (two jest workers beside Chromium) a
// test that takes 2 s alone can pass jest's default 5 s, and its typing then spills into the next
// test. A hung test still fails, after 20 s.
jest.setTimeout(20_000);
