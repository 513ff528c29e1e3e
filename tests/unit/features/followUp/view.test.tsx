/**
 * The follow-up view as a whole, with Microsoft 365 and the shared contract in OneDrive replaced by
 * an in-memory drive (the store's openContract/saveContract):
 *  - a text both people changed is shown with both texts; "Brug min tekst" saves mine, the choice
 *    is kept over a reload until made;
 *  - the nearest leader with write access records signed as nearestLeader; with read access the
 *    view is read-only and says so, and nothing is sent;
 *  - "Udskriv" calls window.print.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Contract, Draft } from '../../../../src/domain/model';
import { encodeContractRef } from '../../../../src/host/deepLink';
import type { OpenedContract, SaveContractResult } from '../../../../src/store/sharedContract';
import FollowUpView from '../../../../src/features/followUp/FollowUpView';
import { sharedForm } from '../../../../src/features/followUp/sharedSave';
import { filledDraft } from '../../domain/fixtures';
import { renderWithApp } from '../support/renderWithApp';

const mockM365 = {
  status: 'ready' as const,
  graph: {} as unknown,
  me: { id: 'mette', displayName: 'Mette Hansen', mail: 'mette@x.dk', userPrincipalName: 'mette@x.dk', kind: 'user' as const },
  retry: () => undefined,
};
jest.mock('../../../../src/ui/m365', () => ({ useMicrosoft365: () => mockM365 }));

/** The drive: one lederaftale.json, its eTag and the access the viewer has. */
const drive: { remote?: Contract; eTag: number; access: 'owner' | 'write' | 'read'; saves: Contract[] } = { eTag: 1, access: 'owner', saves: [] };
jest.mock('../../../../src/store/sharedContract', () => {
  const actual = jest.requireActual('../../../../src/store/sharedContract');
  const clone = <T,>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  const opened = (): OpenedContract => ({
    status: 'opened',
    contract: clone(drive.remote as Contract),
    eTag: `e${drive.eTag}`,
    access: drive.access,
    location: { itemId: 'J', folderId: 'F', driveId: 'D' },
    ref: { contractId: (drive.remote as Contract).id, itemId: 'J', driveId: 'D' },
  });
  return {
    ...actual,
    openContract: jest.fn(async () => opened()),
    saveContract: jest.fn(async (_graph: unknown, _opened: OpenedContract, mine: Contract): Promise<SaveContractResult> => {
      if (drive.access === 'read') return { status: 'readOnly' };
      drive.remote = clone(mine);
      drive.eTag += 1;
      drive.saves.push(clone(mine));
      return { status: 'saved', contract: clone(mine), eTag: `e${drive.eTag}`, conflicts: [], opened: opened(), docx: { status: 'skipped' } };
    }),
  };
});

const LEADER_TEXT = 'Vi drøfter og prioriterer de vigtigste sager på vores ugentlige møde';

function booked(): Draft {
  const d = filledDraft();
  const contract: Contract = {
    ...d.contract,
    leader: { displayName: 'Mette Hansen', id: 'mette', mail: 'mette@x.dk', kind: 'user' },
    nearestLeader: { displayName: 'Lars Nielsen', id: 'lars', mail: 'lars@x.dk', kind: 'user' },
    bookings: {
      followUps: [],
      reminders: [],
      storage: { folderPath: 'Lederdialog/2026 Mette Hansen', folderId: 'F', json: { itemId: 'J', eTag: 'e1' }, docx: { itemId: 'X' } },
    },
  };
  return { ...d, contract };
}

function renderView(draft: Draft, search = '?view=follow-up') {
  window.history.replaceState(null, '', `/${search}`);
  const contract = new URLSearchParams(search).get('contract');
  return renderWithApp(
    <FluentProvider theme={webLightTheme}>
      <FollowUpView route={{ view: 'followUp', ...(contract ? { contract } : {}) }} />
    </FluentProvider>,
    { draft },
  );
}

beforeEach(() => {
  localStorage.clear();
  drive.saves = [];
  drive.eTag = 1;
  drive.access = 'owner';
});

