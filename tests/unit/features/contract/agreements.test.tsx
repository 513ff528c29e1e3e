import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AgreementList } from '../../../../src/features/contract/AgreementList';
import { renderWithApp } from '../support/renderWithApp';

const agreementGroups = () => screen.queryAllByRole('group', { name: /^Aftale \d$/ });

describe('agreement lists', () => {
  it('adds an agreement, focuses its text, and saves text, follow-up and cadence', async () => {
    const user = userEvent.setup();
    const app = renderWithApp(<AgreementList listId="selfAgreements" />);
    expect(screen.getByText('Ingen aftaler endnu.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tilføj aftale' }));
    const first = within(agreementGroups()[0] as HTMLElement);
    expect(first.getByRole('textbox', { name: 'Aftalen' })).toHaveFocus();
    await user.keyboard('Jeg tjekker mails fire gange om dagen');
    await user.type(first.getByRole('textbox', { name: 'Hvornår og hvordan følger du op?' }), 'Kryds af hver dag');
    await user.selectOptions(first.getByRole('combobox', { name: 'Fast opfølgning' }), 'Ugentligt');

    const [saved] = app.draft().contract.selfAgreements;
    expect(saved).toMatchObject({ text: 'Jeg tjekker mails fire gange om dagen', followUp: 'Kryds af hver dag', cadence: 'weekly' });
    expect(app.draft().contract.leaderAgreements).toEqual([]);

    await user.selectOptions(first.getByRole('combobox', { name: 'Fast opfølgning' }), 'Ingen');
    expect(app.draft().contract.selfAgreements[0]).not.toHaveProperty('cadence');
  });

  it('offers every cadence of the tool, plus none', async () => {
    renderWithApp(<AgreementList listId="leaderAgreements" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tilføj aftale' }));
    const select = screen.getByRole('combobox', { name: 'Fast opfølgning' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ingen', 'Dagligt', 'Ugentligt', 'Hver 14. dag', 'Månedligt', 'Kvartalsvis']);
  });

  it('offers moving only when there is more than one agreement', async () => {
    const user = userEvent.setup();
    renderWithApp(<AgreementList listId="selfAgreements" />);
    await user.click(screen.getByRole('button', { name: 'Tilføj aftale' }));
    expect(screen.queryByRole('button', { name: /^Flyt aftale/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Fjern aftale 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tilføj aftale' }));
    expect(screen.getAllByRole('button', { name: /^Flyt aftale/ })).toHaveLength(4);
  });

  it('reorders by keyboard and keeps focus on the moved item', async () => {
    const user = userEvent.setup();
    const app = renderWithApp(<AgreementList listId="leaderAgreements" />);
    await user.click(screen.getByRole('button', { name: 'Tilføj aftale' }));
    await user.keyboard('Ugentligt møde');
    await user.click(screen.getByRole('button', { name: 'Tilføj aftale' }));
    await user.keyboard('Kvartalsdialog');

    const moveUp = screen.getByRole('button', { name: 'Flyt aftale 2 op' });
    moveUp.focus();
    await user.keyboard('{Enter}');
    expect(app.draft().contract.leaderAgreements.map((a) => a.text)).toEqual(['Kvartalsdialog', 'Ugentligt møde']);
    // The first item cannot move further up, but its button stays focusable (focus is not lost).
    expect(screen.getByRole('button', { name: 'Flyt aftale 1 op' })).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flyt aftale 1 op' }));

    await user.click(screen.getByRole('button', { name: 'Flyt aftale 1 ned' }));
    expect(app.draft().contract.leaderAgreements.map((a) => a.text)).toEqual(['Ugentligt møde', 'Kvartalsdialog']);
  });

  it('removes an agreement and moves focus to its neighbour, or to "Tilføj aftale" when none is left', async () => {
    const user = userEvent.setup();
    const app = renderWithApp(<AgreementList listId="selfAgreements" />);
    await user.click(screen.getByRole('button', { name: 'Tilføj aftale' }));
    await user.keyboard('Pauser');
    await user.click(screen.getByRole('button', { name: 'Tilføj aftale' }));
    await user.keyboard('Fri når jeg har fri');

    await user.click(screen.getByRole('button', { name: 'Fjern aftale 1' }));
    expect(app.draft().contract.selfAgreements.map((a) => a.text)).toEqual(['Fri når jeg har fri']);
    expect(within(agreementGroups()[0] as HTMLElement).getByRole('textbox', { name: 'Aftalen' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Fjern aftale 1' }));
    expect(app.draft().contract.selfAgreements).toEqual([]);
    expect(screen.getByRole('button', { name: 'Tilføj aftale' })).toHaveFocus();
  });
});
