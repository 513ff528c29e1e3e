/**
 * The Fluent theme for the host's theme, loaded on demand. The Teams light theme is not loaded at
 * all: the page declares its tokens as CSS variables on :root, precomputed at build time
 * (scripts/theme-css-plugin.cjs), so the app's FluentProvider gets no theme object there
 * (`undefined`) and a first visit fetches no theme script. The dark and high-contrast themes are a
 * few hundred colour values each and load as a small chunk of their own when the host asks.
 * (The mapping is src/host/theme.ts's — default → Teams light, dark → Teams dark, contrast → Teams
 * high contrast — split per theme so each can load by itself.)
 */
import type { Theme } from '@fluentui/react-components';
import type { HostTheme } from '../host/types';
import { cachedLoad } from './cachedLoad';

/** A theme for FluentProvider; undefined is the light theme the page's stylesheet already holds. */
export type LoadedTheme = Theme | undefined;

// A module of our own per theme: a dynamic import of '@fluentui/react-components' itself would
// put all three themes in the first chunk, which already holds that module.
const loaders: Record<HostTheme, () => Promise<LoadedTheme>> = {
  default: () => Promise.resolve(undefined),
  dark: () => import(/* webpackChunkName: "theme-dark" */ './themes/dark').then((m) => m.theme),
  contrast: () => import(/* webpackChunkName: "theme-contrast" */ './themes/highContrast').then((m) => m.theme),
};

// A failed load (network blip) is retried on the next theme change.
export const loadFluentTheme: (theme: HostTheme) => Promise<LoadedTheme> = cachedLoad((theme: HostTheme) => loaders[theme]());
