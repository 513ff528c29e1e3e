/**
 * The draft and the language are two contexts: typing into a draft field re-renders what reads the
 * draft, not what reads only the language (measured by counting renders).
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { getContent } from '../../../src/content';
import { uiStrings } from '../../../src/content/uiStringsByLocale';
import { createEmptyDraft, setStep } from '../../../src/domain/draft';
import { setContractField } from '../../../src/domain/draftEdits';
import type { Draft } from '../../../src/domain/model';
import { AppProviders, useApp, useLocale } from '../../../src/ui/AppContext';

const renders = { language: 0, draft: 0 };

function LanguageReader() {
  const { t } = useLocale();
  renders.language += 1;
  return <p>{t.app.name}</p>;
}

function GoalsField() {
  const { draft, update } = useApp();
  renders.draft += 1;
  return <input aria-label="Mål" value={draft.contract.fields.goals} onChange={(e) => update((d) => setContractField(d, 'goals', e.target.value))} />;
}

/** Holds the draft as BootedApp does; `children` is one element, so only context readers re-render. */
function Providers({ children }: { children: ReactNode }) {
  const [draft, setDraft] = useState<Draft>(() => createEmptyDraft(new Date('2026-11-26T10:00:00'), 'da'));
  return (
    <AppProviders
      value={{
        draft,
        update: (change) => setDraft((d) => change(d)),
        goTo: (step) => setDraft((d) => setStep(d, step)),
        locale: 'da',
        content: getContent('da'),
        t: uiStrings.da,
      }}
    >
      {children}
    </AppProviders>
  );
}

it('typing in a draft field re-renders the draft readers, not a reader of the language only', async () => {
  render(
    <Providers>
      <LanguageReader />
      <GoalsField />
    </Providers>,
  );
  const before = { ...renders };
  await userEvent.type(screen.getByRole('textbox', { name: 'Mål' }), 'Ro på');
  expect(screen.getByRole('textbox', { name: 'Mål' })).toHaveValue('Ro på');
  expect(renders.draft - before.draft).toBeGreaterThanOrEqual(5);
  expect(renders.language - before.language).toBe(0);
});
