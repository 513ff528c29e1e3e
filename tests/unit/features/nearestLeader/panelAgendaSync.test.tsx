/**
 * Step 3's "Fra din nærmeste leder" panel, in the leader's app: when the nearest leader closed the
 * dialogue, the follow-up agendas are PATCHed and the version recorded — with progress, the result,
 * and on failure the error with "Prøv igen". The nearest leader's own app never PATCHes.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Contract, Draft } from '../../../../src/domain/model';
import type { OpenedContract } from '../../../../src/store/sharedContract';
import type { SharedContractState } from '../../../../src/features/nearestLeader/useSharedContract';
import { closeDialogue, signatureFor } from '../../../../src/features/dialogue/dialogueModel';
import { agendaVersion } from '../../../../src/features/dialogue/finishDialogue';
import { FromNearestLeaderPanel } from '../../../../src/features/nearestLeader/FromNearestLeaderPanel';
import { GraphAppError } from '../../../../src/graph/errors';
import { filledDraft, MONTHLY_FOLLOW_UP } from '../../domain/fixtures';
import { renderWithApp } from '../support/renderWithApp';

jest.mock('../../../../src/features/nearestLeader/useSharedContract', () => ({ useSharedContract: jest.fn() }));
const { useSharedContract } = jest.requireMock<{ useSharedContract: jest.Mock }>('../../../../src/features/nearestLeader/useSharedContract');

const mette = { id: 'u-mette', displayName: 'Mette Hansen', mail: 'mette@x.dk', userPrincipalName: 'mette@x.dk' };

function closedByLars(): Contract {
  const c: Contract = {
    ...filledDraft().contract,
    leader: { displayName: 'Mette Hansen', mail: 'mette@x.dk', id: 'u-mette' },
    nearestLeader: { displayName: 'Lars Nielsen', mail: 'lars@x.dk', id: 'u-lars' },
    bookings: {
      followUps: [MONTHLY_FOLLOW_UP],
      reminders: [],
      storage: {
        folderId: 'folder-1',
        folderPath: 'Lederdialog/2026 Mette Hansen',
        json: { itemId: 'json-1' },
        docx: { itemId: 'docx-1', webUrl: 'https://x/Lederaftale.docx' },
      },
    },
  };
  return closeDialogue(c, signatureFor('nearestLeader', { id: 'u-lars', displayName: 'Lars Nielsen' }, new Date('2026-12-03T10:45:00Z')));
}

function setup(graph: { send: jest.Mock }, viewer = mette) {
  const contract = closedByLars();
  const opened: OpenedContract = {
    status: 'opened',
    contract,
    eTag: 'e',
    access: 'owner',
    location: { itemId: 'json-1', folderId: 'folder-1' },
    ref: { contractId: contract.id, itemId: 'json-1' },
  };
  const state: SharedContractState & { save: jest.Mock } = {
    m365: { status: 'ready', graph: graph as never, me: { ...viewer, kind: 'user' } as never, retry: jest.fn() },
    viewer,
    result: opened,
    save: jest.fn().mockResolvedValue(true),
    saveStatus: { kind: 'idle' },
    conflicts: [],
    dismissConflict: jest.fn(),
    reload: jest.fn(),
  };
  useSharedContract.mockReturnValue(state);
  const draft: Draft = { ...filledDraft(), contract };
  return { state, contract, draft };
}

it('PATCHes the series once and records the version, showing the result', async () => {
  const graph = { send: jest.fn().mockResolvedValue({ status: 200, headers: new Headers(), body: { id: 'series-1' } }) };
  const { state, contract, draft } = setup(graph);
  renderWithApp(<FromNearestLeaderPanel />, { draft });
  await waitFor(() => expect(screen.getByTestId('agenda-sync')).toHaveAttribute('data-state', 'updated'));
  expect(screen.getByText('Dagsordenen for opfølgningerne er opdateret med aftalerne.')).toBeInTheDocument();
  expect(graph.send).toHaveBeenCalledTimes(1);
  const call = graph.send.mock.calls[0]![0] as { method: string; path: string; body: { body: { content: string } } };
  expect(call).toMatchObject({ method: 'PATCH', path: '/me/events/series-1' });
  expect(call.body.body.content).toContain(contract.leaderAgreements[0]!.text.slice(0, 20));
  const change = state.save.mock.calls[0]![0] as (c: Contract) => Contract;
  expect(change(contract).collaboration?.dialogue?.agendasVersion).toBe(agendaVersion(contract));
});

it('shows the error and tries again on request', async () => {
  const refused = new GraphAppError('throttled', { status: 503, code: 'serviceUnavailable' });
  const graph = {
    send: jest
      .fn()
      .mockRejectedValueOnce(refused)
      .mockResolvedValue({ status: 200, headers: new Headers(), body: { id: 'series-1' } }),
  };
  const { state, draft } = setup(graph);
  renderWithApp(<FromNearestLeaderPanel />, { draft });
  await waitFor(() => expect(screen.getByTestId('agenda-sync')).toHaveAttribute('data-state', 'failed'));
  expect(screen.getByText(/Dagsordenerne for opfølgningerne kunne ikke opdateres\./)).toBeInTheDocument();
  expect(state.save).not.toHaveBeenCalled();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' })));
  await waitFor(() => expect(screen.getByTestId('agenda-sync')).toHaveAttribute('data-state', 'updated'));
  expect(graph.send).toHaveBeenCalledTimes(2);
  expect(state.save).toHaveBeenCalledTimes(1);
});
