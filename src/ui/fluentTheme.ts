/**
 * The host's Fluent theme, for the shell and for the Fluent scope of each lazily loaded step or view.
 * The shell is a plain element, not a FluentProvider (that, with tabster and keyborg, loads with the
 * first step that uses Fluent's components: src/ui/FluentScope.tsx), so it carries a dark or
 * high-contrast theme as CSS variables on its own element, as FluentProvider would on its own.
 */
import { createContext, type CSSProperties } from 'react';
import type { LoadedTheme } from './loadTheme';

/** The loaded theme (undefined: the light theme, whose variables the page's stylesheet holds on :root). */
export const FluentThemeContext = createContext<LoadedTheme>(undefined);

/** The theme's tokens as CSS variables (`--colorNeutralBackground1: …`), as Fluent's createCSSRuleFromTheme writes them. */
export function themeVariables(theme: LoadedTheme): CSSProperties | undefined {
  if (!theme) return undefined;
  return Object.fromEntries(Object.entries(theme).map(([token, value]) => [`--${token}`, value]));
}
