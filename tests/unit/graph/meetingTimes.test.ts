import { workingDayWindows } from '../../../src/graph/meetingTimes';
import { ianaZone, wallClock } from '../../../src/graph/timeZones';
import type { WorkingHours } from '../../../src/graph/types';

const hours: WorkingHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00',
  endTime: '16:00',
  timeZone: 'Romance Standard Time',
};

describe('workingDayWindows', () => {
  it('starts today at the next quarter hour and skips the weekend', () => {
    // Friday 27 November 2026, 13.07 in Copenhagen (UTC+1).
    const windows = workingDayWindows(hours, 3, new Date('2026-11-27T12:07:00Z'));
    expect(windows.map((w) => [w.start?.dateTime, w.end?.dateTime])).toEqual([
      ['2026-11-27T13:15:00', '2026-11-27T16:00:00'],
      ['2026-11-30T08:00:00', '2026-11-30T16:00:00'],
      ['2026-12-01T08:00:00', '2026-12-01T16:00:00'],
    ]);
    expect(windows.every((w) => w.start?.timeZone === 'Romance Standard Time')).toBe(true);
  });

  it('leaves today out when less than 45 minutes of working time remain', () => {
    const windows = workingDayWindows(hours, 1, new Date('2026-11-26T14:20:00Z')); // 15.20 local
    expect(windows[0]?.start?.dateTime).toBe('2026-11-27T08:00:00');
  });

  it('uses the local date, not UTC’s, around midnight', () => {
    // 23.30 UTC on Sunday 29 November is 00.30 Monday in Copenhagen.
    const windows = workingDayWindows(hours, 1, new Date('2026-11-29T23:30:00Z'));
    expect(windows[0]?.start?.dateTime).toBe('2026-11-30T08:00:00');
  });

  it('respects a part-time week', () => {
    const windows = workingDayWindows({ ...hours, daysOfWeek: ['tuesday', 'thursday'] }, 2, new Date('2026-11-30T06:00:00Z'));
    expect(windows.map((w) => w.start?.dateTime?.slice(0, 10))).toEqual(['2026-12-01', '2026-12-03']);
  });
});

describe('time zones', () => {
  it('maps Windows names to IANA and passes IANA names through', () => {
    expect(ianaZone('Romance Standard Time')).toBe('Europe/Copenhagen');
    expect(ianaZone('Europe/Oslo')).toBe('Europe/Oslo');
    expect(ianaZone('Nowhere Standard Time')).toBe('UTC');
    expect(wallClock(new Date('2026-07-01T10:00:00Z'), 'Romance Standard Time')).toMatchObject({ hour: 12, weekday: 3 });
  });
});
