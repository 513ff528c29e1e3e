/**
 * Needs a DOM: document visibility and pagehide.
 *
 * @jest-environment jsdom
 */
import { setContractField } from '../../../src/domain/draftEdits';
import type { Draft } from '../../../src/domain/model';
import { createAutosaver, type AutosaveStatus } from '../../../src/store/autosaver';
import { NOW, filledDraft } from '../domain/fixtures';

/** A store whose saves are recorded with the fake clock's time, and can be made slow or failing. */
function recordingStore() {
  const saves: Array<{ at: number; draft: Draft }> = [];
  let gate: Promise<void> | null = null;
  let failures = 0;
  return {
    saves,
    holdSaves() {
      let release!: () => void;
      gate = new Promise<void>((resolve) => (release = resolve));
      return () => {
        gate = null;
        release();
      };
    },
    failNext(n: number) {
      failures = n;
    },
    inFlight: 0,
    maxInFlight: 0,
    async save(draft: Draft) {
      this.inFlight += 1;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      try {
        if (gate) await gate;
        if (failures > 0) {
          failures -= 1;
          throw new Error('QuotaExceededError');
        }
        saves.push({ at: Date.now(), draft });
      } finally {
        this.inFlight -= 1;
      }
    },
  };
}

const edit = (d: Draft, text: string) => setContractField(d, 'goals', text, NOW);

beforeEach(() => {
  jest.useFakeTimers({ now: new Date(2026, 10, 26, 13, 30) });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('createAutosaver', () => {
  it('saves 500 ms after a change and reports saving → saved with the time', async () => {
    const store = recordingStore();
    const statuses: AutosaveStatus[] = [];
    const saver = createAutosaver(store, { onStatus: (s) => statuses.push(s), now: () => new Date(Date.now()) });
    expect(saver.status).toEqual({ state: 'idle', lastSavedAt: null });
    const start = Date.now();
    saver.schedule(filledDraft());
    expect(saver.status.state).toBe('saving');
    await jest.advanceTimersByTimeAsync(499);
    expect(store.saves).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(store.saves.map((s) => s.at - start)).toEqual([500]);
    expect(saver.status).toEqual({ state: 'saved', lastSavedAt: new Date(start + 500) });
    expect(statuses.map((s) => s.state)).toEqual(['saving', 'saved']);
    await saver.dispose();
  });

  it('coalesces a burst into one save of the newest draft', async () => {
    const store = recordingStore();
    const saver = createAutosaver(store);
    let d = filledDraft();
    for (const text of ['a', 'ab', 'abc']) {
      d = edit(d, text);
      saver.schedule(d);
      await jest.advanceTimersByTimeAsync(100);
    }
    await jest.advanceTimersByTimeAsync(1000);
    expect(store.saves).toHaveLength(1);
    expect(store.saves[0]!.draft.contract.fields.goals).toBe('abc');
    await saver.dispose();
  });

  it('still saves within a second while the leader keeps typing', async () => {
    const store = recordingStore();
    const saver = createAutosaver(store);
    const start = Date.now();
    let d = filledDraft();
    for (let i = 0; i < 30; i += 1) {
      d = edit(d, `text ${i}`);
      saver.schedule(d); // a keystroke every 100 ms for 3 seconds
      await jest.advanceTimersByTimeAsync(100);
    }
    const times = store.saves.map((s) => s.at - start);
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(times[0]).toBeLessThanOrEqual(1000);
    times.slice(1).forEach((t, i) => expect(t - times[i]!).toBeLessThanOrEqual(1000));
    await saver.flush();
    expect(store.saves.at(-1)!.draft.contract.fields.goals).toBe('text 29');
    await saver.dispose();
  });

  it('does not save the same draft twice', async () => {
    const store = recordingStore();
    const saver = createAutosaver(store);
    const d = filledDraft();
    saver.schedule(d);
    await jest.advanceTimersByTimeAsync(600);
    saver.schedule(d);
    await jest.advanceTimersByTimeAsync(600);
    expect(store.saves).toHaveLength(1);
    await saver.dispose();
  });

  it('writes one at a time, then the newest draft', async () => {
    const store = recordingStore();
    const saver = createAutosaver(store);
    const release = store.holdSaves();
    const first = edit(filledDraft(), 'first');
    saver.schedule(first);
    await jest.advanceTimersByTimeAsync(500); // first write starts and hangs
    saver.schedule(edit(first, 'second'));
    saver.schedule(edit(first, 'third'));
    await jest.advanceTimersByTimeAsync(2000); // second flush is queued behind the first
    expect(store.inFlight).toBe(1);
    release();
    await jest.advanceTimersByTimeAsync(0);
    await saver.flush();
    expect(store.maxInFlight).toBe(1);
    expect(store.saves.map((s) => s.draft.contract.fields.goals)).toEqual(['first', 'third']);
    expect(saver.status.state).toBe('saved');
    await saver.dispose();
  });

  it('flushes at once when the page is hidden or left', async () => {
    const store = recordingStore();
    const saver = createAutosaver(store, { delayMs: 10_000, maxWaitMs: 10_000 });
    saver.schedule(edit(filledDraft(), 'hidden'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await jest.advanceTimersByTimeAsync(0);
    expect(store.saves.map((s) => s.draft.contract.fields.goals)).toEqual(['hidden']);

    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    saver.schedule(edit(filledDraft(), 'visible'));
    document.dispatchEvent(new Event('visibilitychange'));
    await jest.advanceTimersByTimeAsync(0);
    expect(store.saves).toHaveLength(1); // becoming visible is not a reason to save

    window.dispatchEvent(new Event('pagehide'));
    await jest.advanceTimersByTimeAsync(0);
    expect(store.saves.map((s) => s.draft.contract.fields.goals)).toEqual(['hidden', 'visible']);
    await saver.dispose();
  });

  it('reports an error, keeps the draft and retries', async () => {
    const store = recordingStore();
    const statuses: string[] = [];
    const saver = createAutosaver(store, { retryMs: 3000, onStatus: (s) => statuses.push(s.state) });
    store.failNext(1);
    saver.schedule(edit(filledDraft(), 'kept'));
    await jest.advanceTimersByTimeAsync(500);
    expect(saver.status.state).toBe('error');
    expect(saver.status.error).toEqual(new Error('QuotaExceededError'));
    expect(saver.status.lastSavedAt).toBeNull();
    await jest.advanceTimersByTimeAsync(3000);
    expect(store.saves.map((s) => s.draft.contract.fields.goals)).toEqual(['kept']);
    expect(statuses).toEqual(['saving', 'error', 'saved']);
    await saver.dispose();
  });

  it('lets listeners subscribe and unsubscribe, and stops listening to the page after dispose', async () => {
    const store = recordingStore();
    const saver = createAutosaver(store);
    const seen: string[] = [];
    const unsubscribe = saver.subscribe((s) => seen.push(s.state));
    saver.schedule(filledDraft());
    await jest.advanceTimersByTimeAsync(500);
    unsubscribe();
    saver.schedule(edit(filledDraft(), 'x'));
    await jest.advanceTimersByTimeAsync(500);
    expect(seen).toEqual(['saving', 'saved']);

    saver.schedule(edit(filledDraft(), 'pending at dispose'));
    await saver.dispose();
    expect(store.saves.at(-1)!.draft.contract.fields.goals).toBe('pending at dispose');
    const count = store.saves.length;
    window.dispatchEvent(new Event('pagehide'));
    await jest.advanceTimersByTimeAsync(5000);
    expect(store.saves).toHaveLength(count);
  });
});
