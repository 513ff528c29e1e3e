/** The print view: the contract with its history, as it goes to paper (or PDF). */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { getContent } from '../../../../src/content';
import { setDailyCheck } from '../../../../src/domain/dailyCheck';
import { dropAgreement, recordFollowUp, reviseAgreement } from '../../../../src/domain/followUp';
import type { Contract, Signature } from '../../../../src/domain/model';
import { PrintContract } from '../../../../src/features/followUp/PrintContract';
import { filledDraft, NOW } from '../../domain/fixtures';

const BY: Signature = { role: 'leader', displayName: 'Mette Hansen', at: NOW.toISOString() };

function withHistory(): Contract {
  let c: Contract = {
    ...filledDraft().contract,
    leader: { displayName: 'Mette Hansen' },
    nearestLeader: { displayName: 'Lars Nielsen' },
    period: { start: '2026-11-26', end: '2027-11-25' },
  };
  const self = c.selfAgreements[0]!.id;
  const leader = c.leaderAgreements[0]!.id;
  c = recordFollowUp(c, { agreementId: leader, date: '2026-12-10', status: 'notHeld', note: 'Ingen tid', by: BY }, NOW);
  c = recordFollowUp(c, { agreementId: leader, date: '2026-12-24', status: 'held', note: 'Taget op', by: BY }, NOW);
  c = reviseAgreement(c, self, { text: 'Jeg holder to pauser om dagen', followUp: 'Hver fredag', cadence: 'daily' }, BY, new Date('2026-12-01T09:00:00Z'));
  c = setDailyCheck(c, self, '2026-12-02', true, new Date('2026-12-02T12:00:00Z'));
  c = setDailyCheck(c, self, '2026-12-03', true, new Date('2026-12-03T12:00:00Z'));
  c = setDailyCheck(c, self, '2026-12-04', false, new Date('2026-12-04T12:00:00Z'));
  return c;
}

function renderPrint(contract: Contract) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PrintContract contract={contract} content={getContent('da')} />
    </FluentProvider>,
  );
}

describe('PrintContract', () => {
  it('holds the contract: heading, people, period and the written fields', () => {
    renderPrint(withHistory());
    const area = screen.getByTestId('print-contract');
    expect(area).toHaveAttribute('data-print-area');
    // On screen it is hidden (it would read as a second copy of the contract); only print shows it.
    expect(area).not.toBeVisible();
    expect(within(area).getByRole('heading', { level: 1, hidden: true })).toHaveTextContent(getContent('da').contract.heading);
    expect(area).toHaveTextContent('Mette Hansen · Lars Nielsen');
    expect(area).toHaveTextContent('Periode: 26. november 2026 – 25. november 2027');
    expect(area).toHaveTextContent('Implementering af IT-projektet');
    expect(area).toHaveTextContent('Prioritering af sager');
  });

  it('holds each agreement’s history: earlier wording, the records as a table, the daily tick', () => {
    renderPrint(withHistory());
    const area = screen.getByTestId('print-contract');
    const revised = within(area).getByRole('heading', { name: 'Jeg holder to pauser om dagen', hidden: true }).closest('section') as HTMLElement;
    expect(revised).toHaveTextContent('Tidligere formuleringer: „Jeg lægger pauser ind med mig selv“ (Ændret 1. december 2026)');
    expect(revised).toHaveTextContent('Dagligt kryds: 2/3 · Flest dage i træk: 2');
    expect(revised).toHaveTextContent('Ingen opfølgninger endnu.');

    const leader = within(area)
      .getByRole('heading', { name: /Vi drøfter og prioriterer/, hidden: true })
      .closest('section') as HTMLElement;
    const rows = within(within(leader).getByRole('table', { hidden: true }))
      .getAllByRole('row', { hidden: true })
      .slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell', { hidden: true })
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['10. december 2026', 'Ikke holdt', 'Ingen tid'],
      ['24. december 2026', 'Holdt', 'Taget op'],
    ]);
  });

  it('marks a dropped agreement with its date', () => {
    const c = withHistory();
    renderPrint(dropAgreement(c, c.leaderAgreements[0]!.id, new Date('2027-01-05T10:00:00Z')));
    const leader = within(screen.getByTestId('print-contract'))
      .getByRole('heading', { name: /Vi drøfter og prioriterer/, hidden: true })
      .closest('section') as HTMLElement;
    expect(leader).toHaveTextContent('Opgivet 5. januar 2027');
  });
});
