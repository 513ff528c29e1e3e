/**
 * The author's own comments (edit, signed with the time; delete, keeping nothing of the text), how
 * they survive merging and the leader's "take in the additions", and the store's access rule when
 * the grant cannot be read.
 */
import {
  addFieldComment,
  deleteFieldComment,
  editFieldComment,
  isOwnComment,
  signatureOf,
  visibleComments,
  adoptSharedAdditions,
  nearestLeaderAdditions,
} from '../../../../src/features/nearestLeader/contributions';
import { mergeContract } from '../../../../src/domain/mergeContract';
import { parseContract } from '../../../../src/domain/schema';
import type { Contract } from '../../../../src/domain/model';
import { accessFromPermissions } from '../../../../src/store/sharedContract';
import { filledDraft } from '../../domain/fixtures';

const lars = { id: 'u-lars', displayName: 'Lars Nielsen', mail: 'lars.nielsen@demokommune.example' };
const mette = { id: 'u-mette', displayName: 'Mette Hansen', mail: 'mette.hansen@demokommune.example' };
const written = new Date('2026-11-26T13:00:00.000Z');
const edited = new Date('2026-11-27T09:15:00.000Z');
const deleted = new Date('2026-11-28T10:00:00.000Z');

function withComments(): Contract {
  const base: Contract = { ...filledDraft().contract, leader: { ...mette, kind: 'user' }, nearestLeader: { ...lars, kind: 'user' } };
  const c = addFieldComment(base, 'goals', 'Godt mål, men hvad med budgettet?', signatureOf(lars, 'nearestLeader', written), 'c-lars');
  return addFieldComment(c, 'goals', 'Budgettet tager vi på mødet', signatureOf(mette, 'leader', written), 'c-mette');
}

describe('the author edits and deletes their own comment', () => {
  it('edits only their own, keeps the first signature and adds the time of the edit', () => {
    const c = withComments();
    const after = editFieldComment(c, 'c-lars', '  Godt mål – budgettet tager vi op  ', lars, edited);
    expect(after.collaboration?.comments[0]).toEqual({
      id: 'c-lars',
      field: 'goals',
      text: '  Godt mål – budgettet tager vi op  ',
      by: signatureOf(lars, 'nearestLeader', written),
      editedAt: edited.toISOString(),
    });
    expect(c.collaboration?.comments[0]?.text).toBe('Godt mål, men hvad med budgettet?'); // the input is not changed
    // Someone else's comment, an empty text, an unknown id: nothing happens.
    expect(editFieldComment(c, 'c-mette', 'Lars skriver i Mettes kommentar', lars, edited)).toBe(c);
    expect(editFieldComment(c, 'c-lars', '   ', lars, edited)).toBe(c);
    expect(editFieldComment(c, 'nope', 'x', lars, edited)).toBe(c);
    expect(parseContract(JSON.parse(JSON.stringify(after)))).toMatchObject({
      ok: true,
      value: { collaboration: { comments: [{ editedAt: edited.toISOString() }, {}] } },
    });
  });

  it('deletes only their own, and nothing of the text is kept anywhere in the contract', () => {
    const c = editFieldComment(withComments(), 'c-lars', 'Hemmelig formulering', lars, edited);
    const after = deleteFieldComment(c, 'c-lars', lars, deleted);
    const json = JSON.stringify(after);
    expect(json).not.toContain('Hemmelig formulering');
    expect(json).not.toContain('hvad med budgettet');
    expect(after.collaboration?.comments[0]).toEqual({
      id: 'c-lars',
      field: 'goals',
      text: '',
      by: signatureOf(lars, 'nearestLeader', written),
      deletedAt: deleted.toISOString(),
    });
    expect(visibleComments(after).map((x) => x.id)).toEqual(['c-mette']);
    expect(nearestLeaderAdditions(after).comments).toEqual([]);
    expect(isOwnComment(after.collaboration!.comments[0]!, lars)).toBe(false); // deleted: nothing more to do with it
    expect(deleteFieldComment(c, 'c-mette', lars, deleted)).toBe(c);
    const parsed = parseContract(JSON.parse(json));
    expect(parsed.ok && parsed.value.collaboration?.comments[0]?.deletedAt).toBe(deleted.toISOString());
  });

  it('a deletion and an edit survive a merge with a copy that still has the old text', () => {
    const base = withComments();
    const mine = deleteFieldComment(base, 'c-lars', lars, deleted);
    // The leader saved meanwhile, something else.
    const theirs = { ...base, fields: { ...base.fields, goals: 'Nyt mål' } };
    const merged = mergeContract(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(JSON.stringify(merged.contract)).not.toContain('hvad med budgettet');
    expect(merged.contract.fields.goals).toBe('Nyt mål');
    const edit = editFieldComment(base, 'c-lars', 'Ny ordlyd', lars, edited);
    expect(mergeContract(base, theirs, edit).contract.collaboration?.comments[0]).toMatchObject({ text: 'Ny ordlyd', editedAt: edited.toISOString() });
  });

  it('the leader taking in the additions does not bring a deleted or edited comment back from her older copy', () => {
    const leadersCopy = withComments(); // Mette took in Lars's comment earlier
    const shared = deleteFieldComment(editFieldComment(withComments(), 'c-lars', 'Rettet', lars, edited), 'c-lars', lars, deleted);
    const adopted = adoptSharedAdditions(leadersCopy, shared);
    expect(JSON.stringify(adopted)).not.toContain('hvad med budgettet');
    expect(adopted.collaboration?.comments.find((x) => x.id === 'c-lars')?.deletedAt).toBe(deleted.toISOString());
    const onlyEdited = adoptSharedAdditions(leadersCopy, editFieldComment(withComments(), 'c-lars', 'Rettet', lars, edited));
    expect(onlyEdited.collaboration?.comments.find((x) => x.id === 'c-lars')?.text).toBe('Rettet');
    // Her own comment, unchanged on both sides, stays as it is.
    expect(onlyEdited.collaboration?.comments.find((x) => x.id === 'c-mette')?.text).toBe('Budgettet tager vi på mødet');
  });
});

describe('access from the item’s permissions', () => {
  it('reads my grant when the list is there (the unreadable case is maybeWrite, in the integration test)', () => {
    const me = { id: 'u-lars', mail: lars.mail };
    expect(accessFromPermissions([{ id: 'p', roles: ['write'], grantedTo: { id: 'u-lars' } }] as never, me)).toBe('write');
    expect(accessFromPermissions([{ id: 'p', roles: ['read'], grantedTo: { mail: 'LARS.nielsen@demokommune.example' } }] as never, me)).toBe('read');
  });
});
