import { addDays, addMonths, isIsoDate, isoDate, isoWeek, parseIsoDate } from '../../../src/domain/dates';

const nov26 = new Date(2026, 10, 26, 13, 30);

describe('isoWeek (Monday first, week 1 holds the first Thursday)', () => {
  it.each([
    [new Date(2026, 10, 26), 2026, 48],
    [new Date(2026, 10, 23), 2026, 48], // Monday starts the week
    [new Date(2026, 10, 22), 2026, 47], // Sunday ends the previous one
    [new Date(2021, 0, 3), 2020, 53], // early January can belong to last year's week 53
    [new Date(2024, 11, 30), 2025, 1], // late December can be next year's week 1
    [new Date(2026, 0, 1), 2026, 1],
  ])('%s is week %i-%i', (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });
});

describe('calendar arithmetic', () => {
  it('adds months, clamping to the month end', () => {
    expect(isoDate(addMonths(new Date(2026, 0, 31), 1))).toBe('2026-02-28');
    expect(isoDate(addMonths(new Date(2028, 0, 31), 1))).toBe('2028-02-29');
    expect(isoDate(addMonths(new Date(2026, 10, 26), 12))).toBe('2027-11-26');
    expect(isoDate(addMonths(new Date(2026, 2, 15), -3))).toBe('2025-12-15');
    expect(addMonths(nov26, 1).getHours()).toBe(13);
  });

  it('adds calendar days across a daylight-saving change without moving the clock', () => {
    const beforeDst = new Date(2026, 2, 27, 9, 0);
    const after = addDays(beforeDst, 7);
    expect(isoDate(after)).toBe('2026-04-03');
    expect(after.getHours()).toBe(9);
  });

  it('parses only real ISO dates', () => {
    expect(parseIsoDate('2026-11-26')?.getDate()).toBe(26);
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('26-11-2026')).toBeNull();
    expect(parseIsoDate('2026-11-26T10:00')).toBeNull();
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate(20261231)).toBe(false);
    expect(isoDate(new Date(987, 4, 3))).toBe('0987-05-03');
  });
});
