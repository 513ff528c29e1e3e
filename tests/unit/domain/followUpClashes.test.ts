import { clashReasons, findClashes, moveTarget, shiftWithoutClashes, type ClashInput } from '../../../src/domain/followUpClashes';
import { firstOccurrences } from '../../../src/domain/cadence';

// Tuesday 4 May 2027, 10:00 local; every 14 days. Kristi Himmelfartsdag is Thursday 6 May 2027.
const first = new Date(2027, 4, 4, 10, 0);
const series = (start: Date) => firstOccurrences('biweekly', start, 7);

const input = (over: Partial<ClashInput> = {}): ClashInput => ({
  durationMinutes: 15,
  holidays: [{ date: '2027-05-18', name: 'Anden pinsedag (test)' }],
  busy: [
    // The nearest leader's all-day "Ferie" on 1 June (out of office).
    { who: 'nearestLeader', start: new Date(2027, 5, 1, 0, 0), end: new Date(2027, 5, 2, 0, 0), status: 'oof' },
    // The leader works elsewhere on 15 June: not a clash.
    { who: 'leader', start: new Date(2027, 5, 15, 8, 0), end: new Date(2027, 5, 15, 16, 0), status: 'workingElsewhere' },
    // The leader is busy 10:10–11:00 on 29 June: overlaps the 15-minute meeting.
    { who: 'leader', start: new Date(2027, 5, 29, 10, 10), end: new Date(2027, 5, 29, 11, 0), status: 'busy' },
  ],
  ...over,
});

describe('the follow-up calendar check', () => {
  it('names the clashes: a public holiday, the nearest leader away, the leader busy; working elsewhere is no clash', () => {
    const clashes = findClashes(series(first), input());
    expect(clashes.map((c) => [c.start.getDate(), c.start.getMonth() + 1, c.reasons])).toEqual([
      [18, 5, [{ kind: 'holiday', name: 'Anden pinsedag (test)' }]],
      [1, 6, [{ kind: 'busy', who: 'nearestLeader', status: 'oof' }]],
      [29, 6, [{ kind: 'busy', who: 'leader', status: 'busy' }]],
    ]);
  });

  it('names the strongest reason per person: away beats busy beats tentative', () => {
    const at = new Date(2027, 5, 1, 10, 0);
    const busy = [
      { who: 'leader' as const, start: new Date(2027, 5, 1, 9, 0), end: new Date(2027, 5, 1, 11, 0), status: 'tentative' as const },
      { who: 'leader' as const, start: new Date(2027, 5, 1, 0, 0), end: new Date(2027, 5, 2, 0, 0), status: 'oof' as const },
    ];
    expect(clashReasons(at, input({ busy, holidays: [] }))).toEqual([{ kind: 'busy', who: 'leader', status: 'oof' }]);
  });

  it('moves a clashing meeting to the first clear weekday at the same time, never onto the next meeting’s day', () => {
    const dates = series(first);
    // 1 June (Tuesday, the nearest leader away) → Wednesday 2 June.
    expect(moveTarget(dates[2]!, dates[3], input())).toEqual(new Date(2027, 5, 2, 10, 0));
    // Friday 11 June is the last weekday before Tuesday 15 June's meeting... and it is away too.
    const away = input({ busy: [{ who: 'nearestLeader', start: new Date(2027, 5, 1), end: new Date(2027, 5, 15), status: 'oof' }] });
    expect(moveTarget(dates[2]!, dates[3], away)).toBeUndefined();
  });

  it('shifts the whole series by the fewest days that leave none of the checked meetings clashing', () => {
    const shift = shiftWithoutClashes(first, series, input());
    expect(shift).toBeDefined();
    expect(findClashes(series(new Date(2027, 4, 4 + shift!, 10, 0)), input())).toEqual([]);
    // Never onto a weekend.
    expect([0, 6]).not.toContain(new Date(2027, 4, 4 + shift!).getDay());
  });
});
