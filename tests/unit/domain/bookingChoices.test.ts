import { readBookingChoices, savedBookingChoices, setBookingChoices } from '../../../src/domain/bookingChoices';
import type { BookingChoices, Bookings } from '../../../src/domain/model';
import { setBookings } from '../../../src/domain/draftEdits';
import { tickFromBookings } from '../../../src/domain/inviteChecklist';
import { parseDraft } from '../../../src/domain/schema';
import { filledDraft } from './fixtures';

const CHOICES: BookingChoices = {
  slot: { start: '2026-12-08T10:00:00', timeZone: 'Romance Standard Time' },
  room: { displayName: 'Stillerummet', emailAddress: 'stillerummet@demokommune.example' },
  place: '',
  followUps: [{ key: 'quarterlyDialogue', preset: 'quarterlyDialogue', cadence: 'quarterly', firstDate: '2027-03-08', time: '10:00' }],
  reminderKind: 'event',
  weekdaysOnly: true,
  pinInMeeting: false,
  shareRole: 'write',
  nearestLeader: { displayName: 'Lars Nielsen', mail: 'lars.nielsen@demokommune.example', id: 'u-lars', kind: 'user' },
};

describe('booking choices in the draft', () => {
  it('survive the draft’s save and load (JSON) and belong to their contract only', () => {
    const draft = setBookingChoices(filledDraft(), CHOICES);
    const parsed = parseDraft(JSON.parse(JSON.stringify(draft)));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(savedBookingChoices(parsed.draft)).toEqual(CHOICES);
    // A new period is another contract: it starts from its own defaults.
    expect(savedBookingChoices({ ...parsed.draft, contract: { ...parsed.draft.contract, id: 'another' } })).toBeUndefined();
  });

  it('does not touch the contract (not shared, updatedAt unchanged)', () => {
    const draft = filledDraft();
    expect(setBookingChoices(draft, CHOICES).contract).toBe(draft.contract);
  });

  it('drops unreadable choices on their own instead of failing the draft', () => {
    expect(readBookingChoices({ contractId: 'c', choices: { ...CHOICES, shareRole: 'owner' } })).toBeUndefined();
    expect(readBookingChoices({ contractId: 'c', choices: { ...CHOICES, pinInMeeting: 'no' } })).toBeUndefined();
    expect(readBookingChoices({ contractId: 'c', choices: { ...CHOICES, slot: { start: 'tomorrow', timeZone: 'X' } } })).toBeUndefined();
    const draft = filledDraft();
    const stored = JSON.parse(JSON.stringify(draft)) as { ui: Record<string, unknown> };
    stored.ui.bookingChoices = { contractId: draft.contract.id, choices: 'garbage' };
    const parsed = parseDraft(stored);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.draft.ui.bookingChoices).toBeUndefined();
  });
});

describe('"Inviter din leder" ticks itself from the booking', () => {
  const empty: Bookings = { followUps: [], reminders: [] };
  const booked: Bookings = {
    dialogue: { transactionId: 't', eventId: 'E', start: '2026-12-08T10:00:00', end: '2026-12-08T10:45:00', timeZone: 'Romance Standard Time' },
    followUps: [
      {
        id: 'quarterlyDialogue',
        cadence: 'quarterly',
        transactionId: 'f',
        seriesMasterId: 'S',
        start: '2027-03-08T10:00:00',
        durationMinutes: 45,
        timeZone: 'Romance Standard Time',
        endDate: '2027-11-25',
      },
    ],
    reminders: [],
    share: { role: 'read', permissionId: 'P' },
    chat: { guardKey: 'g', chatId: 'C', messageId: 'M' },
  };

  it('ticks each item its part of the booking did, and nothing before it is done', () => {
    expect(tickFromBookings([], undefined, empty)).toEqual([]);
    expect(tickFromBookings([], empty, { ...empty, dialogue: booked.dialogue })).toEqual([false, true]);
    expect(tickFromBookings([], empty, booked)).toEqual([true, true, true, true]);
  });

  it('leaves the leader’s own untick alone once the part was already done', () => {
    expect(tickFromBookings([false, false, true, false], booked, booked)).toEqual([false, false, true, false]);
  });

  it('setBookings ticks the draft’s checklist', () => {
    const draft = setBookings(filledDraft(), booked);
    expect(draft.contract.preparation.inviteChecklist).toEqual([true, true, true, true]);
  });
});
