import { act, fireEvent, screen, within } from '@testing-library/react';
import type { MergeConflict } from '../../../../src/domain/mergeContract';
import type { Overview } from '../../../../src/features/nearestLeader/overview';
import SharedContractView from '../../../../src/features/nearestLeader/SharedContractView';
import SharedWithMeView from '../../../../src/features/nearestLeader/SharedWithMeView';
import { openSharedContractLink } from '../../../../src/ui/useBoot';
import { encodeContractRef } from '../../../../src/host/deepLink';
import { emptyDraft, renderWithApp } from '../support/renderWithApp';
import { REF, lastChange, opened, sharedContract, state } from './sharedViewFixtures';

jest.mock('../../../../src/features/nearestLeader/useSharedContract', () => ({ useSharedContract: jest.fn() }));
jest.mock('../../../../src/features/nearestLeader/useOverview', () => ({ useOverview: jest.fn() }));
const { useSharedContract } = jest.requireMock<{ useSharedContract: jest.Mock }>('../../../../src/features/nearestLeader/useSharedContract');
const { useOverview } = jest.requireMock<{ useOverview: jest.Mock }>('../../../../src/features/nearestLeader/useOverview');

describe('the shared-contract view', () => {
  it('reads in the viewer’s language with the leader’s text as written, and saves the nearest leader’s agreement and acceptance signed', async () => {
    const s = state(opened('write'));
    useSharedContract.mockReturnValue(s);
    renderWithApp(<SharedContractView route={{ view: 'sharedContract', contract: REF }} />, { locale: 'en' });
    expect(screen.getByRole('heading', { level: 2, name: 'Leader agreement from Mette Hansen' })).toBeInTheDocument();
    // The tool's headings in English; the Danish text marked as Danish.
    expect(screen.getByRole('heading', { name: /Agreement with yourself/i })).toBeInTheDocument();
    expect(screen.getByText('Implementering af IT-projektet')).toHaveAttribute('lang', 'da');
    expect(screen.getByText(/Thursday, 3 December 2026, 10:00/)).toBeInTheDocument();
    expect(screen.getByText('Prioritering')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText(/^Agreement/), { target: { value: 'I give sparring on cross-pressure' } });
    fireEvent.change(screen.getByLabelText('When and how do we follow up?'), { target: { value: 'Every other Friday' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add agreement' })));
    const withAgreement = lastChange(s.save, sharedContract());
    expect(withAgreement.leaderAgreements.at(-1)).toMatchObject({
      text: 'I give sparring on cross-pressure',
      followUp: 'Every other Friday',
      author: 'nearestLeader',
      addedBy: { role: 'nearestLeader', displayName: 'Lars Nielsen', id: 'u-lars' },
    });

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'We agree' })));
    expect(lastChange(s.save, sharedContract()).collaboration?.acceptance).toMatchObject({ role: 'nearestLeader', displayName: 'Lars Nielsen' });

    const goals = screen.getByLabelText(/Your comment on/, { selector: '[data-comment-field="goals"]' });
    fireEvent.change(goals, { target: { value: 'Good goal' } });
    const goalsSection = goals.closest('section') as HTMLElement;
    await act(async () => fireEvent.click(within(goalsSection).getByRole('button', { name: 'Add comment' })));
    expect(lastChange(s.save, sharedContract()).collaboration?.comments).toMatchObject([
      { field: 'goals', text: 'Good goal', by: { displayName: 'Lars Nielsen' } },
    ]);
  });

  it('says so where the nearest leader may only read, and offers the chat instead', () => {
    useSharedContract.mockReturnValue(state(opened('read')));
    renderWithApp(<SharedContractView route={{ view: 'sharedContract', contract: REF }} />);
    expect(screen.getByText(/Du kan kun læse denne aftale/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Åbn chatten i Teams' })).toHaveAttribute(
      'href',
      'https://teams.microsoft.com/l/chat/0/0?users=mette.hansen%40demokommune.example',
    );
    expect(screen.queryByRole('button', { name: 'Tilføj aftale' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Vi er enige' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Dit svar til Mette Hansen'), { target: { value: 'Tak, vi tales ved' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis beskeden' }));
    expect(screen.getByText(/Tak, vi tales ved/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send i chatten' })).toBeInTheDocument();
  });

  it('links to following up on the same contract', () => {
    useSharedContract.mockReturnValue(state(opened('read')));
    renderWithApp(<SharedContractView route={{ view: 'sharedContract', contract: REF }} />);
    const link = screen.getByRole('link', { name: 'Følg op på aftalerne' });
    expect(link).toHaveAttribute('href', `?view=follow-up&contract=${encodeURIComponent(REF).replace(/%20/g, '+')}`);
    fireEvent.click(link);
    expect(new URLSearchParams(window.location.search).get('view')).toBe('follow-up');
    expect(new URLSearchParams(window.location.search).get('contract')).toBe(REF);
  });

  it('shows the acceptance instead of the button once accepted', () => {
    const accepted = {
      ...sharedContract(),
      collaboration: {
        comments: [],
        followUps: [],
        dailyChecks: [],
        acceptance: { role: 'nearestLeader' as const, displayName: 'Lars Nielsen', at: '2026-11-26T13:00:00.000Z' },
      },
    };
    useSharedContract.mockReturnValue(state(opened('write', accepted)));
    renderWithApp(<SharedContractView route={{ view: 'sharedContract', contract: REF }} />);
    expect(screen.getByText('Accepteret af Lars Nielsen, 26. november 2026')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vi er enige' })).toBeNull();
  });

  it('opens the leader’s own contract in her own view: step 2 on this device, else to read with her nearest leader’s part — never the form', () => {
    const mette = {
      id: 'u-mette',
      displayName: 'Mette Hansen',
      mail: 'mette.hansen@demokommune.example',
      userPrincipalName: 'mette.hansen@demokommune.example',
      kind: 'user' as const,
    };
    const withPart = {
      ...sharedContract(),
      leaderAgreements: [
        {
          id: 'l1',
          text: 'Jeg giver sparring',
          followUp: '',
          author: 'nearestLeader' as const,
          createdAt: '2026-12-06T09:00:00.000Z',
          addedBy: { role: 'nearestLeader' as const, displayName: 'Lars Nielsen', at: '2026-12-06T09:00:00.000Z' },
        },
      ],
    };
    const asMette = { ...state(opened('owner', withPart)), m365: { status: 'ready' as const, graph: {} as never, me: mette, retry: jest.fn() }, viewer: mette };
    useSharedContract.mockReturnValue(asMette);
    // Another device: her contract to read, with what Lars added, and no form of his.
    const other = renderWithApp(<SharedContractView route={{ view: 'sharedContract', contract: REF }} />);
    expect(screen.getByText('Det er din egen lederaftale. Her er, hvad din nærmeste leder har tilføjet.')).toBeInTheDocument();
    expect(screen.getByText('Tilføjet af Lars Nielsen den 6. december 2026')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Din kommentar/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Din del af aftalen' })).toBeNull();
    other.unmount();
    // This device holds it: step 2.
    const draft = { ...emptyDraft(), contract: { ...emptyDraft().contract, id: 'c-1' } };
    const here = renderWithApp(<SharedContractView route={{ view: 'sharedContract', contract: REF }} />, { draft });
    expect(here.draft().ui.step).toBe('contract');
  });

  it('gives someone without access a clear message, not an error page', () => {
    useSharedContract.mockReturnValue(state({ status: 'noAccess' }));
    renderWithApp(<SharedContractView route={{ view: 'sharedContract', contract: REF }} />);
    expect(screen.getByText(/Du har ikke adgang til denne lederaftale/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Til Delt med mig' })).toBeInTheDocument();
  });

  it('says a broken link is not a contract', () => {
    useSharedContract.mockReturnValue(state(undefined));
    renderWithApp(<SharedContractView route={{ view: 'sharedContract', contract: 'not a ref!' }} />);
    expect(screen.getByText(/Linket peger ikke på en lederaftale/)).toBeInTheDocument();
  });

  it('shows both texts of a conflict and saves mine when chosen', async () => {
    const conflict: MergeConflict = { target: { kind: 'field', field: 'goals' }, base: 'a', mine: 'Min tekst', theirs: 'Deres tekst' };
    const s = state(opened('write'), { conflicts: [conflict] });
    useSharedContract.mockReturnValue(s);
    renderWithApp(<SharedContractView route={{ view: 'sharedContract', contract: REF }} />);
    expect(screen.getByText('Deres tekst')).toBeInTheDocument();
    expect(screen.getByText('Min tekst')).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Brug min tekst' })));
    expect(lastChange(s.save, sharedContract()).fields.goals).toBe('Min tekst');
  });
});

describe('Delt med mig', () => {
  it('lists each contract with the leader, the period, the next follow-up and the status', () => {
    const overview: Overview = {
      rows: [
        {
          ref: { contractId: 'c-1', driveId: 'd', folderId: 'f' },
          contract: sharedContract(),
          access: 'read',
          leaderName: 'Mette Hansen',
          period: { start: '2026-11-26', end: '2027-11-26' },
          nextFollowUp: '2026-12-17',
          datesFrom: 'calendar',
          status: 'followUpDue',
          sources: ['chat'],
        },
      ],
      sources: { opened: 'ok', chat: 'ok', sharedWithMe: 'failed' },
    };
    useOverview.mockReturnValue({ m365: { status: 'ready', retry: jest.fn() }, overview, failed: false, reload: jest.fn() });
    renderWithApp(<SharedWithMeView />);
    const row = screen.getByRole('row', { name: /Mette Hansen/ });
    expect(within(row).getByRole('link', { name: 'Åbn aftalen fra Mette Hansen' })).toHaveAttribute(
      'href',
      `?view=shared-contract&contract=${encodeURIComponent(encodeContractRef({ contractId: 'c-1', driveId: 'd', folderId: 'f' }))}`,
    );
    expect(within(row).getByText('26. november 2026 – 26. november 2027')).toBeInTheDocument();
    expect(within(row).getByText('17. december 2026')).toBeInTheDocument();
    expect(within(row).getByText('Opfølgning forfalden')).toBeInTheDocument();
    expect(screen.getByText(/Nogle kilder svarede ikke/)).toBeInTheDocument();
  });

  it('says when nothing is shared', () => {
    useOverview.mockReturnValue({
      m365: { status: 'ready', retry: jest.fn() },
      overview: { rows: [], sources: { opened: 'ok', chat: 'ok', sharedWithMe: 'ok' } },
      failed: false,
      reload: jest.fn(),
    });
    renderWithApp(<SharedWithMeView />);
    expect(screen.getByText('Ingen har delt en lederaftale med dig endnu.')).toBeInTheDocument();
  });
});

describe('opening the chat card’s link at start-up', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('a located link to another contract opens the shared-contract view; a plain id or my own contract does not', () => {
    window.history.replaceState(null, '', `/?contract=${REF}#start`);
    expect(openSharedContractLink(REF, 'my-own')).toBe(true);
    expect(new URLSearchParams(window.location.search).get('view')).toBe('shared-contract');
    expect(new URLSearchParams(window.location.search).get('contract')).toBe(REF);
    window.history.replaceState(null, '', '/');
    expect(openSharedContractLink('c-1', 'my-own')).toBe(false);
    expect(openSharedContractLink(REF, 'c-1')).toBe(false);
    expect(openSharedContractLink(undefined, 'c-1')).toBe(false);
    expect(window.location.search).toBe('');
  });
});
