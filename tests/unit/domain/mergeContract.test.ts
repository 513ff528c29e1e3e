import { mergeContract, resolveConflict, sameJson } from '../../../src/domain/mergeContract';
import { parseContract } from '../../../src/domain/schema';
import type { Agreement, Contract, FieldComment, Signature } from '../../../src/domain/model';
import { filledDraft } from './fixtures';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function baseContract(): Contract {
  return clone(filledDraft().contract);
}

const lars = (at: string): Signature => ({ role: 'nearestLeader', displayName: 'Lars Nielsen', id: 'u-lars', at });
const mette = (at: string): Signature => ({ role: 'leader', displayName: 'Mette Hansen', id: 'u-mette', at });

function agreement(id: string, text: string, extra: Partial<Agreement> = {}): Agreement {
  return { id, text, followUp: 'Hver mandag', createdAt: '2026-11-26T12:00:00.000Z', ...extra };
}

function comment(id: string, text: string, by: Signature): FieldComment {
  return { id, field: 'goals', text, by };
}

describe('mergeContract: text fields', () => {
  it('takes a field changed on one side only, from either side', () => {
    const base = baseContract();
    const mine = clone(base);
    const theirs = clone(base);
    mine.fields.goals = 'Mit nye mål';
    theirs.fields.workEnvironment = 'Deres nye arbejdsmiljø';
    const { contract, conflicts } = mergeContract(base, mine, theirs);
    expect(contract.fields.goals).toBe('Mit nye mål');
    expect(contract.fields.workEnvironment).toBe('Deres nye arbejdsmiljø');
    expect(contract.fields.alignWithLeader).toBe(base.fields.alignWithLeader);
    expect(conflicts).toEqual([]);
  });

  it('keeps theirs in a field typed differently by both and reports both texts', () => {
    const base = baseContract();
    const mine = clone(base);
    const theirs = clone(base);
    mine.fields.goals = 'Skrevet af Mette';
    theirs.fields.goals = 'Skrevet af Lars';
    const { contract, conflicts } = mergeContract(base, mine, theirs);
    expect(contract.fields.goals).toBe('Skrevet af Lars');
    expect(conflicts).toEqual([{ target: { kind: 'field', field: 'goals' }, base: base.fields.goals, mine: 'Skrevet af Mette', theirs: 'Skrevet af Lars' }]);
  });

  it('is no conflict when both typed the same text', () => {
    const base = baseContract();
    const mine = clone(base);
    const theirs = clone(base);
    mine.fields.goals = 'Samme';
    theirs.fields.goals = 'Samme';
    const result = mergeContract(base, mine, theirs);
    expect(result.contract.fields.goals).toBe('Samme');
    expect(result.conflicts).toEqual([]);
  });

  it('resolveConflict puts my text back in the field without changing the input', () => {
    const base = baseContract();
    const mine = clone(base);
    const theirs = clone(base);
    mine.fields.goals = 'Mine';
    theirs.fields.goals = 'Theirs';
    const { contract, conflicts } = mergeContract(base, mine, theirs);
    const chosen = resolveConflict(contract, conflicts[0]!, 'mine');
    expect(chosen.fields.goals).toBe('Mine');
    expect(contract.fields.goals).toBe('Theirs');
    expect(resolveConflict(contract, conflicts[0]!, 'theirs').fields.goals).toBe('Theirs');
  });

  it('updatedAt is the later of the two; id and createdAt stay', () => {
    const base = baseContract();
    const mine = { ...clone(base), updatedAt: '2026-11-26T15:00:00.000Z' };
    const theirs = { ...clone(base), updatedAt: '2026-11-26T14:00:00.000Z' };
    const { contract } = mergeContract(base, mine, theirs);
    expect(contract.updatedAt).toBe('2026-11-26T15:00:00.000Z');
    expect(contract.id).toBe(base.id);
    expect(contract.createdAt).toBe(base.createdAt);
  });
});

