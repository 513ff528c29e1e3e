import { DIALOGUE_MINUTES, bookedStartNearNow, dialogueClock } from '../../../../src/features/dialogue/dialogueClock';
import {
  addLeaderAgreement,
  closeDialogue,
  isDialogueClosed,
  roleOf,
  signatureFor,
  updateLeaderAgreement,
} from '../../../../src/features/dialogue/dialogueModel';
import { meetingChatOf, refOfStoredContract, resolveDialogue } from '../../../../src/features/dialogue/resolveDialogue';
import { encodeContractRef } from '../../../../src/host/deepLink';
import type { Contract } from '../../../../src/domain/model';
import { filledDraft, NOW } from '../../domain/fixtures';

const contract = (): Contract => ({
  ...filledDraft().contract,
  leader: { displayName: 'Mette Hansen', mail: 'mette@x.dk', id: 'mette-id' },
  nearestLeader: { displayName: 'Lars Nielsen', mail: 'lars@x.dk', id: 'lars-id' },
});
const lars = { id: 'lars-id', mail: 'LARS@x.dk', displayName: 'Lars Nielsen' };

describe('the 45-minute indicator', () => {
  const start = Date.parse('2026-11-26T13:00:00Z');
  const at = (minutes: number) => start + minutes * 60_000;

  it('runs quietly, then prompts in the last ten minutes, then is over', () => {
    expect(dialogueClock(undefined, at(3)).phase).toBe('notStarted');
    expect(dialogueClock(start, at(0))).toEqual({ phase: 'running', elapsedMinutes: 0, remainingMinutes: 45, fraction: 0 });
    expect(dialogueClock(start, at(34.5))).toMatchObject({ phase: 'running', elapsedMinutes: 34, remainingMinutes: 11 });
    expect(dialogueClock(start, at(35))).toMatchObject({ phase: 'nearEnd', remainingMinutes: 10 });
    expect(dialogueClock(start, at(44.9))).toMatchObject({ phase: 'nearEnd', remainingMinutes: 1 });
    expect(dialogueClock(start, at(45))).toMatchObject({ phase: 'over', elapsedMinutes: DIALOGUE_MINUTES, remainingMinutes: 0, fraction: 1 });
    expect(dialogueClock(start, at(90)).fraction).toBe(1);
  });

  it('starts from the booked time only when the dialogue is around now', () => {
    const booked = '2026-11-26T13:30:00';
    const startMs = new Date(booked).getTime();
    expect(bookedStartNearNow(booked, startMs + 5 * 60_000)).toBe(startMs);
    expect(bookedStartNearNow(booked, startMs - 8 * 60_000)).toBe(startMs);
    expect(bookedStartNearNow(booked, startMs - 60 * 60_000)).toBeUndefined();
    expect(bookedStartNearNow(booked, startMs + 3 * 3600_000)).toBeUndefined();
    expect(bookedStartNearNow(undefined, startMs)).toBeUndefined();
  });
});

describe('writing and closing the dialogue', () => {
  it('knows who writes, by id or address', () => {
    expect(roleOf(contract(), lars)).toBe('nearestLeader');
    expect(roleOf(contract(), { mail: 'mette@x.dk', displayName: 'M' })).toBe('leader');
    expect(roleOf(contract(), { id: 'someone', displayName: 'S' })).toBeUndefined();
  });

  it('adds agreements signed by their writer and updates them as typed', () => {
    const by = signatureFor('nearestLeader', lars, NOW);
    let c = addLeaderAgreement(contract(), 'a-lars', by);
    c = updateLeaderAgreement(c, 'a-lars', { text: 'Vi mødes hver 14. dag' });
    c = updateLeaderAgreement(c, 'a-lars', { followUp: 'Status på mødet' });
    const added = c.leaderAgreements.find((a) => a.id === 'a-lars');
    expect(added).toMatchObject({
      text: 'Vi mødes hver 14. dag',
      followUp: 'Status på mødet',
      author: 'nearestLeader',
      addedBy: { role: 'nearestLeader', displayName: 'Lars Nielsen', id: 'lars-id' },
    });
  });

  it('"Afslut dialogen" marks written agreements in force as agreed with the date, and closes', () => {
    const earlier = '2026-10-01T10:00:00.000Z';
    let c = contract();
    c = {
      ...c,
      leaderAgreements: [
        ...c.leaderAgreements,
        { id: 'old', text: 'Allerede aftalt', followUp: '', createdAt: earlier, agreedAt: earlier },
        { id: 'gone', text: 'Droppet', followUp: '', createdAt: earlier, droppedAt: earlier },
      ],
    };
    c = addLeaderAgreement(c, 'empty', signatureFor('leader', { displayName: 'Mette Hansen' }, NOW));
    const by = signatureFor('leader', { id: 'mette-id', displayName: 'Mette Hansen' }, NOW);
    expect(isDialogueClosed(c)).toBe(false);
    const closed = closeDialogue(c, by);
    expect(isDialogueClosed(closed)).toBe(true);
    expect(closed.collaboration?.dialogue).toEqual({ closedAt: NOW.toISOString(), closedBy: by });
    const byId = new Map(closed.leaderAgreements.map((a) => [a.id, a]));
    expect(byId.get(c.leaderAgreements[0]!.id)?.agreedAt).toBe(NOW.toISOString());
    expect(byId.get('old')?.agreedAt).toBe(earlier);
    expect(byId.get('gone')?.agreedAt).toBeUndefined();
    expect(byId.get('empty')?.agreedAt).toBeUndefined();
    // Collaboration records already there are kept.
    expect(closed.collaboration?.comments).toEqual([]);
  });
});

describe('which contract belongs to this dialogue', () => {
  const booked = () => {
    const c = contract();
    return {
      ...c,
      bookings: {
        followUps: [],
        reminders: [],
        dialogue: {
          transactionId: 't',
          start: '2026-11-26T13:30:00',
          end: '2026-11-26T14:15:00',
          timeZone: 'Romance Standard Time',
          joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3Ameeting_abc%40thread.v2/0?context=%7B%7D',
        },
        storage: { folderPath: 'Lederdialog/2026 Mette Hansen', driveId: 'drive-1', folderId: 'folder-1', json: { itemId: 'json-1' }, docx: {} },
      },
    };
  };

  it("takes the tab's own reference first", () => {
    const ref = { contractId: 'c-123', driveId: 'd', itemId: 'i' };
    expect(resolveDialogue({ routeContract: encodeContractRef(ref), meeting: { chatId: 'x' }, draftContract: booked() })).toEqual({ source: 'link', ref });
    expect(resolveDialogue({ meeting: { subPageId: encodeContractRef(ref) } })).toEqual({ source: 'link', ref });
  });

  it('matches the meeting chat against the booked meeting, without searching', () => {
    const c = booked();
    expect(meetingChatOf(c)).toBe('19:meeting_abc@thread.v2');
    expect(resolveDialogue({ meeting: { chatId: '19:meeting_abc@thread.v2', frameContext: 'meetingSidePanel' }, draftContract: c })).toEqual({
      source: 'meetingChat',
      ref: { contractId: c.id, itemId: 'json-1', driveId: 'drive-1', folderId: 'folder-1' },
    });
    expect(refOfStoredContract(contract())).toBeUndefined();
    expect(resolveDialogue({ draftContract: contract() })).toEqual({ source: 'localDraft' });
    expect(resolveDialogue({})).toEqual({ source: 'none' });
  });
});
