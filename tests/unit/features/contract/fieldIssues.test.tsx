/**
 * The contract step flags a text too long to share beside its input while the leader writes, in the
 * language shown, and leaves an empty field or a new, empty agreement alone (work in progress).
 */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getContent } from '../../../../src/content';
import type { Locale } from '../../../../src/content/types';
import { AgreementList } from '../../../../src/features/contract/AgreementList';
import { ContractFieldSection } from '../../../../src/features/contract/ContractFieldSection';
import { renderWithApp } from '../support/renderWithApp';

const goals = (locale: Locale) => getContent(locale).contract.fields.find((f) => f.id === 'goals')!;

describe('issues beside the contract inputs', () => {
  it.each([
    ['da', 'Mål for din ledelsesopgave: teksten er 4.001 tegn lang. Der er plads til 4.000 tegn – forkort den.'],
    ['en', 'Goals for your leadership role: the text is 4,001 characters long. There is room for 4,000 characters – please shorten it.'],
  ] as const)('a goal over 4000 characters is flagged at its input (%s), and the flag goes when it is short enough', (locale, words) => {
    renderWithApp(<ContractFieldSection field={goals(locale)} showExample={false} />, { locale });
    const input = screen.getByRole('textbox', { name: goals(locale).question });
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.change(input, { target: { value: 'x'.repeat(4001) } });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(words);

    fireEvent.change(input, { target: { value: 'x'.repeat(4000) } });
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(words)).toBeNull();
  });

  it('flags an agreement and its follow-up over 500 characters, not a new empty one', async () => {
    renderWithApp(<AgreementList listId="selfAgreements" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tilføj aftale' }));
    const item = within(screen.getByRole('group', { name: 'Aftale 1' }));
    const text = item.getByRole('textbox', { name: 'Aftalen' });
    const followUp = item.getByRole('textbox', { name: 'Hvornår og hvordan følger du op?' });
    expect(text).not.toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(text, { target: { value: 'z'.repeat(501) } });
    fireEvent.change(followUp, { target: { value: 'w'.repeat(600) } });
    expect(text).toHaveAccessibleDescription('Aftale med dig selv nr. 1: teksten er 501 tegn lang. Der er plads til 500 tegn – forkort den.');
    expect(followUp).toHaveAccessibleDescription('Opfølgning på aftale med dig selv nr. 1: teksten er 600 tegn lang. Der er plads til 500 tegn – forkort den.');
  });
});
