/**
 * The app opens with the start page's part of its language; a language switch, there and back,
 * shows the new language only with its whole text, so an open step never waits for steps 1–3's text.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { daStart } from '../../../src/content/da';
import type { Locale } from '../../../src/content/types';
import { uiStringsDa } from '../../../src/content/uiStrings.da';
import { isWhole } from '../../../src/ui/loadContent';
import { useLocaleContent } from '../../../src/ui/useLocaleContent';

it('opens with the start part, and switches there and back with the whole language', async () => {
  const initial = { locale: 'da' as const, content: daStart, t: uiStringsDa };
  const { result, rerender } = renderHook(({ wanted }: { wanted: Locale }) => useLocaleContent(wanted, initial), { initialProps: { wanted: 'da' } });
  expect(result.current.locale).toBe('da');
  expect(result.current.content).toBe(daStart);

  rerender({ wanted: 'en' });
  await waitFor(() => expect(result.current.locale).toBe('en'));
  expect(isWhole(result.current)).toBe(true);
  expect(result.current.content.toolTitle).toBe('Strengthen the leader’s dialogue with their manager');

  rerender({ wanted: 'da' });
  // The Danish start part is there, but English stays until Danish is whole.
  expect(result.current.locale).toBe('en');
  await waitFor(() => expect(result.current.locale).toBe('da'));
  expect(isWhole(result.current)).toBe(true);
  expect(result.current.content.toolTitle).toBe('Styrk lederens dialog med nærmeste leder');
});
