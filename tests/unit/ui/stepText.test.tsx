/**
 * The first screen has only the start page's part of the language; a step or view (lazyView) loads
 * steps 1–3's text beside its chunk and reads the whole language, as if it had been there all along.
 */
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { daStart } from '../../../src/content/da';
import { uiStringsDa } from '../../../src/content/uiStrings.da';
import { createEmptyDraft } from '../../../src/domain/draft';
import { AppProviders, useLocale, useStartLocale } from '../../../src/ui/AppContext';
import { lazyView } from '../../../src/ui/lazyView';

const draft = createEmptyDraft(new Date('2026-11-26T10:00:00'), 'da');

function GuideHeading() {
  const { content, t } = useLocale();
  return (
    <>
      <h1>{content.guide.heading}</h1>
      <p>{t.guide.privateNotice}</p>
      <p>{content.toolTitle}</p>
    </>
  );
}

function StartTitle() {
  return <p>{useStartLocale().content.toolTitle}</p>;
}

it('a step shows steps 1–3’s text that the first screen did not load', async () => {
  const Step = lazyView(async () => ({ default: GuideHeading }));
  await act(async () => {
    render(
      <AppProviders value={{ draft, update: () => undefined, goTo: () => undefined, locale: 'da', content: daStart, t: uiStringsDa }}>
        <StartTitle />
        <Suspense fallback={<p role="status">Indlæser</p>}>
          <Step />
        </Suspense>
      </AppProviders>,
    );
  });
  expect(await screen.findByRole('heading', { name: 'Interviewguide' })).toBeInTheDocument();
  expect(screen.getByText('Kun du kan se dine noter. De deles ikke med din leder.')).toBeInTheDocument();
  expect(screen.getAllByText('Styrk lederens dialog med nærmeste leder')).toHaveLength(2);
});

it('the first screen cannot read steps 1–3’s text by mistake', () => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  expect(() =>
    render(
      <AppProviders value={{ draft, update: () => undefined, goTo: () => undefined, locale: 'da', content: daStart, t: uiStringsDa }}>
        <GuideHeading />
      </AppProviders>,
    ),
  ).toThrow(/useLocale must be used inside a step or view/);
});
