/**
 * The Fluent theme for the host's theme, loaded on demand. The three Teams themes are a few
 * hundred colour values each; they load as one small chunk beside the first screen's script
 * (webpack keeps one chunk per imported module) instead of inside it.
 * (The mapping is src/host/theme.ts's — default → Teams light, dark → Teams dark, contrast → Teams
 * high contrast — split per theme so each can load by itself.)
 */
import type { Theme } from '@fluentui/react-components';
import type { HostTheme } from '../host/types';

const loaders: Record<HostTheme, () => Promise<Theme>> = {
  default: () => import(/* webpackChunkName: "fluent-themes", webpackExports: ["teamsLightTheme"] */ '@fluentui/react-components').then((m) => m.teamsLightTheme),
  dark: () => import(/* webpackChunkName: "fluent-themes", webpackExports: ["teamsDarkTheme"] */ '@fluentui/react-components').then((m) => m.teamsDarkTheme),
  contrast: () =>
    import(/* webpackChunkName: "fluent-themes", webpackExports: ["teamsHighContrastTheme"] */ '@fluentui/react-components').then(
      (m) => m.teamsHighContrastTheme,
    ),
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