describe('mergeContract: agreements', () => {
  it('keeps agreements both people added at once', () => {
    const base = baseContract();
    const mine = clone(base);
    const theirs = clone(base);
    mine.leaderAgreements.push(agreement('a-mette', 'Vi holder status hver 14. dag', { author: 'leader' }));
    theirs.leaderAgreements.push(
      agreement('a-lars', 'Jeg giver sparring om krydspres', { author: 'nearestLeader', addedBy: lars('2026-11-26T13:00:00.000Z') }),
    );
    const { contract, conflicts } = mergeContract(base, mine, theirs);
    expect(contract.leaderAgreements.map((a) => a.id)).toEqual([...base.leaderAgreements.map((a) => a.id), 'a-lars', 'a-mette']);
    expect(contract.leaderAgreements.find((a) => a.id === 'a-lars')?.addedBy?.displayName).toBe('Lars Nielsen');
    expect(conflicts).toEqual([]);
  });

  it('merges different parts of one agreement changed by each side', () => {
    const base = baseContract();
    const id = base.leaderAgreements[0]!.id;
    const mine = clone(base);
    const theirs = clone(base);
    mine.leaderAgreements[0]!.text = 'Ny tekst';
    theirs.leaderAgreements[0]!.followUp = 'Ny opfølgning';
    theirs.leaderAgreements[0]!.agreedAt = '2026-11-26T14:00:00.000Z';
    const { contract, conflicts } = mergeContract(base, mine, theirs);
    const merged = contract.leaderAgreements.find((a) => a.id === id)!;
    expect(merged).toMatchObject({ text: 'Ny tekst', followUp: 'Ny opfølgning', agreedAt: '2026-11-26T14:00:00.000Z' });
    expect(conflicts).toEqual([]);
  });

  it('reports an agreement text changed on both sides, keeping theirs, with both texts', () => {
    const base = baseContract();
    const id = base.leaderAgreements[0]!.id;
    const mine = clone(base);
    const theirs = clone(base);
    mine.leaderAgreements[0]!.text = 'Mettes ord';
    theirs.leaderAgreements[0]!.text = 'Lars’ ord';
    const { contract, conflicts } = mergeContract(base, mine, theirs);
    expect(contract.leaderAgreements[0]!.text).toBe('Lars’ ord');
    expect(conflicts).toEqual([
      {
        target: { kind: 'agreement', list: 'leaderAgreements', agreementId: id, part: 'text' },
        base: base.leaderAgreements[0]!.text,
        mine: 'Mettes ord',
        theirs: 'Lars’ ord',
      },
    ]);
    expect(resolveConflict(contract, conflicts[0]!, 'mine').leaderAgreements[0]!.text).toBe('Mettes ord');
  });

  it('honours a delete when the other side left the agreement as it was', () => {
    const base = baseContract();
    const mine = clone(base);
    const theirs = clone(base);
    mine.selfAgreements = [];
    const { contract } = mergeContract(base, mine, theirs);
    expect(contract.selfAgreements).toEqual([]);
    // …and symmetrically when they deleted it.
    expect(mergeContract(base, clone(base), mine).contract.selfAgreements).toEqual([]);
  });

  it('keeps a deleted agreement the other side changed', () => {
    const base = baseContract();
    const mine = clone(base);
    const theirs = clone(base);
    mine.selfAgreements = [];
    theirs.selfAgreements[0]!.followUp = 'Hver dag kl. 15';
    expect(mergeContract(base, mine, theirs).contract.selfAgreements.map((a) => a.followUp)).toEqual(['Hver dag kl. 15']);
    expect(mergeContract(base, theirs, mine).contract.selfAgreements.map((a) => a.followUp)).toEqual(['Hver dag kl. 15']);
  });

  it('keeps every revision of an agreement both sides revised, oldest first, once each', () => {
    const base = baseContract();
    const mine = clone(base);
    const theirs = clone(base);
    const old = base.leaderAgreements[0]!;
    mine.leaderAgreements[0] = { ...old, text: 'A', revisions: [{ text: old.text, followUp: old.followUp, replacedAt: '2026-11-26T15:00:00.000Z' }] };
    theirs.leaderAgreements[0] = { ...old, text: 'B', revisions: [{ text: old.text, followUp: old.followUp, replacedAt: '2026-11-26T14:00:00.000Z' }] };
    const { contract } = mergeContract(base, mine, theirs);
    expect(contract.leaderAgreements[0]!.revisions?.map((r) => r.replacedAt)).toEqual(['2026-11-26T14:00:00.000Z', '2026-11-26T15:00:00.000Z']);
  });
});

