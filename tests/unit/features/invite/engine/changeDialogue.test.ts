import { createEmptyContract } from '../../../../../src/domain/draft';
import type { Contract } from '../../../../../src/domain/model';
import type { GraphClient } from '../../../../../src/graph/client';
import { errorFromResponse } from '../../../../../src/graph/errors';
import { cancelDialogue, rescheduleDialogue } from '../../../../../src/features/invite/engine';
import { inviteStrings } from '../../../../../src/features/invite/strings';

const now = new Date('2026-11-26T08:00:00Z');
const zone = 'Romance Standard Time';
/** Never called: every refusal here comes before Graph is asked. */
const graph = {} as GraphClient;

function booked(): Contract {
  const c = createEmptyContract(now, 'da');
  return {
    ...c,
    bookings: {
      followUps: [],
      reminders: [],
      dialogue: { eventId: 'e1', transactionId: 't1', start: '2026-12-03T10:00:00', end: '2026-12-03T10:45:00', timeZone: zone },
    },
  };
}

describe('changing the booked dialogue: refusals before Graph are problem kinds the invite step words', () => {
  it('says nothing is booked when there is no dialogue to move or cancel', async () => {
    const none = createEmptyContract(now, 'da');
    await expect(rescheduleDialogue(graph, none, { start: '2026-12-10T10:00:00', timeZone: zone }, now)).resolves.toMatchObject({
      ok: false,
      problem: 'nothingBooked',
    });
    await expect(cancelDialogue(graph, none)).resolves.toMatchObject({ ok: false, problem: 'nothingBooked' });
  });

  it('refuses a time that is not valid or already past', async () => {
    await expect(rescheduleDialogue(graph, booked(), { start: 'i morgen', timeZone: zone }, now)).resolves.toMatchObject({ ok: false, problem: 'badTime' });
    await expect(rescheduleDialogue(graph, booked(), { start: '2026-11-20T10:00:00', timeZone: zone }, now)).resolves.toMatchObject({
      ok: false,
      problem: 'badTime',
    });
  });

  it('answers a failure of Graph with its kind, for the invite step to word', async () => {
    const busy = () => Promise.reject(errorFromResponse(429, { error: { code: 'TooManyRequests', message: 'Too many requests' } }));
    const failing = { send: busy, post: busy } as unknown as GraphClient;
    const later = { start: '2026-12-10T10:00:00', timeZone: zone };
    await expect(rescheduleDialogue(failing, booked(), later, now)).resolves.toMatchObject({ ok: false, errorKind: 'throttled' });
    await expect(cancelDialogue(failing, booked())).resolves.toMatchObject({ ok: false, errorKind: 'throttled' });
  });

  it('has the same words for them as before, in both languages', () => {
    expect([inviteStrings.da.change.nothingBooked, inviteStrings.en.change.nothingBooked]).toEqual([
      'Der er endnu ikke booket en dialog, som kan ændres.',
      'No dialogue has been booked yet, so there is nothing to change.',
    ]);
    expect([inviteStrings.da.change.badTime, inviteStrings.en.change.badTime]).toEqual([
      'Vælg et gyldigt tidspunkt i fremtiden.',
      'Choose a valid time in the future.',
    ]);
  });
});
