/**
 * What every screen needs: the draft and a way to change it, and the language (tool text + UI words).
 * Features change the draft only through the pure updaters in src/domain, passed to `update`.
 *
 * Two contexts, so that typing — a new draft on every key — does not re-render what reads only the
 * language: `useLocale` subscribes to the language alone, `useApp` to both.
 *
 * The language comes in two parts (src/ui/loadContent.ts): what the start page shows, which the
 * first screen has, and steps 1–3's text, which each step and view loads (lazyView) and provides
 * below it. The first screen's components read the start part (useStartApp, useStartLocale); a
 * step's and a view's read it all (useApp, useLocale).
 */
import { createContext, useContext, useMemo, type Context, type ReactNode } from 'react';
import type { Locale, StartContent, ToolContent } from '../content/types';
import type { StartUiStrings, UiStrings } from '../content/uiStrings';
import type { Draft, StepId } from '../domain/model';
import { isWhole } from './loadContent';

interface DraftContextValue {
  draft: Draft;
  update(change: (draft: Draft) => Draft): void;
  /** Move to another step; moves focus to its heading so keyboard and screen-reader users follow. */
  goTo(step: StepId): void;
}

/** What the start page says. */
interface StartLocaleValue {
  locale: Locale;
  content: StartContent;
  t: StartUiStrings;
}

/** Everything the language says. */
export interface LocaleContextValue {
  locale: Locale;
  content: ToolContent;
  t: UiStrings;
}

export type StartAppContextValue = DraftContextValue & StartLocaleValue;
export type AppContextValue = DraftContextValue & LocaleContextValue;

const DraftContext = createContext<DraftContextValue | null>(null);
const StartLocaleContext = createContext<StartLocaleValue | null>(null);
const LocaleContext = createContext<LocaleContextValue | null>(null);

/**
 * Provides the contexts; each keeps its identity while its own fields do. Given the whole language
 * (after a language switch, in the prerender and in tests) it provides it to every screen at once.
 */
export function AppProviders({ value, children }: { value: StartAppContextValue; children: ReactNode }) {
  const { draft, update, goTo, locale, content, t } = value;
  const draftValue = useMemo(() => ({ draft, update, goTo }), [draft, update, goTo]);
  const localeValue = useMemo(() => ({ locale, content, t }), [locale, content, t]);
  return (
    <DraftContext.Provider value={draftValue}>
      <StartLocaleContext.Provider value={localeValue}>
        <LocaleContext.Provider value={isWhole(localeValue) ? localeValue : null}>{children}</LocaleContext.Provider>
      </StartLocaleContext.Provider>
    </DraftContext.Provider>
  );
}

/** Provides the whole language below a step or view (lazyView, which loaded it). */
export function StepTextProvider({ text, children }: { text: LocaleContextValue; children: ReactNode }) {
  return <LocaleContext.Provider value={text}>{children}</LocaleContext.Provider>;
}

/** The whole language if it is provided here, else null. */
export function useProvidedLocale(): LocaleContextValue | null {
  return useContext(LocaleContext);
}

/** The start page's part of the language: what the first screen's components read. */
export function useStartLocale(): StartLocaleValue {
  return useRequired(StartLocaleContext, 'useStartLocale must be used inside <AppProviders>');
}

export function useStartApp(): StartAppContextValue {
  return { ...useDraftContext(), ...useStartLocale() };
}

/** The language only: a component that reads nothing of the draft is not re-rendered by typing. */
export function useLocale(): LocaleContextValue {
  return useRequired(
    LocaleContext,
    'useLocale must be used inside a step or view (lazyView), which loads steps 1–3’s text; the first screen uses useStartLocale',
  );
}

export function useApp(): AppContextValue {
  return { ...useDraftContext(), ...useLocale() };
}

function useDraftContext(): DraftContextValue {
  return useRequired(DraftContext, 'useApp must be used inside <AppProviders>');
}

/** A context's value; without its provider the component sits in the wrong place, a bug to name. */
function useRequired<T>(context: Context<T | null>, misplaced: string): T {
  const value = useContext(context);
  if (!value) throw new Error(misplaced);
  return value;
}
