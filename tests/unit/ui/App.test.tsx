/**
 * The whole app in jsdom: boots as in a plain browser (navigator.language is en-US here; no
 * IndexedDB, so the store uses localStorage), switches language, autosaves, restores, and survives
 * a corrupt draft.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/ui/App';

beforeAll(() => {
  // jsdom does not implement scrolling; the app scrolls to the top on a step change.
  window.scrollTo = jest.fn();
});

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('lang');
});

const savedDraft = () => JSON.parse(localStorage.getItem('lederdialog.draft') ?? 'null') as { ui: { step: string; localeOverride: string | null } } | null;

async function boot() {
  const user = userEvent.setup();
  const view = render(<App />);
  await screen.findByRole('main');
  return { user, view };
}

describe('the app shell', () => {
  it('follows the host language, switches language in the app, and saves the choice', async () => {
    const { user } = await boot();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Strengthen the leader’s dialogue with their manager');
    expect(document.documentElement.lang).toBe('en');
    expect(document.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'default');
    expect(document.querySelector('[data-theme]')).toContainElement(screen.getByRole('main'));
    expect(screen.getByRole('navigation', { name: 'Preparation steps' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Dansk');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Styrk lederens dialog med nærmeste leder'));
    expect(document.documentElement.lang).toBe('da');
    expect(screen.getByRole('combobox', { name: 'Sprog' })).toHaveValue('da');
    await waitFor(() => expect(savedDraft()?.ui.localeOverride).toBe('da'), { timeout: 3000 });
    expect((JSON.parse(localStorage.getItem('lederdialog.contract') ?? '{}') as { locale?: string }).locale).toBe('da');
    expect(document.querySelector('[data-save-status]')).toHaveTextContent(/^Gemt kl\. \d\d\.\d\d$/);
  });

  it('moves between steps by links, focuses the new step, and restores the open step after a reload', async () => {
    const { user, view } = await boot();
    await user.click(screen.getByRole('link', { name: '2 Leader agreement' }));
    const heading = await screen.findByRole('heading', { level: 1, name: '2 Leader agreement' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('link', { name: '2 Leader agreement' })).toHaveAttribute('aria-current', 'step');
    expect(window.location.hash).toBe('#contract');
    // The open step's own link, chosen again, still takes the keyboard to its heading.
    await user.click(screen.getByRole('link', { name: '2 Leader agreement' }));
    expect(heading).toHaveFocus();
    await waitFor(() => expect(savedDraft()?.ui.step).toBe('contract'), { timeout: 3000 });

    view.unmount();
    window.history.replaceState(null, '', '/');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: '2 Leader agreement' })).toBeInTheDocument();
  });

  it('starts afresh with a clear message when the saved draft cannot be read, and keeps a backup', async () => {
    localStorage.setItem('lederdialog.draft', '{"schema": 1, "ui": "kaputt"');
    localStorage.setItem('lederdialog.notes', '"nonsense"');
    localStorage.setItem('lederdialog.contract', '42');
    await boot();
    // The notice is a small chunk of its own (loaded at once, as the damage is known at boot).
    expect(await screen.findByRole('alert')).toHaveTextContent('Your saved draft could not be read');
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    const backups = JSON.parse(localStorage.getItem('lederdialog.backups') ?? '[]') as unknown[];
    expect(backups).toHaveLength(1);
    await act(async () => {
      await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss message' }));
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('runs the optional 45-minute timer: start, pause, reset', async () => {
    const { user } = await boot();
    const timer = screen.getByRole('group', { name: 'Preparation time (45 min)' });
    await user.click(screen.getByRole('button', { name: 'Start timer (45 min)' }));
    expect(timer).toHaveTextContent('45 min left');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(timer).toHaveTextContent('45 min left, paused');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByRole('button', { name: 'Start timer (45 min)' })).toBeInTheDocument();
  });
});