describe('a text both people changed', () => {
  it('shows both texts; "Brug min tekst" saves mine; until chosen, the choice survives a reload', async () => {
    const draft = booked();
    const original = sharedForm(draft.contract);
    const leaderId = draft.contract.leaderAgreements[0]!.id;
    const withText = (c: Contract, text: string): Contract => ({
      ...c,
      leaderAgreements: c.leaderAgreements.map((a) => (a.id === leaderId ? { ...a, text } : a)),
    });
    // This device last saved the original; the nearest leader has since saved their wording; mine differs.
    localStorage.setItem(`lederdialog.followUp.base.${draft.contract.id}`, JSON.stringify(original));
    drive.remote = withText(original, 'Deres formulering');
    const mine: Draft = { ...draft, contract: withText(draft.contract, 'Min formulering') };

    const first = renderView(mine);
    const conflicts = await screen.findByTestId('follow-up-conflicts', undefined, { timeout: 4000 });
    expect(within(conflicts).getByText(/^Deres tekst: Deres formulering$/)).toBeInTheDocument();
    expect(within(conflicts).getByText(/^Din tekst: Min formulering$/)).toBeInTheDocument();
    expect(within(conflicts).getByText('Aftalen „Deres formulering“')).toBeInTheDocument();
    // The merge kept theirs in the contract (and in OneDrive); mine waits here, not overwritten.
    expect(drive.remote?.leaderAgreements[0]?.text).toBe('Deres formulering');
    first.unmount();

    // A reload before choosing: the choice is still offered.
    const second = renderView(first.draft());
    const again = await screen.findByTestId('follow-up-conflicts');
    await userEvent.click(within(again).getByRole('button', { name: 'Brug min tekst' }));
    expect(screen.queryByTestId('follow-up-conflicts')).toBeNull();
    expect(second.draft().contract.leaderAgreements[0]?.text).toBe('Min formulering');
    await waitFor(() => expect(drive.remote?.leaderAgreements[0]?.text).toBe('Min formulering'), { timeout: 4000 });
    second.unmount();
    renderView(second.draft());
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    expect(screen.queryByTestId('follow-up-conflicts')).toBeNull();
  });

  it('"Behold deres" keeps their text and sends nothing more', async () => {
    const draft = booked();
    const original = sharedForm(draft.contract);
    const field = 'goals';
    localStorage.setItem(`lederdialog.followUp.base.${draft.contract.id}`, JSON.stringify(original));
    drive.remote = { ...original, fields: { ...original.fields, [field]: 'Deres mål' } };
    const view = renderView({ ...draft, contract: { ...draft.contract, fields: { ...draft.contract.fields, [field]: 'Mine mål' } } });
    const conflicts = await screen.findByTestId('follow-up-conflicts', undefined, { timeout: 4000 });
    const savesBefore = drive.saves.length;
    await userEvent.click(within(conflicts).getByRole('button', { name: 'Behold deres' }));
    expect(screen.queryByTestId('follow-up-conflicts')).toBeNull();
    expect(view.draft().contract.fields[field]).toBe('Deres mål');
    await act(async () => new Promise((r) => setTimeout(r, 900)));
    expect(drive.saves.length).toBe(savesBefore);
    expect(drive.remote?.fields[field]).toBe('Deres mål');
  });
});

describe('the nearest leader opens the follow-up view of a shared contract', () => {
  const asLars = () =>
    Object.assign(mockM365, { me: { id: 'lars', displayName: 'Lars Nielsen', mail: 'lars@x.dk', userPrincipalName: 'lars@x.dk', kind: 'user' as const } });
  const asMette = () =>
    Object.assign(mockM365, { me: { id: 'mette', displayName: 'Mette Hansen', mail: 'mette@x.dk', userPrincipalName: 'mette@x.dk', kind: 'user' as const } });
  afterEach(asMette);

  function sharedLink(contract: Contract): string {
    return `?view=follow-up&contract=${encodeContractRef({ contractId: contract.id, driveId: 'D', itemId: 'J' })}`;
  }

  it('with write access: records are signed with their role and saved to the shared contract', async () => {
    asLars();
    const leaders = booked();
    drive.remote = sharedForm(leaders.contract);
    drive.access = 'write';
    // Lars's own app holds a draft of his own (a different contract).
    const own = filledDraft();
    renderView(own, sharedLink(leaders.contract));
    const view = await screen.findByTestId('follow-up-view');
    await waitFor(() => expect(view).toHaveAttribute('data-access', 'write'));
    expect(view).toHaveAttribute('data-role', 'nearestLeader');
    expect(screen.getByText(/gemmes i den fælles aftale med dit navn \(Lars Nielsen, nærmeste leder\)/)).toBeInTheDocument();
    expect(screen.queryByText('Dagligt kryds')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Opgiv aftalen' })).toBeNull();

    const row = within(screen.getByTestId('record-now')).getByText(LEADER_TEXT).closest('li') as HTMLElement;
    await userEvent.click(within(row).getByRole('radio', { name: 'Delvist' }));
    await waitFor(() => expect(drive.saves.length).toBeGreaterThan(0), { timeout: 4000 });
    const record = drive.remote?.collaboration?.followUps.find((r) => r.status === 'partly');
    expect(record?.by).toMatchObject({ role: 'nearestLeader', displayName: 'Lars Nielsen', id: 'lars' });
    expect(drive.remote?.id).toBe(leaders.contract.id);
    await waitFor(() => expect(screen.getByTestId('shared-status')).toHaveTextContent('Gemt i den fælles aftale.'));
  });

  it('with read access: read-only, with a clear line, and nothing is sent', async () => {
    asLars();
    const leaders = booked();
    drive.remote = sharedForm(leaders.contract);
    drive.access = 'read';
    renderView(filledDraft(), sharedLink(leaders.contract));
    const line = await screen.findByTestId('read-only-line');
    expect(line).toHaveTextContent('Du kan kun læse denne aftale');
    expect(screen.queryByTestId('record-now')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Revidér aftalen' })).toBeNull();
    // The history is there to read.
    expect(screen.getAllByText(LEADER_TEXT).length).toBeGreaterThan(0);
    await act(async () => new Promise((r) => setTimeout(r, 800)));
    expect(drive.saves).toEqual([]);
  });
});

describe('Udskriv', () => {
  it('calls window.print', async () => {
    drive.remote = sharedForm(booked().contract);
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderView(booked());
    await userEvent.click(screen.getByRole('button', { name: 'Udskriv' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
