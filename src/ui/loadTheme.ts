/**
 * The Fluent theme for the host's theme, loaded on demand. The three Teams themes are a few
 * hundred colour values each; each loads as a small chunk of its own beside the first screen's
 * script, so a first visit fetches only the one it shows.
 * (The mapping is src/host/theme.ts's — default → Teams light, dark → Teams dark, contrast → Teams
 * high contrast — split per theme so each can load by itself.)
 */
import type { Theme } from '@fluentui/react-components';
import type { HostTheme } from '../host/types';

// A module of our own per theme: a dynamic import of '@fluentui/react-components' itself would
// put all three themes in the first chunk, which already holds that module.
const loaders: Record<HostTheme, () => Promise<Theme>> = {
  default: () => import(/* webpackChunkName: "theme-light" */ './themes/light').then((m) => m.theme),
  dark: () => import(/* webpackChunkName: "theme-dark" */ './themes/dark').then((m) => m.theme),
  contrast: () => import(/* webpackChunkName: "theme-contrast" */ './themes/highContrast').then((m) => m.theme),
};

const cache = new Map<HostTheme, Promise<Theme>>();

export function loadFluentTheme(theme: HostTheme): Promise<Theme> {
  let pending = cache.get(theme);
  if (!pending) {
    pending = loaders[theme]();
    // A failed load (network blip) may be retried on the next theme change.
    pending.catch(() => cache.delete(theme));
    cache.set(theme, pending);
  }
  return pending;
}
