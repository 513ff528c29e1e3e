/**
 * The union base (src/domain/unionBase.ts): a leader's draft that never took in the file's newer
 * parts, merged as the leader against it, loses nothing the file has (the nearest leader's agreement,
 * comment and acceptance, the leader's own agreement written in the dialogue panel, a closed
 * dialogue), and the draft's own change still lands.
 */
import { mergeContract } from '../../../src/domain/mergeContract';
import type { Contract, Signature } from '../../../src/domain/model';
import { unionBase } from '../../../src/domain/unionBase';
import { filledDraft } from './fixtures';

const LARS: Signature = { role: 'nearestLeader', displayName: 'Lars Nielsen', id: 'u-lars', at: '2026-12-03T10:40:00.000Z' };
const METTE: Signature = { role: 'leader', displayName: 'Mette Hansen', id: 'u-mette', at: '2026-12-03T10:41:00.000Z' };

describe('unionBase', () => {
  it('keeps everything only the file has and lands what only the draft changed', () => {
    const draft = filledDraft().contract;
    const file: Contract = {
      ...draft,
      leaderAgreements: [
        ...draft.leaderAgreements,
        { id: 'his', text: 'Hans aftale', followUp: '', createdAt: LARS.at, author: 'nearestLeader', addedBy: LARS },
        { id: 'panel', text: 'Skrevet i mødet', followUp: '', createdAt: METTE.at, author: 'leader', addedBy: METTE },
      ],
      collaboration: {
        comments: [{ id: 'c1', field: 'goals', text: 'God idé', by: LARS }],
        followUps: [],
        dailyChecks: [],
        acceptance: LARS,
        dialogue: { closedAt: METTE.at, closedBy: METTE },
      },
    };
    const mine: Contract = { ...draft, fields: { ...draft.fields, goals: 'Nye mål' } };
    const merged = mergeContract(unionBase(file, mine), mine, file, { writer: 'leader' });
    expect(merged.conflicts).toEqual([]);
    expect(merged.contract.fields.goals).toBe('Nye mål');
    expect(merged.contract.leaderAgreements.map((a) => a.id)).toEqual(expect.arrayContaining(['his', 'panel']));
    expect(merged.contract.collaboration?.comments.map((c) => c.id)).toEqual(['c1']);
    expect(merged.contract.collaboration?.acceptance).toEqual(LARS);
    expect(merged.contract.collaboration?.dialogue?.closedAt).toBe(METTE.at);
  });

  it('with the file itself as base, the same draft would delete the leader’s own panel agreement and the closed dialogue', () => {
    // Why a union base and not "the latest as base" when the draft's base is unknown.
    const draft = filledDraft().contract;
    const file: Contract = {
      ...draft,
      leaderAgreements: [
        ...draft.leaderAgreements,
        { id: 'panel', text: 'Skrevet i mødet', followUp: '', createdAt: METTE.at, author: 'leader', addedBy: METTE },
      ],
      collaboration: { comments: [], followUps: [], dailyChecks: [], dialogue: { closedAt: METTE.at, closedBy: METTE } },
    };
    const naive = mergeContract(file, draft, file, { writer: 'leader' }).contract;
    expect(naive.leaderAgreements.map((a) => a.id)).not.toContain('panel');
    const union = mergeContract(unionBase(file, draft), draft, file, { writer: 'leader' }).contract;
    expect(union.leaderAgreements.map((a) => a.id)).toContain('panel');
    expect(union.collaboration?.dialogue?.closedAt).toBe(METTE.at);
  });
});
