/**
 * The header as the leader meets it: the open step is marked only while no view is open, and in a
 * meeting's side panel the preparation's tools give way to the dialogue.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { setStep } from '../../../src/domain/draft';
import { AppHeader } from '../../../src/ui/AppHeader';
import { StepNav } from '../../../src/ui/StepNav';
import { emptyDraft, renderWithApp } from '../features/support/renderWithApp';

// The demo user switch talks to the emulator; it is not what these tests are about.
jest.mock('../../../src/ui/DemoSlot', () => ({ DemoSlot: () => null }));

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the step navigation', () => {
  it('marks the open step while the preparation is shown', () => {
    renderWithApp(<StepNav />, { draft: setStep(emptyDraft(), 'contract') });
    expect(screen.getByRole('link', { name: '2 Lederkontrakt' })).toHaveAttribute('aria-current', 'step');
  });

  it('marks no step while a view such as "Delt med mig" is open', () => {
    window.history.replaceState(null, '', '/?view=shared-with-me#contract');
    renderWithApp(<StepNav />, { draft: setStep(emptyDraft(), 'contract') });
    const nav = screen.getByRole('navigation', { name: 'Trin i forberedelsen' });
    for (const link of within(nav).getAllByRole('link')) expect(link).not.toHaveAttribute('aria-current');
  });
});

describe('the header', () => {
  const idle = { status: 'idle' as const, savedAt: null };

  it('shows the steps, the timer and the save status in the tab', () => {
    renderWithApp(<AppHeader saveState={idle} />);
    expect(screen.getByRole('navigation', { name: 'Trin i forberedelsen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start tidtagning (45 min.)' })).toBeInTheDocument();
    expect(screen.getByText('Styrk lederens dialog med nærmeste leder')).toBeInTheDocument();
  });

  it('is compact in the meeting side panel: no steps, timer or save status; language stays', () => {
    renderWithApp(<AppHeader saveState={idle} compact />);
    expect(screen.queryByRole('navigation', { name: 'Trin i forberedelsen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start tidtagning (45 min.)' })).toBeNull();
    expect(screen.queryByText('Gemmes automatisk')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Sprog' })).toBeInTheDocument();
    expect(screen.getByText('Lederdialog')).toBeInTheDocument();
  });

  it('folds the timer, language and demo user behind „Flere valg“, a disclosure button that names what it opens', () => {
    renderWithApp(<AppHeader saveState={idle} />);
    const more = screen.getByRole('button', { name: 'Flere valg' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const tools = document.getElementById(more.getAttribute('aria-controls')!);
    expect(tools).toContainElement(screen.getByRole('combobox', { name: 'Sprog' }));
    fireEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });
});