describe('mergeContract: collaboration', () => {
  it('keeps comments from both sides and reports a comment both edited', () => {
    const base = baseContract();
    base.collaboration = { comments: [comment('c1', 'Godt mål', lars('2026-11-26T12:00:00.000Z'))], followUps: [], dailyChecks: [] };
    const mine = clone(base);
    const theirs = clone(base);
    mine.collaboration!.comments.push(comment('c-mine', 'Tak', mette('2026-11-26T13:00:00.000Z')));
    theirs.collaboration!.comments.push(comment('c-theirs', 'Husk budgettet', lars('2026-11-26T13:01:00.000Z')));
    mine.collaboration!.comments[0]!.text = 'Godt mål!';
    theirs.collaboration!.comments[0]!.text = 'Godt mål, men tidsplanen?';
    const { contract, conflicts } = mergeContract(base, mine, theirs);
    expect(contract.collaboration!.comments.map((c) => c.id)).toEqual(['c1', 'c-theirs', 'c-mine']);
    expect(contract.collaboration!.comments[0]!.text).toBe('Godt mål, men tidsplanen?');
    expect(conflicts).toEqual([{ target: { kind: 'comment', commentId: 'c1' }, base: 'Godt mål', mine: 'Godt mål!', theirs: 'Godt mål, men tidsplanen?' }]);
    expect(resolveConflict(contract, conflicts[0]!, 'mine').collaboration!.comments[0]!.text).toBe('Godt mål!');
  });

  it('creates the collaboration when only one side has one', () => {
    const base = baseContract();
    const mine = clone(base);
    mine.collaboration = { comments: [], followUps: [], dailyChecks: [], acceptance: lars('2026-11-26T13:00:00.000Z') };
    expect(mergeContract(base, mine, clone(base)).contract.collaboration?.acceptance?.displayName).toBe('Lars Nielsen');
    expect(mergeContract(base, clone(base), mine).contract.collaboration?.acceptance?.displayName).toBe('Lars Nielsen');
    expect(mergeContract(base, clone(base), clone(base)).contract.collaboration).toBeUndefined();
  });

  it('the later acceptance wins when both signed', () => {
    const base = baseContract();
    const mine = clone(base);
    const theirs = clone(base);
    mine.collaboration = { comments: [], followUps: [], dailyChecks: [], acceptance: lars('2026-11-26T13:05:00.000Z') };
    theirs.collaboration = { comments: [], followUps: [], dailyChecks: [], acceptance: lars('2026-11-26T13:00:00.000Z') };
    expect(mergeContract(base, mine, theirs).contract.collaboration?.acceptance?.at).toBe('2026-11-26T13:05:00.000Z');
    expect(mergeContract(base, theirs, mine).contract.collaboration?.acceptance?.at).toBe('2026-11-26T13:05:00.000Z');
  });

  it('a withdrawn acceptance stays withdrawn when the other side did not touch it', () => {
    const base = baseContract();
    base.collaboration = { comments: [], followUps: [], dailyChecks: [], acceptance: lars('2026-11-26T13:00:00.000Z') };
    const mine = clone(base);
    delete mine.collaboration!.acceptance;
    const theirs = clone(base);
    theirs.fields.goals = 'Ændret';
    const { contract } = mergeContract(base, mine, theirs);
    expect(contract.collaboration?.acceptance).toBeUndefined();
    expect(contract.fields.goals).toBe('Ændret');
  });

  it('the later "Afslut dialogen" wins with its signature; the meeting chat survives', () => {
    const base = baseContract();
    base.collaboration = { comments: [], followUps: [], dailyChecks: [], dialogue: { meetingChatId: 'chat-1' } };
    const mine = clone(base);
    const theirs = clone(base);
    mine.collaboration!.dialogue = { meetingChatId: 'chat-1', closedAt: '2026-11-26T14:00:00.000Z', closedBy: mette('2026-11-26T14:00:00.000Z') };
    theirs.collaboration!.dialogue = { meetingChatId: 'chat-1', closedAt: '2026-11-26T14:02:00.000Z', closedBy: lars('2026-11-26T14:02:00.000Z') };
    const { contract } = mergeContract(base, mine, theirs);
    expect(contract.collaboration?.dialogue).toEqual({
      meetingChatId: 'chat-1',
      closedAt: '2026-11-26T14:02:00.000Z',
      closedBy: lars('2026-11-26T14:02:00.000Z'),
    });
  });

  it('merges follow-up records by id and daily checks by agreement and day (later tick wins)', () => {
    const base = baseContract();
    const aid = base.selfAgreements[0]!.id;
    base.collaboration = { comments: [], followUps: [], dailyChecks: [] };
    const mine = clone(base);
    const theirs = clone(base);
    mine.collaboration!.followUps.push({ id: 'f1', agreementId: aid, date: '2026-12-03', status: 'held', note: 'Fint', by: mette('2026-12-03T10:00:00.000Z') });
    theirs.collaboration!.followUps.push({
      id: 'f2',
      agreementId: aid,
      date: '2026-12-10',
      status: 'partly',
      note: 'Delvist',
      by: lars('2026-12-10T10:00:00.000Z'),
    });
    mine.collaboration!.dailyChecks.push({ agreementId: aid, date: '2026-12-01', kept: true, at: '2026-12-01T16:00:00.000Z' });
    theirs.collaboration!.dailyChecks.push({ agreementId: aid, date: '2026-12-01', kept: false, at: '2026-12-01T15:00:00.000Z' });
    theirs.collaboration!.dailyChecks.push({ agreementId: aid, date: '2026-12-02', kept: true, at: '2026-12-02T15:00:00.000Z' });
    const { contract } = mergeContract(base, mine, theirs);
    expect(contract.collaboration!.followUps.map((f) => f.id)).toEqual(['f2', 'f1']);
    expect(contract.collaboration!.dailyChecks).toEqual([
      { agreementId: aid, date: '2026-12-01', kept: true, at: '2026-12-01T16:00:00.000Z' },
      { agreementId: aid, date: '2026-12-02', kept: true, at: '2026-12-02T15:00:00.000Z' },
    ]);
  });
});

