/**
 * What every screen needs: the draft and a way to change it, and the language (tool text + UI words).
 * Features change the draft only through the pure updaters in src/domain, passed to `update`.
 *
 * Two contexts, so that typing — a new draft on every key — does not re-render what reads only the
 * language: `useLocale` subscribes to the language alone, `useApp` to both.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale, ToolContent } from '../content/types';
import type { UiStrings } from '../content/uiStrings';
import type { Draft, StepId } from '../domain/model';

interface DraftContextValue {
  draft: Draft;
  update(change: (draft: Draft) => Draft): void;
  /** Move to another step; moves focus to its heading so keyboard and screen-reader users follow. */
  goTo(step: StepId): void;
}

interface LocaleContextValue {
  locale: Locale;
  content: ToolContent;
  t: UiStrings;
}

export type AppContextValue = DraftContextValue & LocaleContextValue;

const DraftContext = createContext<DraftContextValue | null>(null);
const LocaleContext = createContext<LocaleContextValue | null>(null);

/** Provides both contexts; each keeps its identity while its own fields do. */
export function AppProviders({ value, children }: { value: AppContextValue; children: ReactNode }) {
  const { draft, update, goTo, locale, content, t } = value;
  const draftValue = useMemo(() => ({ draft, update, goTo }), [draft, update, goTo]);
  const localeValue = useMemo(() => ({ locale, content, t }), [locale, content, t]);
  return (
    <DraftContext.Provider value={draftValue}>
      <LocaleContext.Provider value={localeValue}>{children}</LocaleContext.Provider>
    </DraftContext.Provider>
  );
}

/** The language only: a component that reads nothing of the draft is not re-rendered by typing. */
export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale must be used inside <AppProviders>');
  return value;
}

export function useApp(): AppContextValue {
  const draft = useContext(DraftContext);
  if (!draft) throw new Error('useApp must be used inside <AppProviders>');
  return { ...draft, ...useLocale() };
}
