/**
 * A step or view whose chunk fails to load shows a message with "Prøv igen" instead of a spinner for
 * good; "Prøv igen" loads the chunk afresh (lazyView does not keep the failure, as React.lazy would),
 * and moving to another view clears the message.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactElement, type ReactNode } from 'react';
import { daStart } from '../../../src/content/da';
import { uiStringsDa } from '../../../src/content/uiStrings.da';
import { uiStrings } from '../../../src/content/uiStringsByLocale';
import { createEmptyDraft } from '../../../src/domain/draft';
import { AppProviders } from '../../../src/ui/AppContext';
import { lazyView } from '../../../src/ui/lazyView';
import { ViewErrorBoundary } from '../../../src/ui/ViewErrorBoundary';

const t = uiStrings.da.app;

function chunkError(): Error {
  return Object.assign(new Error('Loading chunk view-follow-up failed.'), { name: 'ChunkLoadError' });
}

const draft = createEmptyDraft(new Date('2026-11-26T10:00:00'), 'da');

/** As in the app: the start page's text only, so each view also loads steps 1–3's text (lazyView). */
function Shell({ view, children }: { view: string; children: ReactNode }) {
  return (
    <AppProviders value={{ draft, update: () => undefined, goTo: () => undefined, locale: 'da', content: daStart, t: uiStringsDa }}>
      <FluentProvider theme={webLightTheme}>
        <ViewErrorBoundary resetKey={view} message={t.loadFailed} retryLabel={t.tryAgain}>
          <Suspense fallback={<p role="status">{t.loading}</p>}>{children}</Suspense>
        </ViewErrorBoundary>
      </FluentProvider>
    </AppProviders>
  );
}

/** Renders inside act, so that the chunk's promise settles and React renders what it brings. */
async function show(ui: ReactElement): Promise<(ui: ReactElement) => Promise<void>> {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(ui);
  });
  return async (next) => {
    await act(async () => view.rerender(next));
  };
}

// React reports an error a boundary caught through console.error; that report is expected here.
let consoleError: jest.SpyInstance;
beforeEach(() => {
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

it('shows a clear message with „Prøv igen“ when the chunk fails, and loads it afresh on „Prøv igen“', async () => {
  const load = jest
    .fn<Promise<{ default: () => React.ReactElement }>, []>()
    .mockRejectedValueOnce(chunkError())
    .mockResolvedValue({ default: () => <h1>Opfølgning</h1> });
  const FollowUp = lazyView(load);
  await show(
    <Shell view="view:followUp">
      <FollowUp />
    </Shell>,
  );

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Denne del af Lederdialog kunne ikke indlæses. Tjek din forbindelse, og prøv igen – dit arbejde er gemt.');
  expect(screen.queryByRole('status')).not.toBeInTheDocument(); // no spinner left behind
  expect(load).toHaveBeenCalledTimes(1);

  await act(async () => userEvent.click(screen.getByRole('button', { name: 'Prøv igen' })));
  expect(await screen.findByRole('heading', { name: 'Opfølgning' })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(2);
});

it('loads a chunk once when it succeeds, however often the view renders', async () => {
  const load = jest.fn(async () => ({ default: ({ n }: { n: number }) => <p>render {n}</p> }));
  const View = lazyView(load);
  const rerender = await show(
    <Shell view="view:a">
      <View n={1} />
    </Shell>,
  );
  expect(screen.getByText('render 1')).toBeInTheDocument();
  await rerender(
    <Shell view="view:a">
      <View n={2} />
    </Shell>,
  );
  expect(screen.getByText('render 2')).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(1);
});

it('clears the message when the leader moves to another step or view', async () => {
  const Broken = lazyView(async (): Promise<{ default: () => ReactElement }> => {
    throw chunkError();
  });
  const rerender = await show(
    <Shell view="view:myData">
      <Broken />
    </Shell>,
  );
  await screen.findByRole('alert');
  await rerender(
    <Shell view="step:contract">
      <p>2 Lederkontrakt</p>
    </Shell>,
  );
  expect(screen.getByText('2 Lederkontrakt')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

it('speaks English too', () => {
  expect(uiStrings.en.app.loadFailed).toBe('This part of Lederdialog could not be loaded. Check your connection and try again – your work is saved.');
  expect(uiStrings.en.app.tryAgain).toBe('Try again');
});
