/**
 * Saves the draft shortly after every change: debounced (delayMs after the last change) but never
 * later than maxWaitMs after the first unsaved one, so steady typing is still saved within a
 * second. Writes run one at a time, always with the newest draft; leaving the page (pagehide, or
 * the tab becoming hidden — the last moment a mobile browser guarantees) flushes at once.
 */
import type { Draft } from '../domain/model';

export type AutosaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface AutosaveStatus {
  /** 'idle' before the first change; 'saving' while a change waits or is being written. */
  state: AutosaveState;
  /** When the last successful save finished. */
  lastSavedAt: Date | null;
  error?: unknown;
}

export type AutosaveListener = (status: AutosaveStatus) => void;

export interface Autosaver {
  /** Note a change; it is saved within maxWaitMs. */
  schedule(draft: Draft): void;
  /** Save what is pending now; resolves when every write so far has finished. */
  flush(): Promise<void>;
  subscribe(listener: AutosaveListener): () => void;
  readonly status: AutosaveStatus;
  /** Flush and stop listening to the page. */
  dispose(): Promise<void>;
}

export interface AutosaverOptions {
  delayMs?: number;
  maxWaitMs?: number;
  /** After a failed write, try again this much later (if nothing newer came first). */
  retryMs?: number;
  onStatus?: AutosaveListener;
  now?: () => Date;
  /** The window whose pagehide/visibilitychange flush; none outside a browser. */
  win?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'> };
}

export function createAutosaver(store: { save(draft: Draft): Promise<void> }, options: AutosaverOptions = {}): Autosaver {
  const { delayMs = 500, maxWaitMs = 1000, retryMs = 5000, now = () => new Date() } = options;
  const win = options.win ?? (typeof window !== 'undefined' ? window : undefined);
  const listeners = new Set<AutosaveListener>();
  if (options.onStatus) listeners.add(options.onStatus);

  let status: AutosaveStatus = { state: 'idle', lastSavedAt: null };
  let pending: Draft | null = null;
  let lastWritten: Draft | null = null;
  let firstPendingAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();

  const setStatus = (next: AutosaveStatus) => {
    status = next;
    for (const listener of listeners) listener(status);
  };

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const arm = (ms: number) => {
    clearTimer();
    timer = setTimeout(
      () => {
        timer = null;
        void flush();
      },
      Math.max(0, ms),
    );
  };

  function schedule(draft: Draft): void {
    // Re-rendering with the draft that is already saved or waiting is not a change.
    if (draft === pending || (pending === null && draft === lastWritten)) return;
    pending = draft;
    const t = Date.now();
    firstPendingAt ??= t;
    arm(Math.min(delayMs, maxWaitMs - (t - firstPendingAt)));
    if (status.state !== 'saving') setStatus({ ...status, state: 'saving', error: undefined });
  }

  async function writePending(): Promise<void> {
    if (pending === null) return;
    const draft = pending;
    pending = null;
    firstPendingAt = null;
    try {
      await store.save(draft);
      lastWritten = draft;
      setStatus({ state: pending === null ? 'saved' : 'saving', lastSavedAt: now() });
    } catch (error) {
      // Keep the draft unless a newer one already replaced it, and try again later.
      if (pending === null) {
        pending = draft;
        firstPendingAt = Date.now();
        arm(retryMs);
      }
      setStatus({ state: 'error', lastSavedAt: status.lastSavedAt, error });
    }
  }

  function flush(): Promise<void> {
    clearTimer();
    chain = chain.then(writePending);
    return chain;
  }

  const onPageHide = () => void flush();
  const onVisibility = () => {
    if (win?.document.visibilityState === 'hidden') void flush();
  };
  win?.addEventListener('pagehide', onPageHide);
  win?.document.addEventListener('visibilitychange', onVisibility);

  return {
    schedule,
    flush,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get status() {
      return status;
    },
    async dispose() {
      win?.removeEventListener('pagehide', onPageHide);
      win?.document.removeEventListener('visibilitychange', onVisibility);
      await flush();
      clearTimer();
      listeners.clear();
    },
  };
}
