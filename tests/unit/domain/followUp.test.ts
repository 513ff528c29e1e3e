import { dropAgreement, recordFollowUp, recordsFor, restoreAgreement, reviseAgreement, activeAgreements, latestRecord } from '../../../src/domain/followUp';
import { lastQuarterlyDialogue, quarterlyTrend, statusCounts, statusSeries, statusOn } from '../../../src/domain/followUpTrend';
import type { Contract } from '../../../src/domain/model';
import { NOW, contractWithDailyAgreement as contract, LEADER_BY as BY } from './fixtures';

const ids = (c: Contract) => ({ self: c.selfAgreements[0]!.id, daily: c.selfAgreements[1]!.id, leader: c.leaderAgreements[0]!.id });

describe('recording follow-ups', () => {
  it('records one status per agreement and date; recording again corrects it', () => {
    let c = contract();
    const { self, leader } = ids(c);
    c = recordFollowUp(c, { agreementId: self, date: '2026-12-10', status: 'held', note: ' Godt ', by: BY }, NOW);
    c = recordFollowUp(c, { agreementId: leader, date: '2026-12-10', status: 'notHeld', note: '', by: BY }, NOW);
    const first = recordsFor(c, self)[0]!;
    c = recordFollowUp(c, { agreementId: self, date: '2026-12-10', status: 'partly', note: 'Kun delvist', by: BY }, NOW);
    expect(recordsFor(c, self)).toHaveLength(1);
    expect(recordsFor(c, self)[0]).toMatchObject({ id: first.id, status: 'partly', note: 'Kun delvist' });
    expect(first.note).toBe('Godt');
    c = recordFollowUp(c, { agreementId: self, date: '2026-12-24', status: 'held', note: '', by: BY }, NOW);
    expect(recordsFor(c, self).map((r) => r.date)).toEqual(['2026-12-10', '2026-12-24']);
    expect(latestRecord(c, self)?.status).toBe('held');
    expect(c.updatedAt).toBe(NOW.toISOString());
  });

  it('refuses a record for an agreement that is not in the contract', () => {
    expect(() => recordFollowUp(contract(), { agreementId: 'nope', date: '2026-12-10', status: 'held', note: '', by: BY })).toThrow(RangeError);
  });

  it('leaves its input untouched', () => {
    const c = contract();
    const before = JSON.stringify(c);
    recordFollowUp(c, { agreementId: ids(c).self, date: '2026-12-10', status: 'held', note: '', by: BY });
    expect(JSON.stringify(c)).toBe(before);
  });
});

describe('revising and dropping', () => {
  it('keeps the old wording in revisions, oldest first, and never overwrites it', () => {
    let c = contract();
    const { self } = ids(c);
    const original = c.selfAgreements[0]!;
    const t1 = new Date(2027, 0, 5, 10);
    const t2 = new Date(2027, 1, 5, 10);
    c = reviseAgreement(c, self, { text: 'Pauser to gange om ugen', followUp: 'Hver fredag', cadence: 'weekly' }, BY, t1);
    c = reviseAgreement(c, self, { text: 'Pauser hver dag', followUp: 'Jeg krydser af', cadence: 'daily' }, BY, t2);
    const a = c.selfAgreements[0]!;
    expect(a.id).toBe(self);
    expect(a.text).toBe('Pauser hver dag');
    expect(a.cadence).toBe('daily');
    expect(a.revisions?.map((r) => r.text)).toEqual([original.text, 'Pauser to gange om ugen']);
    expect(a.revisions?.[0]).toMatchObject({ followUp: original.followUp, cadence: 'weekly', replacedAt: t1.toISOString() });
    expect(a.revisions?.[1]?.replacedBy?.displayName).toBe('Mette Hansen');
  });

  it('an unchanged wording is no revision; an empty text is refused; no cadence clears it', () => {
    const c = contract();
    const a = c.selfAgreements[0]!;
    expect(reviseAgreement(c, a.id, { text: ` ${a.text} `, followUp: a.followUp, cadence: a.cadence }, BY)).toBe(c);
    expect(() => reviseAgreement(c, a.id, { text: '  ', followUp: '' }, BY)).toThrow(RangeError);
    const next = reviseAgreement(c, a.id, { text: a.text, followUp: a.followUp }, BY);
    expect(next.selfAgreements[0]!.cadence).toBeUndefined();
    expect(next.selfAgreements[0]!.revisions?.[0]?.cadence).toBe('weekly');
  });

  it('drops an agreement with its history kept; dropping twice changes nothing; it can be taken up again', () => {
    let c = contract();
    const { leader } = ids(c);
    c = recordFollowUp(c, { agreementId: leader, date: '2026-12-10', status: 'held', note: '', by: BY }, NOW);
    const later = new Date(2027, 0, 1);
    c = dropAgreement(c, leader, later);
    expect(c.leaderAgreements[0]!.droppedAt).toBe(later.toISOString());
    expect(dropAgreement(c, leader, new Date())).toBe(c);
    expect(recordsFor(c, leader)).toHaveLength(1);
    expect(activeAgreements(c).map((e) => e.agreement.id)).not.toContain(leader);
    expect(() => reviseAgreement(c, leader, { text: 'x', followUp: '' }, BY)).toThrow(RangeError);
    c = restoreAgreement(c, leader, later);
    expect(c.leaderAgreements[0]!.droppedAt).toBeUndefined();
  });
});

