import { getContent } from '../../../src/content';
import {
  createEmptyDraft,
  isTimerRunning,
  pauseTimer,
  resetTimer,
  setContractLocale,
  setLocaleOverride,
  setStep,
  startTimer,
  timerElapsedMs,
  timerRemainingMs,
} from '../../../src/domain/draft';
import {
  addAgreement,
  appendToContractField,
  isChecklistItemTicked,
  moveAgreement,
  notesForContractField,
  removeAgreement,
  setContractField,
  setFigureNote,
  setNearestLeader,
  setPeriod,
  setPoints,
  setQuestionNote,
  setThemeNote,
  toggleChecklistItem,
  toggleQuestionForLeader,
  updateAgreement,
  updateAgreements,
  setBookings,
  replaceContract,
} from '../../../src/domain/draftEdits';
import type { Agreement } from '../../../src/domain/model';
import { NOW } from './fixtures';

const later = new Date(2026, 10, 26, 14, 0);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('createEmptyDraft', () => {
  it('starts empty, at the start step, with a 12-month period from today', () => {
    const d = createEmptyDraft(NOW, 'da');
    expect(d.schema).toBe(1);
    expect(d.ui).toEqual({ step: 'start', localeOverride: null, timer: { startedAt: null, elapsedMs: 0 } });
    expect(d.notes).toEqual({ schema: 1, questionNotes: {}, themeNotes: {}, figure: {} });
    expect(d.contract.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(d.contract.locale).toBe('da');
    expect(d.contract.period).toEqual({ start: '2026-11-26', end: '2027-11-26' });
    expect(d.contract.fields).toEqual({ goals: '', workEnvironment: '', alignWithLeader: '' });
    expect(d.contract.selfAgreements).toEqual([]);
    expect(d.contract.leaderAgreements).toEqual([]);
    expect(d.contract.preparation).toEqual({ points: [], questionsForLeader: [], inviteChecklist: [] });
    expect(d.contract.createdAt).toBe(NOW.toISOString());
  });

  it('gives every draft its own contract id', () => {
    expect(createEmptyDraft(NOW, 'en').contract.id).not.toBe(createEmptyDraft(NOW, 'en').contract.id);
  });
});

describe('updaters are immutable', () => {
  const base = deepFreeze(createEmptyDraft(NOW, 'da'));

  it('notes: set and clear per question, theme and figure direction', () => {
    const d = setFigureNote(setThemeNote(setQuestionNote(base, 'goals-1', 'Nøgletal'), 'goals', 'Drift'), 'across', 'Kolleger');
    expect(d.notes.questionNotes).toEqual({ 'goals-1': 'Nøgletal' });
    expect(d.notes.themeNotes).toEqual({ goals: 'Drift' });
    expect(d.notes.figure).toEqual({ across: 'Kolleger' });
    expect(base.notes.questionNotes).toEqual({});
    expect(setQuestionNote(d, 'goals-1', '').notes.questionNotes).toEqual({});
    // Private notes do not touch the contract.
    expect(d.contract).toBe(base.contract);
  });

  it('contract fields bump updatedAt', () => {
    const d = setContractField(base, 'goals', 'Mål', later);
    expect(d.contract.fields.goals).toBe('Mål');
    expect(d.contract.updatedAt).toBe(later.toISOString());
    expect(d.notes).toBe(base.notes);
    expect(base.contract.fields.goals).toBe('');
  });

  it('sets period, locale and the nearest leader, and removes a person again', () => {
    let d = setPeriod(base, { end: '2027-05-26' }, later);
    expect(d.contract.period).toEqual({ start: '2026-11-26', end: '2027-05-26' });
    d = setContractLocale(d, 'en', later);
    expect(d.contract.locale).toBe('en');
    d = setNearestLeader(d, { displayName: 'Mette', mail: 'mette@example.dk', kind: 'user' }, later);
    expect(d.contract.nearestLeader?.displayName).toBe('Mette');
    d = setNearestLeader(d, undefined, later);
    expect('nearestLeader' in d.contract).toBe(false);
  });

  it('points and the questions for the nearest leader', () => {
    let d = setPoints(base, ['a', 'b'], later);
    expect(d.contract.preparation.points).toEqual(['a', 'b']);
    d = toggleQuestionForLeader(d, 'goals-1', later);
    d = toggleQuestionForLeader(d, 'goals-2', later);
    expect(d.contract.preparation.questionsForLeader).toEqual(['goals-1', 'goals-2']);
    d = toggleQuestionForLeader(d, 'goals-1', later);
    expect(d.contract.preparation.questionsForLeader).toEqual(['goals-2']);
  });

  it('the invite checklist grows as needed and does not bump updatedAt', () => {
    let d = toggleChecklistItem(base, 3);
    expect(d.contract.preparation.inviteChecklist).toEqual([false, false, false, true]);
    expect(isChecklistItemTicked(d, 3)).toBe(true);
    expect(isChecklistItemTicked(d, 0)).toBe(false);
    d = toggleChecklistItem(d, 3);
    expect(isChecklistItemTicked(d, 3)).toBe(false);
    expect(d.contract.updatedAt).toBe(base.contract.updatedAt);
    expect(toggleChecklistItem(base, -1)).toBe(base);
    expect(toggleChecklistItem(base, 1.5)).toBe(base);
  });

  it('step and language override', () => {
    expect(setStep(base, 'contract').ui.step).toBe('contract');
    expect(setLocaleOverride(base, 'en').ui.localeOverride).toBe('en');
    expect(setLocaleOverride(setLocaleOverride(base, 'en'), null).ui.localeOverride).toBeNull();
  });
});

describe('agreement lists', () => {
  const build = (): Agreement[] => {
    let list: Agreement[] = [];
    for (const text of ['a', 'b', 'c']) list = addAgreement(list, { text }, NOW);
    return list;
  };

  it('adds with an id, empty follow-up and the leader as author', () => {
    const [a] = addAgreement([], { text: 'Pauser', cadence: 'daily' }, NOW);
    expect(a).toEqual({ id: expect.any(String), text: 'Pauser', followUp: '', cadence: 'daily', author: 'leader', createdAt: NOW.toISOString() });
  });

  it('updates one item and can clear its cadence', () => {
    const list = build();
    const id = list[1]!.id;
    const updated = updateAgreement(list, id, { followUp: 'Hver uge', cadence: 'weekly' });
    expect(updated[1]).toMatchObject({ text: 'b', followUp: 'Hver uge', cadence: 'weekly' });
    expect(updated[0]).toBe(list[0]);
    const cleared = updateAgreement(updated, id, { cadence: undefined });
    expect('cadence' in cleared[1]!).toBe(false);
  });

  it('removes and moves (clamped)', () => {
    const list = build();
    const [a, b, c] = list.map((x) => x.id);
    expect(removeAgreement(list, b!).map((x) => x.text)).toEqual(['a', 'c']);
    expect(moveAgreement(list, c!, 0).map((x) => x.text)).toEqual(['c', 'a', 'b']);
    expect(moveAgreement(list, a!, 99).map((x) => x.text)).toEqual(['b', 'c', 'a']);
    expect(moveAgreement(list, a!, -5).map((x) => x.text)).toEqual(['a', 'b', 'c']);
    expect(moveAgreement(list, 'missing', 1)).toEqual(list);
    expect(list.map((x) => x.text)).toEqual(['a', 'b', 'c']);
  });

  it('applies a list edit to the draft', () => {
    const d = updateAgreements(createEmptyDraft(NOW, 'da'), 'leaderAgreements', (l) => addAgreement(l, { text: 'x' }, NOW), later);
    expect(d.contract.leaderAgreements).toHaveLength(1);
    expect(d.contract.updatedAt).toBe(later.toISOString());
  });
});

describe('pulling notes into the contract', () => {
  const content = getContent('da');

  it('collects the theme note and question notes of the field’s theme, in guide order', () => {
    let d = createEmptyDraft(NOW, 'da');
    d = setQuestionNote(d, 'goals-2', 'Anden');
    d = setQuestionNote(d, 'goals-1', 'Første');
    d = setThemeNote(d, 'goals', 'Tema');
    d = setQuestionNote(d, 'workEnvironment-1', 'Andet tema');
    d = setQuestionNote(d, 'goals-3', '   ');
    expect(notesForContractField(d.notes, 'goals', content)).toEqual(['Tema', 'Første', 'Anden']);
  });

  it('appends once, separated by a blank line', () => {
    let d = createEmptyDraft(NOW, 'da');
    d = appendToContractField(d, 'goals', 'Første', later);
    d = appendToContractField(d, 'goals', 'Anden', later);
    d = appendToContractField(d, 'goals', 'Anden', later);
    expect(d.contract.fields.goals).toBe('Første\n\nAnden');
    expect(appendToContractField(d, 'goals', '  ', later)).toBe(d);
  });
});

describe('the preparation timer', () => {
  it('runs, pauses, resumes and resets', () => {
    const t0 = new Date(2026, 10, 26, 9, 0);
    let d = startTimer(createEmptyDraft(t0, 'da'), t0);
    expect(isTimerRunning(d.ui.timer)).toBe(true);
    expect(startTimer(d, new Date(t0.getTime() + 5000))).toBe(d);
    expect(timerElapsedMs(d.ui.timer, new Date(t0.getTime() + 10 * 60_000))).toBe(10 * 60_000);
    d = pauseTimer(d, new Date(t0.getTime() + 10 * 60_000));
    expect(isTimerRunning(d.ui.timer)).toBe(false);
    expect(timerElapsedMs(d.ui.timer, new Date(t0.getTime() + 60 * 60_000))).toBe(10 * 60_000);
    d = startTimer(d, new Date(t0.getTime() + 20 * 60_000));
    expect(timerElapsedMs(d.ui.timer, new Date(t0.getTime() + 25 * 60_000))).toBe(15 * 60_000);
    expect(timerRemainingMs(d.ui.timer, new Date(t0.getTime() + 25 * 60_000))).toBe(30 * 60_000);
    expect(timerRemainingMs(d.ui.timer, new Date(t0.getTime() + 5 * 3600_000))).toBe(0);
    expect(resetTimer(d).ui.timer).toEqual({ startedAt: null, elapsedMs: 0 });
  });

  it('never counts negative time when the clock went back', () => {
    const t0 = new Date(2026, 10, 26, 9, 0);
    const d = startTimer(createEmptyDraft(t0, 'da'), t0);
    expect(timerElapsedMs(d.ui.timer, new Date(t0.getTime() - 60_000))).toBe(0);
  });
});

describe('setBookings and replaceContract', () => {
  it('records bookings without touching updatedAt (an unchanged contract is not re-uploaded)', () => {
    const d = createEmptyDraft(new Date('2026-11-26T09:00:00Z'), 'da');
    const bookings = {
      followUps: [],
      reminders: [],
      dialogue: { transactionId: 't-1', start: '2026-12-03T10:00:00', end: '2026-12-03T10:45:00', timeZone: 'Romance Standard Time' },
    };
    const next = setBookings(d, bookings);
    expect(next.contract.bookings).toBe(bookings);
    expect(next.contract.updatedAt).toBe(d.contract.updatedAt);
    expect(d.contract.bookings).toBeUndefined();
  });

  it('puts a whole contract in place as it is', () => {
    const d = createEmptyDraft(new Date('2026-11-26T09:00:00Z'), 'da');
    const theirs = { ...d.contract, fields: { ...d.contract.fields, goals: 'Deres version' }, updatedAt: '2026-11-27T08:00:00.000Z' };
    const next = replaceContract(d, theirs);
    expect(next.contract).toBe(theirs);
    expect(next.notes).toBe(d.notes);
  });
});
