/**
 * The follow-up agendas' version in the contract (stale after the nearest leader closes, or after an
 * agreement changes; not before the close), and the dialogue view in a meeting whose contract is not
 * on this device: it looks among the contracts shared with me by the meeting chat.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { agendasStale, agendaVersion, markAgendasUpdated } from '../../../../src/features/dialogue/finishDialogue';
import { closeDialogue, signatureFor, updateLeaderAgreement } from '../../../../src/features/dialogue/dialogueModel';
import type { Contract } from '../../../../src/domain/model';
import type { OpenedContract } from '../../../../src/store/sharedContract';
import DialogueView from '../../../../src/features/dialogue/DialogueView';
import { filledDraft, MONTHLY_FOLLOW_UP } from '../../domain/fixtures';
import { renderWithApp } from '../support/renderWithApp';

jest.mock('../../../../src/ui/m365', () => ({ useMicrosoft365: jest.fn() }));
jest.mock('../../../../src/features/dialogue/meetingContext', () => ({ readMeetingContext: jest.fn() }));
jest.mock('../../../../src/features/dialogue/findMeetingContract', () => ({ findSharedContractForMeeting: jest.fn() }));
jest.mock('../../../../src/store/sharedContract', () => ({ openContract: jest.fn(), saveContract: jest.fn() }));
const { useMicrosoft365 } = jest.requireMock<{ useMicrosoft365: jest.Mock }>('../../../../src/ui/m365');
const { readMeetingContext } = jest.requireMock<{ readMeetingContext: jest.Mock }>('../../../../src/features/dialogue/meetingContext');
const { findSharedContractForMeeting } = jest.requireMock<{ findSharedContractForMeeting: jest.Mock }>('../../../../src/features/dialogue/findMeetingContract');
const { openContract } = jest.requireMock<{ openContract: jest.Mock }>('../../../../src/store/sharedContract');

const CHAT = '19:meeting_abc@thread.v2';

function booked(): Contract {
  return {
    ...filledDraft().contract,
    id: 'c-shared',
    leader: { displayName: 'Mette Hansen', mail: 'mette@x.dk', id: 'mette-id' },
    nearestLeader: { displayName: 'Lars Nielsen', mail: 'lars@x.dk', id: 'lars-id' },
    bookings: {
      dialogue: {
        transactionId: 't',
        start: '2026-12-03T10:00:00',
        end: '2026-12-03T10:45:00',
        timeZone: 'Romance Standard Time',
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
      },
      followUps: [MONTHLY_FOLLOW_UP],
      reminders: [],
    },
    collaboration: { comments: [], followUps: [], dailyChecks: [], dialogue: { meetingChatId: CHAT } },
  };
}

describe('the agendas’ version', () => {
  const lars = signatureFor('nearestLeader', { id: 'lars-id', displayName: 'Lars Nielsen' }, new Date('2026-12-03T10:45:00Z'));

  it('is not due before the dialogue is closed; due after the nearest leader closes; settled once recorded; due again when an agreement changes', () => {
    const c = booked();
    expect(agendasStale(c)).toBe(false);
    const closed = closeDialogue(c, lars);
    expect(agendasStale(closed)).toBe(true);
    const recorded = markAgendasUpdated(closed, agendaVersion(closed), new Date('2026-12-04T08:00:00Z'));
    expect(recorded.collaboration?.dialogue).toMatchObject({
      closedBy: lars,
      meetingChatId: CHAT,
      agendasVersion: agendaVersion(closed),
      agendasUpdatedAt: '2026-12-04T08:00:00.000Z',
    });
    expect(agendasStale(recorded)).toBe(false);
    const first = recorded.leaderAgreements[0]!;
    const changed = updateLeaderAgreement(recorded, first.id, { text: `${first.text} – og budgettet` });
    expect(agendaVersion(changed)).not.toBe(agendaVersion(recorded));
    expect(agendasStale(changed)).toBe(true);
    // A change the agenda does not show (a field text) does not make it due.
    expect(agendasStale({ ...recorded, fields: { ...recorded.fields, goals: 'Andet' } })).toBe(false);
  });

  it('is never due without booked series', () => {
    const c = closeDialogue({ ...booked(), bookings: { ...booked().bookings!, followUps: [] } }, lars);
    expect(agendasStale(c)).toBe(false);
  });
});

describe('the dialogue view in a meeting tab added by hand', () => {
  const larsMe = { id: 'lars-id', displayName: 'Lars Nielsen', mail: 'lars@x.dk', userPrincipalName: 'lars@x.dk', kind: 'user' };
  beforeEach(() => {
    window.history.replaceState(null, '', '/?view=dialogue');
    useMicrosoft365.mockReturnValue({ status: 'ready', graph: {}, me: larsMe, retry: jest.fn() });
    readMeetingContext.mockResolvedValue({ frameContext: 'sidePanel', chatId: CHAT });
  });
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('finds the contract among those shared with me by the meeting chat, and opens it', async () => {
    const contract = booked();
    const found: OpenedContract = {
      status: 'opened',
      contract,
      eTag: 'e1',
      access: 'write',
      location: { itemId: 'json-1', driveId: 'b!d' },
      ref: { contractId: 'c-shared', driveId: 'b!d', itemId: 'json-1' },
    };
    findSharedContractForMeeting.mockResolvedValue(found);
    openContract.mockResolvedValue(found);
    const view = renderWithApp(<DialogueView route={{ view: 'dialogue' }} />);
    await waitFor(() => expect(screen.getByTestId('dialogue-panel')).toHaveAttribute('data-contract-id', 'c-shared'));
    expect(findSharedContractForMeeting).toHaveBeenCalledWith({}, expect.objectContaining({ id: 'lars-id' }), CHAT);
    expect(openContract).toHaveBeenCalledWith({}, found.ref, expect.anything());
    expect(screen.getByRole('heading', { name: 'Dialogen med Mette Hansen' })).toBeInTheDocument();
    act(() => view.unmount());
  });

  it('falls back to this device’s own draft when nothing shared with me has this meeting', async () => {
    findSharedContractForMeeting.mockResolvedValue(undefined);
    openContract.mockReset();
    const view = renderWithApp(<DialogueView route={{ view: 'dialogue' }} />);
    await waitFor(() => expect(screen.getByTestId('dialogue-save-status')).toHaveAttribute('data-status', 'local'));
    expect(openContract).not.toHaveBeenCalled();
    act(() => view.unmount());
  });
});
