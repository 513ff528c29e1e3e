import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PrepareStep } from '../../../../src/features/prepare/PrepareStep';
import {
  addAgreement,
  setContractField,
  setFigureNote,
  setPoints,
  setQuestionNote,
  setThemeNote,
  toggleChecklistItem,
  toggleQuestionForLeader,
  updateAgreements,
} from '../../../../src/domain/draftEdits';
import type { Draft } from '../../../../src/domain/model';
import { emptyDraft, renderWithApp } from '../support/renderWithApp';

const SECRET = 'HEMMELIG-NOTE';

function preparedDraft(): Draft {
  let d = emptyDraft();
  d = setQuestionNote(d, 'goals-1', `${SECRET} om min leder`);
  d = setThemeNote(d, 'nearestLeader', `${SECRET} tema 3`);
  d = setFigureNote(d, 'upToOwnLeader', `${SECRET} figur`);
  d = setContractField(d, 'goals', 'Implementere IT-projektet');
  d = updateAgreements(d, 'leaderAgreements', (l) => addAgreement(l, { text: 'Ugentligt statusmøde', followUp: 'Sidste 5 minutter', cadence: 'weekly' }));
  d = setPoints(d, ['Prioritering', '  ', 'Uforstyrret tid']);
  d = toggleQuestionForLeader(d, 'nearestLeader-2');
  d = toggleChecklistItem(d, 0);
  return d;
}

describe('step 3: the preview of what the nearest leader sees', () => {
  it('shows the contract, the points, the chosen questions and the agenda — and no private note', async () => {
    const user = userEvent.setup();
    renderWithApp(<PrepareStep />, { draft: preparedDraft() });
    const button = screen.getByRole('button', { name: 'Se forhåndsvisning' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);

    const heading = screen.getByRole('heading', { name: 'Det ser din nærmeste leder' });
    expect(heading).toHaveFocus();
    const preview = heading.closest('section') as HTMLElement;
    expect(preview).toHaveTextContent('Implementere IT-projektet');
    expect(preview).toHaveTextContent('Ugentligt statusmøde');
    expect(preview).toHaveTextContent('Hvornår og hvordan følger du op? Sidste 5 minutter · Ugentligt');
    expect(
      within(preview.querySelector('[data-preview-points]') as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Prioritering', 'Uforstyrret tid']);
    expect(preview.querySelector('[data-preview-questions]')).toHaveTextContent('Hvordan kan du bedst muligt sikre en løbende afklaring af dit ledelsesrum?');
    expect(preview.querySelector('[data-preview-agenda]')).toHaveTextContent('Mine punkter til dialogen');
    expect(preview).toHaveTextContent('Periode: 26. november 2026 – 26. november 2027');

    expect(preview.textContent).not.toContain(SECRET);
    // The invite checklist is the leader's own to-do list, not shared either.
    expect(preview.textContent).not.toContain('Fortæl din leder om værktøjet');
  });

  it('ticks the checklist, chooses questions by theme and writes points', async () => {
    const user = userEvent.setup();
    const app = renderWithApp(<PrepareStep />);
    await user.click(screen.getByRole('checkbox', { name: 'Fortæl din leder om værktøjet' }));
    expect(app.draft().contract.preparation.inviteChecklist[0]).toBe(true);

    const theme2 = screen.getByRole('group', { name: '2. Dit psykiske arbejdsmiljø som leder og aftale med dig selv' });
    await user.click(within(theme2).getByRole('checkbox', { name: 'Hvordan varetager du bedst dit ansvar som rollemodel?' }));
    expect(app.draft().contract.preparation.questionsForLeader).toEqual(['workEnvironment-3']);
    expect(screen.getByText('1 spørgsmål valgt')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Pointe 1' }), 'Mit ledelsesrum');
    expect(app.draft().contract.preparation.points).toEqual(['Mit ledelsesrum', '']);
  });

  it('says gently that three points are usually enough, without refusing a fourth', async () => {
    const user = userEvent.setup();
    const app = renderWithApp(<PrepareStep />, { draft: setPoints(emptyDraft(), ['a', 'b', 'c']) });
    expect(screen.queryByText(/Tre pointer er ofte nok/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Tilføj pointe' }));
    expect(screen.getByRole('textbox', { name: 'Pointe 4' })).toHaveFocus();
    expect(screen.getByText(/Tre pointer er ofte nok/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fjern pointe 4' }));
    expect(app.draft().contract.preparation.points).toEqual(['a', 'b', 'c']);
    expect(screen.queryByText(/Tre pointer er ofte nok/)).toBeNull();
  });
});
