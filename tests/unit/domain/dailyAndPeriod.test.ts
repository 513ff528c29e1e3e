import {
  addIsoDays,
  dailyAgreements,
  dailyStreak,
  dailySummary,
  danishDay,
  longestStreak,
  recentDays,
  setDailyCheck,
  checksFor,
} from '../../../src/domain/dailyCheck';
import { dropAgreement, recordFollowUp, reviseAgreement } from '../../../src/domain/followUp';
import type { Contract, DailyCheck } from '../../../src/domain/model';
import { isNearPeriodEnd, nextPeriod, startNewPeriod } from '../../../src/domain/newPeriod';
import { parseContract } from '../../../src/domain/schema';
import { NOW, contractWithDailyAgreement as contract, LEADER_BY as BY } from './fixtures';

const check = (date: string, kept: boolean): DailyCheck => ({ agreementId: 'a', date, kept, at: `${date}T20:00:00.000Z` });

describe('the Danish day', () => {
  it('follows Copenhagen, not the device: 23.30 UTC is already the next day in Denmark', () => {
    expect(danishDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // summer, UTC+2
    expect(danishDay(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(danishDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01'); // winter, UTC+1
    expect(danishDay(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('counts calendar days across daylight saving and month ends', () => {
    expect(addIsoDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addIsoDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addIsoDays('2027-01-01', -1)).toBe('2026-12-31');
  });
});

describe('streaks', () => {
  const three = [check('2026-03-27', true), check('2026-03-28', true), check('2026-03-29', true)];

  it('counts the days kept in a row up to today', () => {
    expect(dailyStreak(three, '2026-03-29')).toBe(3);
  });

  it('an unanswered today does not break the streak yet: it counts to yesterday', () => {
    expect(dailyStreak(three, '2026-03-30')).toBe(3);
  });

  it('a day missed (a gap) or answered "nej" ends it', () => {
    expect(dailyStreak(three, '2026-03-31')).toBe(0);
    expect(dailyStreak([...three, check('2026-03-30', false)], '2026-03-30')).toBe(0);
    expect(dailyStreak([check('2026-03-25', true), check('2026-03-27', true), check('2026-03-28', true)], '2026-03-28')).toBe(2);
  });

  it('the longest streak, the summary and the last 14 days', () => {
    const checks = [check('2026-03-01', true), check('2026-03-02', true), check('2026-03-03', false), ...three];
    expect(longestStreak(checks)).toBe(3);
    expect(dailySummary(checks)).toEqual({ kept: 5, notKept: 1, answered: 6, longestStreak: 3, first: '2026-03-01', last: '2026-03-29' });
    const days = recentDays(three, '2026-03-30');
    expect(days).toHaveLength(14);
    expect(days.at(-1)).toEqual({ date: '2026-03-30', kept: null });
    expect(days.at(-2)).toEqual({ date: '2026-03-29', kept: true });
  });

  it('"De sidste 14 dage" starts at the agreement’s creation, not before it', () => {
    const days = recentDays(three, '2026-03-30', 14, '2026-03-27');
    expect(days.map((d) => d.date)).toEqual(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']);
    expect(recentDays(three, '2026-03-30', 14, '2026-01-01')).toHaveLength(14);
  });

  it('one answer per day (answering again changes it); a future day is refused', () => {
    let c = contract();
    const daily = dailyAgreements(c)[0]!;
    const now = new Date('2026-12-01T11:00:00Z');
    c = setDailyCheck(c, daily.id, '2026-12-01', false, now);
    c = setDailyCheck(c, daily.id, '2026-12-01', true, now);
    expect(checksFor(c, daily.id)).toEqual([{ agreementId: daily.id, date: '2026-12-01', kept: true, at: now.toISOString() }]);
    expect(() => setDailyCheck(c, daily.id, '2026-12-02', true, now)).toThrow(RangeError);
    expect(parseContract(JSON.parse(JSON.stringify(c))).ok).toBe(true);
  });
});

describe('a new period', () => {
  it('is offered from a month before the end', () => {
    const c = { ...contract(), period: { start: '2026-01-01', end: '2026-12-31' } };
    expect(isNearPeriodEnd(c, '2026-11-30')).toBe(false);
    expect(isNearPeriodEnd(c, '2026-12-01')).toBe(true);
    expect(isNearPeriodEnd(c, '2027-02-01')).toBe(true);
    expect(isNearPeriodEnd({ ...c, archivedAt: NOW.toISOString() }, '2026-12-20')).toBe(false);
  });

  it('proposes 12 months from the day after the old period, whatever the old one’s length or today', () => {
    expect(nextPeriod({ start: '2026-01-01', end: '2026-12-31' }, '2026-12-15')).toEqual({ start: '2027-01-01', end: '2027-12-31' });
    expect(nextPeriod({ start: '2026-01-01', end: '2026-06-30' }, '2026-08-10')).toEqual({ start: '2026-07-01', end: '2027-06-30' });
    expect(nextPeriod({ start: '2026-03-15', end: '2027-03-14' })).toEqual({ start: '2027-03-15', end: '2028-03-14' });
  });

  it('carries the kept agreements with fresh ids and no history, archives the old one', () => {
    let c = contract();
    const [self, daily] = c.selfAgreements as [Contract['selfAgreements'][number], Contract['selfAgreements'][number]];
    const leader = c.leaderAgreements[0]!;
    c = recordFollowUp(c, { agreementId: self.id, date: '2026-12-10', status: 'held', note: 'fint', by: BY }, NOW);
    c = reviseAgreement(c, self.id, { text: 'Pauser hver dag', followUp: 'Fredag', cadence: 'weekly' }, BY, NOW);
    c = setDailyCheck(c, daily.id, '2026-11-26', true, NOW);
    c = dropAgreement(c, leader.id, NOW);
    c = { ...c, bookings: { followUps: [], reminders: [] } };
    const later = new Date('2027-11-20T10:00:00Z');
    const ids = ['new-contract', 'n1', 'n2', 'n3'];
    const { next, archived } = startNewPeriod(c, [self.id, leader.id], '2027-11-20', later, () => ids.shift() as string);

    expect(archived).toMatchObject({ id: c.id, archivedAt: later.toISOString() });
    expect(archived.collaboration).toEqual(c.collaboration);
    expect(next.id).toBe('new-contract');
    expect(next.previousContractId).toBe(c.id);
    expect(next.archivedAt).toBeUndefined();
    expect(next.bookings).toBeUndefined();
    expect(next.collaboration).toEqual({ comments: [], followUps: [], dailyChecks: [] });
    // The kept one in its revised wording, without its revisions; the dropped one is not carried, the unticked one neither.
    expect(next.selfAgreements).toEqual([
      { id: 'n1', text: 'Pauser hver dag', followUp: 'Fredag', cadence: 'weekly', author: 'leader', createdAt: later.toISOString() },
    ]);
    expect(next.leaderAgreements).toEqual([]);
    expect(next.fields).toEqual(c.fields);
    expect(next.preparation).toEqual({ points: [], questionsForLeader: [], inviteChecklist: [] });
    expect(parseContract(JSON.parse(JSON.stringify(next))).ok).toBe(true);
    expect(() => startNewPeriod(archived, [], '2027-11-20')).toThrow(RangeError);
  });
});
