import { adoptSharedAdditions, unionCollaboration } from '../../../src/domain/sharedAdditions';
import type { ContractCollaboration, Signature } from '../../../src/domain/model';
import { filledDraft } from './fixtures';

const lars = (at: string): Signature => ({ role: 'nearestLeader', displayName: 'Lars Nielsen', at });
const mette = (at: string): Signature => ({ role: 'leader', displayName: 'Mette Hansen', at });

describe('unionCollaboration', () => {
  it('keeps every record of both sides once, and the later acceptance', () => {
    const mine: ContractCollaboration = {
      comments: [{ id: 'c1', field: 'goals', text: 'mit svar', by: mette('2026-12-01T10:00:00Z') }],
      followUps: [{ id: 'f1', agreementId: 'a', date: '2026-12-10', status: 'held', note: '', by: mette('2026-12-10T10:00:00Z') }],
      dailyChecks: [{ agreementId: 'd', date: '2026-12-02', kept: true, at: '2026-12-02T16:00:00Z' }],
    };
    const theirs: ContractCollaboration = {
      comments: [
        { id: 'c1', field: 'goals', text: 'mit svar', by: mette('2026-12-01T10:00:00Z') },
        { id: 'c2', field: 'goals', text: 'enig', by: lars('2026-12-01T11:00:00Z') },
      ],
      acceptance: lars('2026-12-01T11:05:00Z'),
      followUps: [],
      dailyChecks: [
        { agreementId: 'd', date: '2026-12-02', kept: true, at: '2026-12-02T16:00:00Z' },
        { agreementId: 'd', date: '2026-12-03', kept: false, at: '2026-12-03T16:00:00Z' },
      ],
    };
    const merged = unionCollaboration(mine, theirs)!;
    expect(merged.comments.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(merged.followUps.map((f) => f.id)).toEqual(['f1']);
    expect(merged.dailyChecks.map((d) => d.date)).toEqual(['2026-12-02', '2026-12-03']);
    expect(merged.acceptance?.displayName).toBe('Lars Nielsen');
    expect(unionCollaboration(undefined, theirs)).toBe(theirs);
  });
});

describe('adoptSharedAdditions', () => {
  it('adds the nearest leader’s agreements once, keeps the leader’s texts and own records', () => {
    const draft = filledDraft().contract;
    const mineWithCheck = {
      ...draft,
      collaboration: { comments: [], followUps: [], dailyChecks: [{ agreementId: 'x', date: '2026-12-04', kept: true, at: '2026-12-04T15:00:00Z' }] },
    };
    const shared = {
      ...draft,
      fields: { ...draft.fields, goals: 'their stale copy' },
      leaderAgreements: [
        ...draft.leaderAgreements,
        { id: 'lars-1', text: 'Vi mødes', followUp: 'hver uge', author: 'nearestLeader' as const, createdAt: '2026-12-01T11:00:00Z' },
      ],
      collaboration: { comments: [{ id: 'c2', field: 'goals' as const, text: 'enig', by: lars('2026-12-01T11:00:00Z') }], followUps: [], dailyChecks: [] },
    };
    const once = adoptSharedAdditions(mineWithCheck, shared);
    expect(once.fields.goals).toBe(draft.fields.goals);
    expect(once.leaderAgreements.at(-1)?.id).toBe('lars-1');
    // The leader's own unsaved daily check survives (a wholesale copy of theirs would drop it).
    expect(once.collaboration?.dailyChecks).toHaveLength(1);
    expect(once.collaboration?.comments.map((c) => c.id)).toEqual(['c2']);
    expect(adoptSharedAdditions(once, shared).leaderAgreements).toHaveLength(once.leaderAgreements.length);
  });
});
