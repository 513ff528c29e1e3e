/**
 * Renders a screen inside the app's context with a real draft, real content and real updaters, so
 * component tests exercise the same code paths as the app (minus host detection and storage).
 */
import { render, type RenderResult } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { getContent } from '../../../../src/content';
import type { Locale } from '../../../../src/content/types';
import { uiStrings } from '../../../../src/content/uiStringsByLocale';
import { createEmptyDraft, setStep } from '../../../../src/domain/draft';
import type { Draft } from '../../../../src/domain/model';
import { AppProviders, type AppContextValue } from '../../../../src/ui/AppContext';

export const NOW = new Date('2026-11-26T10:00:00');

export function emptyDraft(locale: Locale = 'da'): Draft {
  return createEmptyDraft(NOW, locale);
}

export interface RenderedApp extends RenderResult {
  /** The draft as it is after the latest update. */
  draft(): Draft;
}

export function renderWithApp(ui: ReactElement, options: { draft?: Draft; locale?: Locale } = {}): RenderedApp {
  const locale = options.locale ?? 'da';
  let latest = options.draft ?? emptyDraft(locale);
  function Harness() {
    const [draft, setDraft] = useState(latest);
    latest = draft;
    const value: AppContextValue = {
      draft,
      update: (change) => setDraft((d) => change(d)),
      goTo: (step) => setDraft((d) => setStep(d, step)),
      locale,
      content: getContent(locale),
      t: uiStrings[locale],
    };
    return <AppProviders value={value}>{ui}</AppProviders>;
  }
  const result = render(<Harness />);
  return { ...result, draft: () => latest };
}
