/**
 * The shared-contract view: the author's edit and delete of their own comments, and a save OneDrive
 * refuses after the grant could not be read (read-only from then on, the typed words in the chat reply).
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Contract } from '../../../../src/domain/model';
import { contractTroubleMessage } from '../../../../src/features/nearestLeader/contractAccessStrings';
import SharedContractView from '../../../../src/features/nearestLeader/SharedContractView';
import { renderWithApp } from '../support/renderWithApp';
import { REF, lastChange, opened, sharedContract, state } from './sharedViewFixtures';

jest.mock('../../../../src/features/nearestLeader/useSharedContract', () => ({ useSharedContract: jest.fn() }));
const { useSharedContract } = jest.requireMock<{ useSharedContract: jest.Mock }>('../../../../src/features/nearestLeader/useSharedContract');

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
      useSharedContract.mockReturnValue({
        ...s,
        result: opened('read'),
        saveStatus: { kind: 'readOnly', message: contractTroubleMessage({ status: 'readOnly', refused: true }) },
      });
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