describe('mergeContract: the rest of the record', () => {
  it('unions the questions for the nearest leader and honours a removal', () => {
    const base = baseContract();
    base.preparation.questionsForLeader = ['q1', 'q2'];
    const mine = clone(base);
    const theirs = clone(base);
    mine.preparation.questionsForLeader = ['q1', 'q2', 'q3'];
    theirs.preparation.questionsForLeader = ['q2', 'q4'];
    expect(mergeContract(base, mine, theirs).contract.preparation.questionsForLeader).toEqual(['q2', 'q4', 'q3']);
  });

  it('reports points changed on both sides', () => {
    const base = baseContract();
    const mine = clone(base);
    const theirs = clone(base);
    mine.preparation.points = ['A', 'B'];
    theirs.preparation.points = ['C'];
    const { contract, conflicts } = mergeContract(base, mine, theirs);
    expect(contract.preparation.points).toEqual(['C']);
    expect(conflicts[0]).toMatchObject({ target: { kind: 'points' }, mine: 'A\nB', theirs: 'C' });
    expect(resolveConflict(contract, conflicts[0]!, 'mine').preparation.points).toEqual(['A', 'B']);
  });

  it('keeps bookings and keys this version does not know, from whichever side changed them', () => {
    const base = baseContract() as Contract & { futureKey?: string };
    const mine = clone(base);
    const theirs = clone(base);
    mine.futureKey = 'from a newer app';
    theirs.period = { start: '2026-12-01', end: '2027-06-01' };
    const { contract } = mergeContract(base, mine, theirs) as { contract: Contract & { futureKey?: string } };
    expect(contract.futureKey).toBe('from a newer app');
    expect(contract.period).toEqual({ start: '2026-12-01', end: '2027-06-01' });
  });

  it('the merged contract passes validation and does not alias its inputs', () => {
    const base = baseContract();
    const mine = clone(base);
    const theirs = clone(base);
    mine.leaderAgreements.push(agreement('a1', 'x'));
    theirs.collaboration = { comments: [comment('c1', 'y', lars('2026-11-26T13:00:00.000Z'))], followUps: [], dailyChecks: [] };
    const { contract } = mergeContract(base, mine, theirs);
    expect(parseContract(JSON.parse(JSON.stringify(contract))).ok).toBe(true);
    const snapshot = clone(theirs);
    contract.period.start = '2030-01-01';
    contract.collaboration!.comments[0]!.text = 'changed';
    resolveConflict(contract, { target: { kind: 'field', field: 'goals' }, base: '', mine: 'z', theirs: '' }, 'mine');
    expect(theirs).toEqual(snapshot);
  });

  it('sameJson ignores key order and undefined members', () => {
    expect(sameJson({ a: 1, b: { c: 2, d: undefined } }, { b: { c: 2 }, a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});
