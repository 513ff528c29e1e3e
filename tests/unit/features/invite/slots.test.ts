import { formatMoment, formatSlot, formatSlotParts, groupSlotsByWeek, spreadSlots, weekHeading, zoneName } from '../../../../src/features/invite/slots';
import type { MeetingSlot } from '../../../../src/graph/types';

const zone = 'Romance Standard Time';
const slot = (start: string, end: string): MeetingSlot => ({
  start: { dateTime: start, timeZone: zone },
  end: { dateTime: end, timeZone: zone },
  confidence: 100,
});

describe('slot formatting', () => {
  it('reads a slot as a Danish leader does, 24-hour clock, whatever the device zone', () => {
    expect(formatSlot('2026-12-03T10:00:00', '2026-12-03T10:45:00', 'da')).toBe('torsdag 3. december kl. 10.00–10.45');
    expect(formatSlot('2026-12-03T13:30:00', '2026-12-03T14:15:00', 'en')).toBe('Thursday 3 December, 13:30–14:15');
    expect(formatMoment(new Date(2026, 11, 17, 9, 5), 'da')).toBe('torsdag 17. december kl. 09.05');
  });

  it('splits a slot into day and time, so the time can be kept on one line', () => {
    expect(formatSlotParts('2026-12-03T10:30:00', '2026-12-03T11:15:00', 'da')).toEqual({ day: 'torsdag 3. december ', time: 'kl. 10.30–11.15' });
    expect(formatSlotParts('2026-12-03T10:30:00', '2026-12-03T11:15:00', 'en')).toEqual({ day: 'Thursday 3 December, ', time: '10:30–11:15' });
  });

  it('groups slots by ISO week, Monday first, in time order', () => {
    const weeks = groupSlotsByWeek(
      [
        slot('2026-12-07T09:00:00', '2026-12-07T09:45:00'), // Monday, week 50
        slot('2026-12-03T10:00:00', '2026-12-03T10:45:00'), // Thursday, week 49
        slot('2026-12-06T10:00:00', '2026-12-06T10:45:00'), // Sunday, still week 49
      ],
      'da',
    );
    expect(weeks.map((w) => w.label)).toEqual(['uge 49', 'uge 50']);
    expect(weeks[0]?.slots.map((s) => s.start.dateTime)).toEqual(['2026-12-03T10:00:00', '2026-12-06T10:00:00']);
    expect(groupSlotsByWeek([slot('2026-12-03T10:00:00', '2026-12-03T10:45:00')], 'en')[0]?.label).toBe('week 49');
  });

  it('spreads bunched suggestions: at most three a day, two hours apart', () => {
    const half = ['08:00', '08:30', '09:00', '10:00', '10:30', '12:00', '14:00', '15:00'].map((t) => slot(`2026-12-03T${t}:00`, `2026-12-03T${t}:00`));
    expect(spreadSlots([...half, slot('2026-12-04T08:00:00', '2026-12-04T08:45:00')]).map((s) => s.start.dateTime.slice(5, 16))).toEqual([
      '12-03T08:00',
      '12-03T10:00',
      '12-03T12:00',
      '12-04T08:00',
    ]);
  });

  it('names the mailbox zone in words, not by its Windows name', () => {
    expect(zoneName('Romance Standard Time', 'da')).toBe('Centraleuropæisk tid');
    expect(zoneName('Romance Standard Time', 'en')).toBe('Central European Time');
    // A zone nobody can name stays as it came rather than turning into UTC.
    expect(zoneName('Nowhere Standard Time', 'da')).toBe('Nowhere Standard Time');
  });

  it('starts a week heading with a capital', () => {
    expect(weekHeading('uge 49')).toBe('Uge 49');
    expect(weekHeading('week 49')).toBe('Week 49');
  });
});
