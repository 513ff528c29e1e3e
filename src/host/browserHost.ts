import { contractIdFromLocation } from './deepLink';
import type { HostContext, HostKind, HostTheme } from './types';

/**
 * The theme a plain browser asks for: forced colours (Windows high contrast) win over a dark
 * preference, so the app matches what the operating system draws around it.
 */
export function browserTheme(win: Window): HostTheme {
  if (typeof win.matchMedia !== 'function') return 'default';
  if (win.matchMedia('(forced-colors: active)').matches) return 'contrast';
  if (win.matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'default';
}

/** Live theme changes in a browser come from the two media queries browserTheme reads. */
function onBrowserThemeChange(win: Window, handler: (theme: HostTheme) => void): () => void {
  if (typeof win.matchMedia !== 'function') return () => undefined;
  const queries = ['(forced-colors: active)', '(prefers-color-scheme: dark)'].map((q) => win.matchMedia(q));
  const listener = (): void => handler(browserTheme(win));
  for (const q of queries) q.addEventListener?.('change', listener);
  return () => {
    for (const q of queries) q.removeEventListener?.('change', listener);
  };
}

/**
 * The host context for a top-level tab, a non-Teams iframe, or anything where the Microsoft 365
 * hosts did not answer: everything comes from the browser and the URL.
 */
export function browserHostContext(win: Window, kind: HostKind = 'browser'): HostContext {
  const contractId = contractIdFromLocation(win.location);
  return {
    kind,
    locale: win.navigator.language || 'da-DK',
    theme: browserTheme(win),
    ...(contractId ? { contractId } : {}),
    onThemeChange: (handler) => onBrowserThemeChange(win, handler),
    notifySuccess: () => undefined,
  };
}
