/**
 * "Vi er enige" belongs to a version (issue 12): after the agreement changed, the nearest leader's
 * part keeps the acceptance, says „Ændret efter accept“ with what changed, and offers to accept again;
 * for the version accepted it says nothing of the kind. Danish and English.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { acceptContract } from '../../../../src/features/nearestLeader/contributions';
import { sharedStrings } from '../../../../src/features/nearestLeader/strings';
import { YourPart } from '../../../../src/features/nearestLeader/YourPart';
import type { Contract, Signature } from '../../../../src/domain/model';
import { sharedContract } from './sharedViewFixtures';

const LARS: Signature = { role: 'nearestLeader', displayName: 'Lars Nielsen', id: 'u-lars', at: '2026-12-03T10:40:00.000Z' };

function show(contract: Contract, locale: 'da' | 'en' = 'da', onAccept = jest.fn(async () => true)) {
  render(
    <FluentProvider theme={webLightTheme}>
      <YourPart contract={contract} locale={locale} t={sharedStrings[locale]} busy={false} onAddAgreement={async () => true} onAccept={onAccept} canAccept />
    </FluentProvider>,
  );
  return onAccept;
}

describe('an acceptance and the version it was given to', () => {
  it('of the current version: accepted, nothing changed', () => {
    show(acceptContract(sharedContract(), LARS));
    expect(screen.getByText(/^Accepteret af Lars Nielsen/)).toBeInTheDocument();
    expect(screen.queryByText('Ændret efter accept')).toBeNull();
  });

  it('after the leader changed an agreement and added one: kept, „Ændret efter accept“ with what changed, and can be given again', async () => {
    const accepted = acceptContract(sharedContract(), LARS);
    const first = accepted.leaderAgreements[0]!;
    const changed: Contract = {
      ...accepted,
      fields: { ...accepted.fields, goals: `${accepted.fields.goals} Og mere.` },
      leaderAgreements: [
        { ...first, text: 'Vi mødes hver anden uge' },
        ...accepted.leaderAgreements.slice(1),
        { id: 'new-1', text: 'Vi tager en runde om trivsel', followUp: '', createdAt: LARS.at },
      ],
    };
    const onAccept = show(changed);
    expect(screen.getByText(/^Accepteret af Lars Nielsen/)).toBeInTheDocument();
    const box = screen.getByText('Ændret efter accept').closest('[data-acceptance-changed]') as HTMLElement;
    const lines = within(box)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toContain('Ændret aftale: „Vi mødes hver anden uge“');
    expect(lines).toContain('Ny aftale: „Vi tager en runde om trivsel“');
    expect(lines.some((l) => /^„.+“ er ændret$/.test(l ?? ''))).toBe(true);
    await userEvent.click(within(box).getByRole('button', { name: 'Vi er enige om den nye udgave' }));
    expect(onAccept).toHaveBeenCalledTimes(1);
  });

  it('in English', () => {
    const accepted = acceptContract(sharedContract(), LARS);
    show({ ...accepted, leaderAgreements: accepted.leaderAgreements.slice(1) }, 'en');
    expect(screen.getByText('Changed since accepted')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'We agree on the new version' })).toBeInTheDocument();
    expect(screen.getByText(/^Removed agreement: “/)).toBeInTheDocument();
  });
});
