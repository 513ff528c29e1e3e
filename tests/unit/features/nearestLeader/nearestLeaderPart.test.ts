/**
 * The nearest leader's part as the leader reads it (src/domain/nearestLeaderPart.ts), and the quiet
 * notice's sentence in Danish and English (src/features/nearestLeader/partStrings.ts).
 */
import { acceptContract, addFieldComment, addSharedAgreement, deleteFieldComment } from '../../../../src/features/nearestLeader/contributions';
import { partNewsText } from '../../../../src/features/nearestLeader/partStrings';
import { hasNearestLeaderPart, nearestLeaderPart, partNews, seenPartOf } from '../../../../src/domain/nearestLeaderPart';
import type { Contract, Signature } from '../../../../src/domain/model';
import { sharedContract } from './sharedViewFixtures';

const lars = (at: string): Signature => ({ role: 'nearestLeader', displayName: 'Lars Nielsen', id: 'u-lars', at });
const mette = (at: string): Signature => ({ role: 'leader', displayName: 'Mette Hansen', id: 'u-mette', at });

function withLarsPart(): Contract {
  let c = sharedContract();
  c = addSharedAgreement(c, { text: 'Jeg giver sparring', followUp: 'Hver anden uge' }, lars('2026-12-06T09:00:00.000Z'), 'a-lars');
  c = addSharedAgreement(c, { text: 'Mettes egen tilføjelse', followUp: '' }, mette('2026-12-06T09:10:00.000Z'), 'a-mette');
  c = addFieldComment(c, 'goals', 'Godt mål', lars('2026-12-06T09:20:00.000Z'), 'c-lars');
  c = addFieldComment(c, 'goals', 'Tak', mette('2026-12-06T09:30:00.000Z'), 'c-mette');
  return acceptContract(c, lars('2026-12-06T10:00:00.000Z'));
}

describe('nearestLeaderPart', () => {
  it('holds only what the nearest leader added: their agreements (signed), their comments by field, the acceptance', () => {
    const part = nearestLeaderPart(withLarsPart());
    expect(part.name).toBe('Lars Nielsen');
    expect(part.agreements.map((a) => a.id)).toEqual(['a-lars']);
    expect(part.agreements[0]?.addedBy.displayName).toBe('Lars Nielsen');
    expect(part.comments.goals?.map((c) => c.id)).toEqual(['c-lars']);
    expect(part.commentCount).toBe(1);
    expect(part.acceptance.status).toBe('current');
    expect(hasNearestLeaderPart(part)).toBe(true);
  });

  it('leaves out deleted comments and dropped agreements; signs an unsigned agreement of theirs with the contract’s nearest leader', () => {
    let c = withLarsPart();
    c = deleteFieldComment(c, 'c-lars', { id: 'u-lars' }, new Date('2026-12-07T09:00:00Z'));
    c = {
      ...c,
      leaderAgreements: [
        ...c.leaderAgreements.map((a) => (a.id === 'a-lars' ? { ...a, droppedAt: '2026-12-07T09:00:00.000Z' } : a)),
        { id: 'old', text: 'Ældre', followUp: '', author: 'nearestLeader', createdAt: '2026-11-30T08:00:00.000Z' },
      ],
    };
    const part = nearestLeaderPart(c);
    expect(part.agreements.map((a) => a.id)).toEqual(['old']);
    expect(part.agreements[0]?.addedBy).toMatchObject({ role: 'nearestLeader', displayName: 'Lars Nielsen', at: '2026-11-30T08:00:00.000Z' });
    expect(part.commentCount).toBe(0);
  });

  it('says the acceptance was given to an earlier version once the leader changes a field', () => {
    const c = withLarsPart();
    expect(nearestLeaderPart({ ...c, fields: { ...c.fields, goals: 'Et nyt mål' } }).acceptance.status).toBe('changed');
  });

  it('has nothing when the nearest leader has added nothing', () => {
    expect(hasNearestLeaderPart(nearestLeaderPart(sharedContract()))).toBe(false);
  });
});

describe('the notice after a change', () => {
  it('tells everything on the first open, nothing for what was seen, and only what is new after that', () => {
    const first = nearestLeaderPart(withLarsPart());
    expect(partNews(first, undefined)).toEqual({ name: 'Lars Nielsen', agreements: 1, comments: 1, accepted: true });
    const seen = seenPartOf(first);
    expect(partNews(first, seen)).toBeUndefined();

    // A second agreement and a new acceptance of the version with it.
    let c = addSharedAgreement(withLarsPart(), { text: 'Kvartalsstatus', followUp: '' }, lars('2026-12-08T09:00:00.000Z'), 'a-lars-2');
    c = acceptContract(c, lars('2026-12-08T09:05:00.000Z'));
    expect(partNews(nearestLeaderPart(c), seen)).toEqual({ name: 'Lars Nielsen', agreements: 1, comments: 0, accepted: true });
    // An acceptance of an earlier version is no news of agreement.
    expect(partNews(nearestLeaderPart({ ...c, fields: { ...c.fields, goals: 'Nyt' } }), seen)).toEqual({
      name: 'Lars Nielsen',
      agreements: 1,
      comments: 0,
      accepted: false,
    });
  });

  it('reads naturally in Danish and English', () => {
    const news = { name: 'Lars Nielsen', agreements: 1, comments: 0, accepted: true };
    expect(partNewsText(news, 'da')).toBe('Lars Nielsen har tilføjet 1 aftale og er enig.');
    expect(partNewsText(news, 'en')).toBe('Lars Nielsen added 1 agreement and agrees.');
    expect(partNewsText({ ...news, agreements: 2, comments: 1 }, 'da')).toBe('Lars Nielsen har tilføjet 2 aftaler og 1 kommentar og er enig.');
    expect(partNewsText({ ...news, agreements: 2, comments: 3 }, 'en')).toBe('Lars Nielsen added 2 agreements and 3 comments, and agrees.');
    expect(partNewsText({ ...news, agreements: 0 }, 'da')).toBe('Lars Nielsen er enig i aftalen.');
    expect(partNewsText({ ...news, agreements: 0 }, 'en')).toBe('Lars Nielsen agrees to the agreement.');
    expect(partNewsText({ ...news, accepted: false, agreements: 0, comments: 1 }, 'da')).toBe('Lars Nielsen har tilføjet 1 kommentar.');
  });
});
