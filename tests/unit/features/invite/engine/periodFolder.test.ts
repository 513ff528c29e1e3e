/** A new period's contract folder is named by its period, never the folder of the contract it follows. */
import { contractFolderPath, folderPathForContract, periodFolderPath } from '../../../../../src/features/invite/engine';
import { startNewPeriod } from '../../../../../src/domain/newPeriod';
import { filledDraft } from '../../../domain/fixtures';

describe('contract folders per period', () => {
  it('a first contract keeps the year folder; a continued one is named by its months', () => {
    expect(folderPathForContract({ period: { start: '2026-12-01', end: '2027-11-30' } }, 'Mette Hansen')).toBe('Lederdialog/2026 Mette Hansen');
    expect(folderPathForContract({ period: { start: '2027-12-01', end: '2028-11-30' }, previousContractId: 'c-1' }, 'Mette Hansen')).toBe(
      'Lederdialog/2027-12 – 2028-11 Mette Hansen',
    );
  });

  it('cleans the name as the year folder does, and falls back without a period', () => {
    expect(periodFolderPath({ start: '2027-01-01', end: '2027-06-30' }, 'a*b:c')).toBe('Lederdialog/2027-01 – 2027-06 a b c');
    expect(periodFolderPath({ start: '', end: '' }, 'Mette')).toBe(contractFolderPath('', 'Mette'));
  });

  it('two periods in one calendar year get two folders', () => {
    const draft = filledDraft();
    const first = { ...draft.contract, period: { start: '2026-01-01', end: '2026-06-30' } };
    const { next } = startNewPeriod(first, [], '2026-06-20', new Date('2026-06-20T10:00:00Z'));
    expect(next.period.start.slice(0, 4)).toBe(first.period.start.slice(0, 4));
    expect(folderPathForContract(next, 'Mette Hansen')).not.toBe(folderPathForContract(first, 'Mette Hansen'));
  });
});