describe('statistics and the quarterly trend', () => {
  function withHistory(): Contract {
    let c = contract();
    const { self, leader } = ids(c);
    const rec = (agreementId: string, date: string, status: 'held' | 'partly' | 'notHeld') => {
      c = recordFollowUp(c, { agreementId, date, status, note: `${status} ${date}`, by: BY }, NOW);
    };
    rec(self, '2026-12-10', 'notHeld');
    rec(self, '2027-01-07', 'partly');
    rec(self, '2027-03-04', 'held');
    rec(leader, '2026-12-10', 'held');
    rec(leader, '2027-03-04', 'partly');
    c = {
      ...c,
      bookings: {
        followUps: [
          {
            id: 'quarterlyDialogue',
            cadence: 'quarterly',
            transactionId: 't',
            seriesMasterId: 's',
            start: '2026-12-01T10:00:00',
            durationMinutes: 45,
            timeZone: 'Romance Standard Time',
            endDate: '2027-11-30',
          },
        ],
        reminders: [],
      },
    };
    return c;
  }

  it('counts per status and gives each agreement its series, oldest first', () => {
    const c = withHistory();
    const { self } = ids(c);
    expect(statusCounts(c.collaboration!.followUps)).toEqual({ held: 2, partly: 2, notHeld: 1 });
    expect(statusSeries(c, self).map((p) => [p.date, p.status, p.level])).toEqual([
      ['2026-12-10', 'notHeld', 0],
      ['2027-01-07', 'partly', 1],
      ['2027-03-04', 'held', 2],
    ]);
    expect(statusOn(c, self, '2027-01-06')).toBe('notHeld');
    expect(statusOn(c, self, '2026-12-01')).toBeUndefined();
  });

  it('the last quarterly dialogue is the series occurrence before today; without one, the period start', () => {
    const c = withHistory();
    expect(lastQuarterlyDialogue(c, '2027-03-04')).toEqual({ date: '2027-03-01', fromSeries: true });
    expect(lastQuarterlyDialogue(c, '2027-03-01')).toEqual({ date: '2026-12-01', fromSeries: true });
    expect(lastQuarterlyDialogue(c, '2026-12-01')).toEqual({ date: c.period.start, fromSeries: false });
    expect(lastQuarterlyDialogue({ ...c, bookings: undefined }, '2027-03-04').fromSeries).toBe(false);
  });

  it('compares then (at the last quarterly dialogue) with now, per status and per agreement', () => {
    const c = withHistory();
    const { self, leader, daily } = ids(c);
    const trend = quarterlyTrend(c, '2027-03-04');
    expect(trend.since).toBe('2027-03-01');
    expect(trend.then).toEqual({ held: 1, partly: 1, notHeld: 0 });
    expect(trend.now).toEqual({ held: 1, partly: 1, notHeld: 0 });
    expect(trend.recordsSince).toBe(2);
    const dir = Object.fromEntries(trend.agreements.map((a) => [a.agreementId, a.direction]));
    expect(dir).toEqual({ [self]: 'better', [leader]: 'worse', [daily]: 'none' });
  });

  it('agrees with the history: "now" is each agreement’s latest record, the one the history shows last', () => {
    const c = withHistory();
    const trend = quarterlyTrend(c, '2027-03-04');
    for (const a of trend.agreements) expect(a.now).toBe(latestRecord(c, a.agreementId)?.status);
    // A record filed under a later date (before that was refused) is still what the history ends on.
    const { leader } = ids(c);
    const later = recordFollowUp(c, { agreementId: leader, date: '2027-03-20', status: 'held', note: '', by: BY }, NOW);
    expect(quarterlyTrend(later, '2027-03-04').agreements.find((a) => a.agreementId === leader)?.now).toBe('held');
  });
});
