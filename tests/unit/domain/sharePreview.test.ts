import { getContent } from '../../../src/content';
import { emptyBookings } from '../../../src/domain/bookingPlan';
import { setNearestLeader, setPoints, setQuestionNote, toggleChecklistItem, toggleQuestionForLeader } from '../../../src/domain/draftEdits';
import type { Contract } from '../../../src/domain/model';
import { buildSharePreview, chosenQuestions } from '../../../src/domain/sharePreview';
import { NOW, filledDraft } from './fixtures';

describe('buildSharePreview', () => {
  it('is the contract minus the leader’s own checklist, with points and chosen questions', () => {
    let d = filledDraft();
    d = toggleChecklistItem(d, 0);
    d = setPoints(d, ['  Prioritering ', '', 'Tillid'], NOW);
    d = setNearestLeader(d, { displayName: 'Mette Holm', mail: 'mette@example.dk', kind: 'user', id: 'u-2' }, NOW);
    const shared = buildSharePreview(d.contract);
    expect(shared.preparation).toEqual({ points: ['  Prioritering ', 'Tillid'], questionsForLeader: ['goals-1'] });
    expect('inviteChecklist' in shared.preparation).toBe(false);
    expect(shared.fields).toEqual(d.contract.fields);
    expect(shared.selfAgreements).toEqual(d.contract.selfAgreements);
    expect(shared.leaderAgreements).toEqual(d.contract.leaderAgreements);
    expect(shared.nearestLeader).toEqual({ displayName: 'Mette Holm', mail: 'mette@example.dk', kind: 'user', id: 'u-2' });
    expect(shared.period).toEqual(d.contract.period);
    expect(shared.id).toBe(d.contract.id);
  });

  it('never carries private notes or fields it does not know', () => {
    const d = setQuestionNote(filledDraft(), 'goals-1', 'HEMMELIG NOTE');
    const contract = {
      ...d.contract,
      secret: 'HEMMELIG',
      selfAgreements: d.contract.selfAgreements.map((a) => ({ ...a, privateMemo: 'HEMMELIG' })),
    } as Contract;
    const text = JSON.stringify(buildSharePreview(contract));
    expect(text).not.toContain('HEMMELIG');
  });

  it('shares the public projection of the bookings (no eTags)', () => {
    const bookings = {
      ...emptyBookings(),
      storage: {
        folderId: 'f',
        json: { itemId: 'j', eTag: 'etag-1', hash: 'h', webUrl: 'https://x/json' },
        docx: { itemId: 'd', eTag: 'etag-2', webUrl: 'https://x/docx' },
      },
    } as unknown as NonNullable<Contract['bookings']>;
    const shared = buildSharePreview({ ...filledDraft().contract, bookings });
    expect(JSON.stringify(shared.bookings)).not.toContain('etag-');
    expect(shared.bookings?.storage?.docx.webUrl).toBe('https://x/docx');
    // The JSON never describes itself: its own id or eTag would change the very file it is written to.
    expect(shared.bookings?.storage?.json).toEqual({});
  });

  it('does not change its input and removes duplicate question ids', () => {
    const d = toggleQuestionForLeader(filledDraft(), 'goals-2', NOW);
    const contract = { ...d.contract, preparation: { ...d.contract.preparation, questionsForLeader: ['goals-2', 'goals-1', 'goals-2'] } };
    const before = JSON.stringify(contract);
    expect(buildSharePreview(contract).preparation.questionsForLeader).toEqual(['goals-2', 'goals-1']);
    expect(JSON.stringify(contract)).toBe(before);
  });
});

describe('chosenQuestions', () => {
  it('returns the question texts in the guide’s order and skips unknown ids', () => {
    const da = getContent('da');
    const questions = chosenQuestions(['nearestLeader-1', 'unknown', 'goals-2'], da);
    expect(questions.map((q) => q.id)).toEqual(['goals-2', 'nearestLeader-1']);
    expect(questions[0]!.text).toBe(da.guide.themes[0]!.questions[1]!.text);
  });
});
