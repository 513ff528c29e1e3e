import { browserHostContext } from './browserHost';
import { officeGlobal, officeHostContext } from './officeHost';
import { teamsHostContext, type TeamsApp } from './teamsHost';
import type { HostContext } from './types';

export interface DetectHostOptions {
  /** The window to inspect; tests pass their own. */
  win?: Window;
  /**
   * How long to wait for a host to answer. teams-js waits 60 s in an iframe that is not Teams,
   * so a plain embedding would otherwise show nothing for a minute.
   */
  timeoutMs?: number;
  /** Loads teams-js; lazily, so it stays out of the first-screen bundle. */
  loadTeams?: () => Promise<{ app: TeamsApp }>;
}

const DEFAULT_TIMEOUT_MS = 2500;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Where does the app run? In order:
 * 1. an Office add-in task pane, when the page loaded Office.js (`Office.onReady`);
 * 2. a top-level browser tab (`window.parent === window`): teams-js is never loaded;
 * 3. inside a frame: teams-js `app.initialize()` raced against a short timeout; Teams or Outlook
 *    from the host name; a frame that does not answer is treated as a plain browser.
 * Never rejects: a host that fails to answer means the app runs as in a browser.
 */
export async function detectHost(options: DetectHostOptions = {}): Promise<HostContext> {
  const win = options.win ?? window;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const office = officeGlobal(win);
  if (office) {
    try {
      await withTimeout(office.onReady(), timeoutMs, 'Office.onReady');
      return officeHostContext(office, win);
    } catch {
      return browserHostContext(win);
    }
  }

  // Teams mobile runs tabs frameless, talking through `nativeInterface` instead of a parent frame.
  const frameless = 'nativeInterface' in win;
  if (win.parent === win && !frameless) return browserHostContext(win);

  try {
    const loadTeams = options.loadTeams ?? (() => import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js'));
    const { app } = await withTimeout(loadTeams(), timeoutMs * 4, 'loading teams-js');
    await withTimeout(app.initialize(), timeoutMs, 'app.initialize()');
    const context = await withTimeout(app.getContext(), timeoutMs, 'app.getContext()');
    return teamsHostContext(app, context, win);
  } catch {
    return browserHostContext(win);
  }
}
