import {
  buildRequest,
  customDraft,
  firstFollowUpDates,
  firstStartOf,
  initialChoices,
  issueArea,
  presetDraft,
  suggestedFirstDate,
} from '../../../../src/features/invite/choices';
import { requestIssueText } from '../../../../src/features/invite/bookingIssueWords';
import { validateRequest } from '../../../../src/features/invite/engine';
import { readManualTime } from '../../../../src/features/invite/manualTime';
import { formatMoment } from '../../../../src/features/invite/slots';
import { createEmptyDraft } from '../../../../src/domain/draft';
import type { Bookings } from '../../../../src/domain/model';

const zone = 'Romance Standard Time';
const slot = { start: '2026-12-03T10:00:00', timeZone: zone };

describe('follow-up first dates, before anything is booked', () => {
  it('suggests one cadence step after the dialogue, at the same time of day', () => {
    expect(suggestedFirstDate('biweekly', slot.start)).toBe('2026-12-17');
    expect(suggestedFirstDate('quarterly', slot.start)).toBe('2027-03-03');
    expect(firstStartOf(presetDraft('weeklyStatus'), slot)).toBe('2026-12-10T10:00:00');
    expect(firstStartOf(presetDraft('weeklyStatus'), undefined)).toBeUndefined();
  });

  it('lists the first four dates of the 14-day dialogue, in Danish', () => {
    const dates = firstFollowUpDates(presetDraft('shortDialogueBiweekly'), slot, '2027-11-30').map((d) => formatMoment(d, 'da'));
    expect(dates).toEqual(['torsdag 17. december kl. 10.00', 'torsdag 31. december kl. 10.00', 'torsdag 14. januar kl. 10.00', 'torsdag 28. januar kl. 10.00']);
  });

  it('stops at the end of the contract period, and uses the leader’s own date and time', () => {
    const custom = { ...customDraft('monthly'), firstDate: '2026-12-15', time: '14:30' };
    expect(firstFollowUpDates(custom, slot, '2027-01-31').map((d) => formatMoment(d, 'da'))).toEqual([
      'tirsdag 15. december kl. 14.30',
      'tirsdag 19. januar kl. 14.30',
    ]);
  });
});

describe('choices from an earlier run', () => {
  it('asks for exactly what was booked, so "Prøv igen" and a second press change nothing', () => {
    const bookings: Bookings = {
      dialogue: { transactionId: 't', eventId: 'e', start: '2026-12-03T10:00:00', end: '2026-12-03T10:45:00', timeZone: zone, location: 'Mit kontor' },
      followUps: [
        {
          id: 'quarterlyDialogue',
          preset: 'quarterlyDialogue',
          cadence: 'quarterly',
          transactionId: 'f',
          start: '2027-03-03T11:00:00',
          durationMinutes: 45,
          timeZone: zone,
          endDate: '2027-11-30',
        },
      ],
      reminders: [{ agreementId: 'a', kind: 'event', cadence: 'daily', text: 'x' }],
      share: { role: 'write' },
    };
    expect(initialChoices(bookings)).toEqual({
      slot: { start: '2026-12-03T10:00:00', timeZone: zone },
      place: 'Mit kontor',
      followUps: [{ key: 'quarterlyDialogue', preset: 'quarterlyDialogue', cadence: 'quarterly', firstDate: '2027-03-03', time: '11:00' }],
      reminderKind: 'event',
      shareRole: 'write',
    });
    expect(initialChoices(undefined).followUps.map((f) => f.key)).toEqual(['shortDialogueBiweekly']);
  });

  it('lets the nearest leader read and edit by default (the agreement is mutual); a recorded choice is kept', () => {
    expect(initialChoices(undefined).shareRole).toBe('write');
    const bookings = {
      dialogue: { start: '2026-12-01T10:00:00', end: '2026-12-01T10:45:00', timeZone: 'Romance Standard Time' },
      followUps: [],
      reminders: [],
      share: { role: 'read' },
    };
    expect(initialChoices(bookings as never).shareRole).toBe('read');
    expect(initialChoices({ ...bookings, share: undefined } as never).shareRole).toBe('write');
  });
});

describe('the request and its issues', () => {
  it('leaves missing choices empty so the engine names them all, and places each issue', () => {
    const draft = createEmptyDraft(new Date('2026-11-26T10:00:00'), 'da');
    const request = buildRequest({
      contract: draft.contract,
      notes: draft.notes,
      choices: initialChoices(undefined),
      timeZone: zone,
      locale: 'da',
      now: new Date('2026-11-26T10:00:00'),
    });
    const issues = validateRequest(request);
    const areas = new Set(issues.map(issueArea));
    expect(areas).toEqual(new Set(['contract', 'leader', 'slot', 'followUps']));
    const slotStart = issues.find((i) => i.field === 'slot.start');
    expect(slotStart?.code).toBe('chooseTime');
    expect(requestIssueText(slotStart!, 'da')).toBe('Vælg et tidspunkt for dialogen.');
  });

  it('pins the app in the meeting chat unless the leader leaves it out (then no Teams-app scope is asked for)', () => {
    const draft = createEmptyDraft(new Date('2026-11-26T10:00:00'), 'da');
    const input = { contract: draft.contract, notes: draft.notes, timeZone: zone, locale: 'da' as const };
    expect(buildRequest({ ...input, choices: initialChoices(undefined) }).skipMeetingTab).toBeUndefined();
    expect(buildRequest({ ...input, choices: { ...initialChoices(undefined), pinInMeeting: true } }).skipMeetingTab).toBeUndefined();
    expect(buildRequest({ ...input, choices: { ...initialChoices(undefined), pinInMeeting: false } }).skipMeetingTab).toBe(true);
  });
});

describe('a time typed by hand', () => {
  const now = new Date('2026-11-26T10:00:00Z'); // 11.00 in Copenhagen
  it('is refused when it is missing, not a date, or already past in the mailbox’s zone', () => {
    expect(readManualTime('', '10:00', zone, now)).toEqual({ ok: false, problem: 'missing' });
    expect(readManualTime('2026-02-30', '10:00', zone, now)).toEqual({ ok: false, problem: 'invalid' });
    expect(readManualTime('2020-01-06', '10:00', zone, now)).toEqual({ ok: false, problem: 'past' });
    expect(readManualTime('2026-11-26', '10:45', zone, now)).toEqual({ ok: false, problem: 'past' });
    expect(readManualTime('2026-11-26', '11:15', zone, now)).toEqual({ ok: true, start: '2026-11-26T11:15:00' });
  });
});
