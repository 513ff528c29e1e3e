import { OfficeMockObject } from 'office-addin-mock';
import { cadenceToOfficePattern, recurrenceSupport, setSeriesRecurrence } from '../../../src/outlook/officeRecurrence';

type Callback = (r: { status: string; value?: unknown; error?: { code: number; name: string; message: string } }) => void;

/** A series in compose mode: its SeriesTime records what the pane sets. */
function seriesMock(current: 'series' | 'single', failSet?: string) {
  const seriesTime: Record<string, unknown> = {};
  const record =
    (name: string) =>
    (...args: number[]) =>
      (seriesTime[name] = args);
  const time = { setStartDate: record('startDate'), setEndDate: record('endDate'), setStartTime: record('startTime'), setDuration: record('duration') };
  const set: { pattern?: Record<string, unknown> } = {};
  const mock = new OfficeMockObject({
    host: 'outlook',
    item: {
      recurrence: {
        getAsync(callback: Callback) {
          callback({
            status: 'succeeded',
            value: current === 'series' ? { recurrenceType: 'daily', recurrenceProperties: { interval: 1 }, seriesTime: time } : null,
          });
        },
        setAsync(pattern: Record<string, unknown>, callback: Callback) {
          if (failSet) return callback({ status: 'failed', error: { code: 9041, name: 'x', message: failSet } });
          set.pattern = pattern;
          callback({ status: 'succeeded' });
        },
      },
    },
  }) as unknown as { item: never };
  return { item: mock.item, seriesTime, set };
}

describe('follow-up cadences as Office.js recurrences', () => {
  const thursday = new Date(2026, 10, 26, 13, 30); // Thursday 26 November 2026, the 4th Thursday

  it('maps the tool’s presets like the tab’s Graph series', () => {
    expect(cadenceToOfficePattern('biweekly', thursday)).toEqual({
      recurrenceType: 'weekly',
      recurrenceProperties: { interval: 2, days: ['thu'], firstDayOfWeek: 'mon' },
    });
    expect(cadenceToOfficePattern('weekly', thursday)).toEqual({
      recurrenceType: 'weekly',
      recurrenceProperties: { interval: 1, days: ['thu'], firstDayOfWeek: 'mon' },
    });
    expect(cadenceToOfficePattern('quarterly', thursday)).toEqual({ recurrenceType: 'monthly', recurrenceProperties: { interval: 3, dayOfMonth: 26 } });
    expect(cadenceToOfficePattern('monthly', thursday)).toEqual({
      recurrenceType: 'monthly',
      recurrenceProperties: { interval: 1, dayOfWeek: 'thu', weekNumber: 'fourth' },
    });
  });

  it('sets the pattern, dates, time and length on an appointment that is a series', async () => {
    const { item, seriesTime, set } = seriesMock('series');
    await setSeriesRecurrence(item, { cadence: 'biweekly', start: thursday, durationMinutes: 15, endDate: new Date(2027, 10, 25) });
    expect(seriesTime).toEqual({ startDate: [2026, 10, 26], endDate: [2027, 10, 25], startTime: [13, 30], duration: [15] });
    expect(set.pattern).toMatchObject({ recurrenceType: 'weekly', recurrenceProperties: { interval: 2, days: ['thu'] } });
  });

  it('knows when it can set a recurrence: Mailbox 1.7 and a series', async () => {
    const yes = () => true;
    await expect(recurrenceSupport(seriesMock('series').item, yes)).resolves.toBe('supported');
    await expect(recurrenceSupport(seriesMock('single').item, yes)).resolves.toBe('notASeries');
    await expect(recurrenceSupport(seriesMock('series').item, (name, version) => !(name === 'Mailbox' && version === '1.7'))).resolves.toBe('unsupported');
  });

  it('refuses a single appointment and surfaces Outlook’s own refusal', async () => {
    const plan = { cadence: 'weekly' as const, start: thursday, durationMinutes: 30, endDate: new Date(2027, 5, 1) };
    await expect(setSeriesRecurrence(seriesMock('single').item, plan)).rejects.toThrow(/not a series/);
    await expect(setSeriesRecurrence(seriesMock('series', 'Recurrence is read-only for an instance.').item, plan)).rejects.toThrow(
      'Recurrence is read-only for an instance.',
    );
  });
});
