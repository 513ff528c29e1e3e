/** What goes to OneDrive, the merge base a device guesses, the saved version coming back, and the demo clock. */
import { remindableAgreements } from '../../../../src/domain/bookingPlan';
import { mergeContract } from '../../../../src/domain/mergeContract';
import { dropAgreement, recordFollowUp, recordsFor } from '../../../../src/domain/followUp';
import type { Contract, Signature } from '../../../../src/domain/model';
import { demoNowFromSearch } from '../../../../src/features/followUp/clock';
import { danishDay } from '../../../../src/domain/dailyCheck';
import { adoptSaved, guessedBase, sharedForm, sharedHash } from '../../../../src/features/followUp/sharedSave';
import { filledDraft, NOW } from '../../domain/fixtures';

const BY: Signature = { role: 'leader', displayName: 'Mette Hansen', at: NOW.toISOString() };

function booked(): Contract {
  const c = filledDraft().contract;
  return {
    ...c,
    preparation: { ...c.preparation, inviteChecklist: [true, false] },
    bookings: {
      followUps: [],
      reminders: [],
      storage: {
        folderPath: 'Lederdialog/2026 Mette',
        folderId: 'F',
        json: { itemId: 'J', eTag: 'e1', hash: 'h' },
        docx: { itemId: 'D', eTag: 'd1', hash: 'h2', webUrl: 'https://x/doc' },
      },
    },
  };
}

describe('sharedForm and sharedHash', () => {
  it('writes what "Book and share" shares: no checklist, no eTags', () => {
    const shared = sharedForm(booked());
    expect(JSON.stringify(shared)).not.toContain('inviteChecklist');
    expect(shared.bookings?.storage?.json).toEqual({});
    expect(shared.bookings?.storage?.docx).toEqual({ itemId: 'D', webUrl: 'https://x/doc' });
  });

  it('ignores the save time but notices a record', () => {
    const c = booked();
    expect(sharedHash({ ...c, updatedAt: '2030-01-01T00:00:00.000Z' })).toBe(sharedHash(c));
    const recorded = recordFollowUp(c, { agreementId: c.leaderAgreements[0]!.id, date: '2026-12-10', status: 'held', note: '', by: BY });
    expect(sharedHash(recorded)).not.toBe(sharedHash(c));
  });
});

describe('guessedBase', () => {
  it('keeps both sides’ new records when this device has no stored base', () => {
    const c = booked();
    const [self, leader] = [c.selfAgreements[0]!.id, c.leaderAgreements[0]!.id];
    const common = recordFollowUp(c, { agreementId: self, date: '2026-12-01', status: 'held', note: '', by: BY });
    const theirs = recordFollowUp(common, { agreementId: leader, date: '2026-12-10', status: 'partly', note: 'fra den anden', by: BY });
    const mine = recordFollowUp(common, { agreementId: self, date: '2026-12-10', status: 'notHeld', note: 'herfra', by: BY });
    const merged = mergeContract(guessedBase(sharedForm(theirs), sharedForm(mine)), sharedForm(mine), sharedForm(theirs)).contract;
    expect(recordsFor(merged, leader).map((r) => r.note)).toEqual(['fra den anden']);
    expect(recordsFor(merged, self).map((r) => r.note)).toEqual(['', 'herfra']);
  });
});

describe('adoptSaved', () => {
  it('takes the saved shared parts and keeps this device’s bookings (with the new eTags) and checklist', () => {
    const local = booked();
    const saved = recordFollowUp(sharedForm(local), { agreementId: local.leaderAgreements[0]!.id, date: '2026-12-10', status: 'held', note: 'x', by: BY });
    const next = adoptSaved(local, saved, { jsonETag: 'e2', docxETag: 'd2', docxWebUrl: 'https://x/doc2' });
    expect(next.collaboration?.followUps).toHaveLength(1);
    expect(next.preparation.inviteChecklist).toEqual([true, false]);
    expect(next.bookings?.storage).toMatchObject({ json: { itemId: 'J', eTag: 'e2', hash: 'h' }, docx: { eTag: 'd2', webUrl: 'https://x/doc2', hash: 'h2' } });
  });
});

describe('dropped agreements and "Book and share"', () => {
  it('a dropped agreement gets no reminder again', () => {
    let c = booked();
    const id = c.selfAgreements[0]!.id;
    expect(remindableAgreements(c).map((a) => a.id)).toEqual([id]);
    c = dropAgreement(c, id);
    expect(remindableAgreements(c)).toEqual([]);
  });
});

describe('the demo clock', () => {
  it('reads ?now= as midday in Copenhagen, or a full instant; ignores nonsense', () => {
    expect(danishDay(demoNowFromSearch('?view=follow-up&now=2026-03-29') as Date)).toBe('2026-03-29');
    expect(danishDay(demoNowFromSearch('?now=2026-10-25') as Date)).toBe('2026-10-25');
    expect(demoNowFromSearch('?now=2026-12-31T23:30:00Z')?.toISOString()).toBe('2026-12-31T23:30:00.000Z');
    expect(demoNowFromSearch('?now=tomorrow')).toBeUndefined();
    expect(demoNowFromSearch('?view=follow-up')).toBeUndefined();
  });
});
