/**
 * What every screen needs: the draft and a way to change it, and the language (tool text + UI words).
 * Features change the draft only through the pure updaters in src/domain, passed to `update`.
 */
import { createContext, useContext } from 'react';
import type { Locale, ToolContent } from '../content/types';
import type { UiStrings } from '../content/uiStrings';
import type { Draft, StepId } from '../domain/model';

export interface AppContextValue {
  draft: Draft;
  update(change: (draft: Draft) => Draft): void;
  /** Move to another step; moves focus to its heading so keyboard and screen-reader users follow. */
  goTo(step: StepId): void;
  locale: Locale;
  content: ToolContent;
  t: UiStrings;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp must be used inside <AppContext.Provider>');
  return value;
}
