import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getContent } from '../../../../src/content';
import { ContractFieldSection } from '../../../../src/features/contract/ContractFieldSection';
import { pullNotesIntoField } from '../../../../src/features/contract/pullNotes';
import { setContractField, setQuestionNote, setThemeNote } from '../../../../src/domain/draftEdits';
import type { Draft } from '../../../../src/domain/model';
import { emptyDraft, renderWithApp } from '../support/renderWithApp';

const da = getContent('da');
const field = (id: string) => {
  const found = da.contract.fields.find((f) => f.id === id);
  if (!found) throw new Error(`no field ${id}`);
  return found;
};

function draftWithNotes(): Draft {
  let d = emptyDraft();
  d = setThemeNote(d, 'goals', 'IT-projektet skal lande');
  d = setQuestionNote(d, 'goals-2', 'Tjek målene med min leder');
  d = setQuestionNote(d, 'workEnvironment-4', 'Ingen mails efter kl. 18');
  d = setQuestionNote(d, 'nearestLeader-3', 'Korte dialoger hver 14. dag');
  return d;
}

describe('"Hent fra noter" (pull notes into the contract)', () => {
  it('appends the theme notes to a text field without overwriting what is there', async () => {
    const user = userEvent.setup();
    const app = renderWithApp(<ContractFieldSection field={field('goals')} showExample={false} />, {
      draft: setContractField(draftWithNotes(), 'goals', 'Fokus på nøgletal'),
    });
    await user.click(screen.getByRole('button', { name: 'Hent fra noter' }));
    expect(app.draft().contract.fields.goals).toBe('Fokus på nøgletal\n\nIT-projektet skal lande\n\nTjek målene med min leder');
    expect(screen.getByRole('textbox', { name: field('goals').question })).toHaveValue(app.draft().contract.fields.goals);
    expect(screen.getByRole('status')).toHaveTextContent('Dine noter fra tema 1 er føjet til feltet.');

    // A second pull finds nothing new and says so, instead of adding the notes twice.
    await user.click(screen.getByRole('button', { name: 'Hent fra noter' }));
    expect(app.draft().contract.fields.goals).toBe('Fokus på nøgletal\n\nIT-projektet skal lande\n\nTjek målene med min leder');
    expect(screen.getByRole('status')).toHaveTextContent('Der er ingen nye noter fra tema 1 at hente.');
  });

  it('turns the theme notes into new agreements in an agreement list', async () => {
    const user = userEvent.setup();
    const app = renderWithApp(<ContractFieldSection field={field('leaderAgreements')} showExample={false} />, { draft: draftWithNotes() });
    await user.click(screen.getByRole('button', { name: 'Hent fra noter' }));
    expect(app.draft().contract.leaderAgreements.map((a) => a.text)).toEqual(['Korte dialoger hver 14. dag']);
    expect(screen.getByRole('group', { name: 'Aftale 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hent fra noter' }));
    expect(app.draft().contract.leaderAgreements).toHaveLength(1);
  });

  it('uses the field’s own theme only (field.theme), never another theme’s notes', () => {
    const { draft, added } = pullNotesIntoField(draftWithNotes(), field('workEnvironment'), da);
    expect(added).toBe(1);
    expect(draft.contract.fields.workEnvironment).toBe('Ingen mails efter kl. 18');
    expect(draft.contract.fields.goals).toBe('');
  });

  it('shows the worked example beside the field when asked', () => {
    renderWithApp(<ContractFieldSection field={field('selfAgreements')} showExample />);
    const example = screen.getByRole('heading', { name: 'Eksempel' }).parentElement as HTMLElement;
    expect(
      within(example)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(da.contract.example.selfAgreements);
  });
});
