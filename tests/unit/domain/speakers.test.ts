import { da, en } from '../../../src/content';
import { createEmptyDraft } from '../../../src/domain/draft';
import { toggleQuestionForLeader } from '../../../src/domain/draftEdits';
import { buildSharePreview, chosenQuestions, DIFFICULT_COLLABORATION_QUESTION_ID, shareableQuestions } from '../../../src/domain/sharePreview';
import { callName, counterpart } from '../../../src/domain/speakers';

describe('who is speaking', () => {
  it('calls a person by the given name', () => {
    expect(callName('Mette Hansen')).toBe('Mette');
    expect(callName('Hansen, Mette')).toBe('Mette');
    expect(callName('  Lars  ')).toBe('Lars');
    expect(callName('')).toBe('');
  });

  it('names the other party, never the reader', () => {
    const contract = { leader: { displayName: 'Mette Hansen' }, nearestLeader: { displayName: 'Lars Nielsen' } };
    expect(counterpart(contract, 'leader')?.displayName).toBe('Lars Nielsen');
    expect(counterpart(contract, 'nearestLeader')?.displayName).toBe('Mette Hansen');
  });
});

describe('the advice on a difficult collaboration with the nearest leader', () => {
  it('is that question in both languages', () => {
    for (const content of [da, en]) {
      const advice = content.guide.themes.flatMap((t) => t.questions).find((q) => q.id === DIFFICULT_COLLABORATION_QUESTION_ID);
      expect(advice?.text).toBe(content.guide.difficultCollaborationAdvice);
    }
  });

  it('cannot be chosen, shared or shown to that leader as a question', () => {
    expect(shareableQuestions(da).map((q) => q.id)).not.toContain(DIFFICULT_COLLABORATION_QUESTION_ID);
    expect(shareableQuestions(da)).toHaveLength(16);
    const now = new Date('2026-11-26T10:00:00Z');
    let draft = createEmptyDraft(now, 'da');
    draft = toggleQuestionForLeader(draft, 'nearestLeader-2', now);
    draft = toggleQuestionForLeader(draft, DIFFICULT_COLLABORATION_QUESTION_ID, now);
    expect(draft.contract.preparation.questionsForLeader).toEqual(['nearestLeader-2']);
    // Even from a draft saved before this rule, it never leaves the leader's device or reaches the reader.
    const old = {
      ...draft.contract,
      preparation: { ...draft.contract.preparation, questionsForLeader: ['nearestLeader-2', DIFFICULT_COLLABORATION_QUESTION_ID] },
    };
    expect(buildSharePreview(old).preparation.questionsForLeader).toEqual(['nearestLeader-2']);
    expect(chosenQuestions(old.preparation.questionsForLeader, da).map((q) => q.id)).toEqual(['nearestLeader-2']);
  });
});
