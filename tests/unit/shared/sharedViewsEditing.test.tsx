/**
 * The shared-contract view: the author's edit and delete of their own comments, and a save OneDrive
 * refuses after the grant could not be read (read-only from then on, the typed words in the chat reply).
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Contract } from '../../../src/domain/model';
import { encodeContractRef } from '../../../src/host/deepLink';
import type { OpenContractResult, OpenedContract } from '../../../src/store/sharedContract';
import { READ_ONLY_REFUSED } from '../../../src/store/sharedContract';
import type { SharedContractState } from '../../../src/features/shared/useSharedContract';
import SharedContractView from '../../../src/features/shared/SharedContractView';
import { filledDraft } from '../domain/fixtures';
import { renderWithApp } from '../features/support/renderWithApp';

jest.mock('../../../src/features/shared/useSharedContract', () => ({ useSharedContract: jest.fn() }));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useSharedContract } = jest.requireMock('../../../src/features/shared/useSharedContract') as { useSharedContract: jest.Mock };

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

const lars = { id: 'u-lars', displayName: 'Lars Nielsen', mail: 'lars.nielsen@demokommune.example', userPrincipalName: 'lars.nielsen@demokommune.example' };
const REF = encodeContractRef({ contractId: 'c-1', driveId: 'b!drive', folderId: 'folder-1' });

function sharedContract(): Contract {
  const c = filledDraft().contract;
  return {
    ...c,
    id: 'c-1',
    leader: { displayName: 'Mette Hansen', id: 'u-mette', mail: 'mette.hansen@demokommune.example', kind: 'user' },
    nearestLeader: { displayName: 'Lars Nielsen', id: 'u-lars', mail: lars.mail, kind: 'user' },
    bookings: { followUps: [], reminders: [], dialogue: { transactionId: 't', start: '2026-12-03T10:00:00', end: '2026-12-03T10:45:00', timeZone: 'Romance Standard Time', joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' } },
  };
}

function opened(access: OpenedContract['access'], contract: Contract = sharedContract()): OpenedContract {
  return { status: 'opened', contract, eTag: 'e1', access, location: { itemId: 'json-1', driveId: 'b!drive', folderId: 'folder-1' }, ref: { contractId: 'c-1', driveId: 'b!drive', itemId: 'json-1', folderId: 'folder-1' } };
}

function state(result: OpenContractResult | undefined, extra: Partial<SharedContractState> = {}): SharedContractState & { save: jest.Mock } {
  return {
    m365: { status: 'ready', graph: {} as never, me: { ...lars, kind: 'user' }, retry: jest.fn() },
    viewer: lars,
    ...(result ? { result } : {}),
    save: jest.fn().mockResolvedValue(true),
    saveStatus: { kind: 'idle' },
    conflicts: [],
    dismissConflict: jest.fn(),
    reload: jest.fn(),
    ...extra,
  } as SharedContractState & { save: jest.Mock };
}

function lastChange(save: jest.Mock, base: Contract): Contract {
  const change = save.mock.calls.at(-1)?.[0] as (c: Contract) => Contract;
  return change(base);
}

const written = '2026-11-26T13:00:00.000Z';
function withComments(): Contract {
  const c = sharedContract();
  return {
    ...c,
    collaboration: {
      comments: [
        { id: 'c-lars', field: 'goals', text: 'Mit første ord', by: { role: 'nearestLeader', displayName: 'Lars Nielsen', id: 'u-lars', at: written } },
        { id: 'c-mette', field: 'goals', text: 'Mettes svar', by: { role: 'leader', displayName: 'Mette Hansen', id: 'u-mette', at: written } },
        { id: 'c-gone', field: 'goals', text: '', by: { role: 'nearestLeader', displayName: 'Lars Nielsen', id: 'u-lars', at: written }, deletedAt: written },
      ],
      followUps: [],
      dailyChecks: [],
    },
  };
}

describe('own comments', () => {
  it('the author edits their comment (signed with the time of the edit) and deletes it after confirming; others’ comments have neither', async () => {
    const s = state(opened('write', withComments()));
    useSharedContract.mockReturnValue(s);
    renderWithApp(<SharedContractView route={{ view: 'sharedContract', contract: REF }} />);
    const mine = document.querySelector('[data-comment-id="c-lars"]') as HTMLElement;
    const theirs = document.querySelector('[data-comment-id="c-mette"]') as HTMLElement;
    expect(document.querySelector('[data-comment-id="c-gone"]')).toBeNull();
    expect(within(theirs).queryByRole('button')).toBeNull();

    fireEvent.click(within(mine).getByRole('button', { name: 'Ret: Mit første ord' }));
    fireEvent.change(within(mine).getByLabelText('Ret din kommentar'), { target: { value: 'Mit rettede ord' } });
    await act(async () => fireEvent.click(within(mine).getByRole('button', { name: 'Gem rettelsen' })));
    const afterEdit = lastChange(s.save, withComments());
    const comment = afterEdit.collaboration?.comments.find((c) => c.id === 'c-lars');
    expect(comment).toMatchObject({ text: 'Mit rettede ord', by: { at: written } });
    expect(comment?.editedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    fireEvent.click(within(mine).getByRole('button', { name: 'Slet: Mit første ord' }));
    expect(within(mine).getByText('Slet kommentaren? Teksten fjernes helt fra aftalen.')).toBeInTheDocument();
    await act(async () => fireEvent.click(within(mine).getByRole('button', { name: 'Ja, slet' })));
    const afterDelete = lastChange(s.save, withComments());
    expect(afterDelete.collaboration?.comments.find((c) => c.id === 'c-lars')).toMatchObject({ text: '', deletedAt: expect.any(String) });
    expect(JSON.stringify(afterDelete)).not.toContain('Mit første ord');
  });

  it('shows an edited comment signed with the edit’s date', () => {
    const c = withComments();
    c.collaboration!.comments[0] = { ...c.collaboration!.comments[0]!, editedAt: '2026-11-27T09:00:00.000Z' };
    useSharedContract.mockReturnValue(state(opened('read', c)));
    renderWithApp(<SharedContractView route={{ view: 'sharedContract', contract: REF }} />);
    expect(screen.getByText(/Lars Nielsen, rettet 27\. november 2026/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Ret/ })).toBeNull(); // read-only: nothing to change
  });
});

describe('a grant that could not be read', () => {
  it('offers editing; when OneDrive refuses the save, it turns read-only with the clear message and the typed words wait in the chat reply', async () => {
    const s = state(opened('maybeWrite'));
    // The hook's answer to a refused save: false, and the contract read-only from then on.
    s.save.mockImplementation(async () => {
      useSharedContract.mockReturnValue({ ...s, result: opened('read'), saveStatus: { kind: 'readOnly', message: READ_ONLY_REFUSED } });
      return false;
    });
    useSharedContract.mockReturnValue(s);
    renderWithApp(<SharedContractView route={{ view: 'sharedContract', contract: REF }} />);
    fireEvent.change(screen.getByLabelText(/^Aftale/), { target: { value: 'Vi tager sparring hver 14. dag' } });
    fireEvent.change(screen.getByLabelText('Hvornår og hvordan følger vi op?'), { target: { value: 'På vores 1:1' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tilføj aftale' })));
    expect(s.save).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/OneDrive tillod ikke, at du gemmer i denne aftale/)).toBeInTheDocument();
    expect(screen.getByText(/Det, du skrev, står i svaret til chatten herunder/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tilføj aftale' })).toBeNull();
    expect(screen.getByLabelText('Dit svar til Mette Hansen')).toHaveValue('Vi tager sparring hver 14. dag\nOpfølgning: På vores 1:1');
  });
});
