/**
 * Needs a DOM: localStorage.
 *
 * @jest-environment jsdom
 */
import { createEmptyContract } from '../../../../src/domain/draft';
import type { Contract } from '../../../../src/domain/model';
import { __resetAccountForTests, setActiveAccount } from '../../../../src/store/accountStorage';
import { DialogueJournalKeeper, readDialogueJournal, reconcile } from '../../../../src/features/dialogue/dialogueJournal';
import { addLeaderAgreement, updateLeaderAgreement } from '../../../../src/features/dialogue/dialogueModel';

const SAVED_AT = Date.parse('2026-11-26T10:00:00.000Z');
const by = { role: 'leader' as const, displayName: 'Mette Hansen', at: '2026-11-26T09:00:00.000Z' };

function contractWith(text: string, updatedAt = new Date(SAVED_AT).toISOString()): Contract {
  const c = addLeaderAgreement(createEmptyContract(new Date(SAVED_AT), 'da'), 'a1', by);
  return { ...updateLeaderAgreement(c, 'a1', { text }), updatedAt };
}

beforeEach(() => {
  window.localStorage.clear();
  __resetAccountForTests();
  setActiveAccount('t.mette');
});
afterAll(() => __resetAccountForTests());

describe('the dialogue journal', () => {
  it('a keystroke after the last save wins on opening again; one OneDrive holds is forgotten', () => {
    const keeper = new DialogueJournalKeeper('c1');
    keeper.typed(contractWith('Vi aftaler sparring hver 14. dag'), 'a1');
    // Reloaded before the save: OneDrive still holds the older text, saved before the keystroke.
    const opened = contractWith('Vi aftaler', new Date(Date.now() - 60_000).toISOString());
    const again = new DialogueJournalKeeper('c1').open(opened);
    expect(again.retype(opened).leaderAgreements[0]?.text).toBe('Vi aftaler sparring hver 14. dag');
    expect(again.conflicts).toEqual([]);
    // Once OneDrive holds it, it is forgotten.
    const saved = contractWith('Vi aftaler sparring hver 14. dag', new Date().toISOString());
    expect(new DialogueJournalKeeper('c1').open(saved).journal.agreements).toEqual([]);
    expect(readDialogueJournal('c1').agreements).toEqual([]);
  });

  it('an agreement never saved is added again', () => {
    const keeper = new DialogueJournalKeeper('c1');
    keeper.typed(contractWith('Ny aftale'), 'a1');
    const opened = { ...createEmptyContract(new Date(SAVED_AT), 'da') };
    expect(
      new DialogueJournalKeeper('c1')
        .open(opened)
        .retype(opened)
        .leaderAgreements.map((a) => a.text),
    ).toEqual(['Ny aftale']);
  });

  it('the other person wrote later: both wordings come back as a conflict, nothing written over theirs', () => {
    const keeper = new DialogueJournalKeeper('c1');
    keeper.typed(contractWith('Min tekst'), 'a1');
    const opened = contractWith('Deres tekst', new Date(Date.now() + 60_000).toISOString());
    const result = reconcile(readDialogueJournal('c1'), opened);
    expect(result.retype(opened)).toBe(opened);
    expect(result.conflicts).toEqual([
      { target: { kind: 'agreement', list: 'leaderAgreements', agreementId: 'a1', part: 'text' }, base: '', mine: 'Min tekst', theirs: 'Deres tekst' },
    ]);
  });

  it('keeps a conflict until it is chosen, and a save forgets only what it sent', () => {
    const keeper = new DialogueJournalKeeper('c1');
    const conflict = {
      target: { kind: 'agreement' as const, list: 'leaderAgreements' as const, agreementId: 'a1', part: 'text' as const },
      base: '',
      mine: 'Min',
      theirs: 'Deres',
    };
    keeper.observe({ status: 'saving', contract: contractWith('x'), conflicts: [] });
    keeper.observe({ status: 'saved', contract: contractWith('Deres'), conflicts: [conflict] });
    expect(readDialogueJournal('c1').conflicts).toEqual([conflict]);
    expect(new DialogueJournalKeeper('c1').open(contractWith('Deres')).conflicts).toEqual([conflict]);
    keeper.resolved(conflict, contractWith('Deres'));
    expect(readDialogueJournal('c1').conflicts).toEqual([]);
  });
});
