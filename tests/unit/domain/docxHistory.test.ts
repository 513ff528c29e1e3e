/**
 * @jest-environment node
 */
import { docxParagraphs } from '../../support/docxText';
import { getContent } from '../../../src/content';
import { renderContractDocx } from '../../../src/domain/contractDocument';
import { setDailyCheck } from '../../../src/domain/dailyCheck';
import { dropAgreement, recordFollowUp, reviseAgreement } from '../../../src/domain/followUp';
import type { Contract } from '../../../src/domain/model';
import { NOW, contractWithDailyAgreement as contract, LEADER_BY as BY } from './fixtures';

describe('the .docx history', () => {
  it('has no history section while there is no history', async () => {
    const text = (await docxParagraphs(await renderContractDocx(contract(), getContent('da'), NOW))).join('\n');
    expect(text).not.toContain('Opfølgning over tid');
  });

  it('lists per agreement the records (date, status, note), earlier wordings, drops and the daily summary', async () => {
    let c = contract();
    const [self, daily] = c.selfAgreements as [Contract['selfAgreements'][number], Contract['selfAgreements'][number]];
    const leader = c.leaderAgreements[0]!;
    const original = self.text;
    c = recordFollowUp(c, { agreementId: self.id, date: '2026-12-10', status: 'held', note: 'Det gik godt', by: BY }, NOW);
    c = recordFollowUp(c, { agreementId: leader.id, date: '2026-12-10', status: 'notHeld', note: 'Ingen tid', by: BY }, NOW);
    c = reviseAgreement(c, self.id, { text: 'Pauser to gange om ugen', followUp: 'Fredag', cadence: 'weekly' }, BY, new Date(2026, 11, 11, 9));
    for (const day of ['2026-11-24', '2026-11-25', '2026-11-26']) c = setDailyCheck(c, daily.id, day, true, NOW);
    c = dropAgreement(c, leader.id, new Date(2026, 11, 12, 9));

    const lines = await docxParagraphs(await renderContractDocx(c, getContent('da'), NOW));
    const start = lines.indexOf('Opfølgning over tid');
    expect(start).toBeGreaterThan(0);
    const history = lines.slice(start);
    expect(history).toContain('Pauser to gange om ugen');
    expect(history).toContain(`Tidligere formulering (ændret 11. december 2026): ${original}`);
    expect(history).toContain('10. december 2026: Holdt — Det gik godt');
    expect(history).toContain('10. december 2026: Ikke holdt — Ingen tid');
    expect(history).toContain('Opgivet: 12. december 2026');
    expect(history).toContain('Daglig afkrydsning: 3 af 3 dage overholdt (24. november 2026 – 26. november 2026); flest dage i træk: 3.');

    const english = (await docxParagraphs(await renderContractDocx(c, getContent('en'), NOW))).join('\n');
    expect(english).toContain('Follow-up over time');
    expect(english).toContain('10 December 2026: Kept — Det gik godt');
  });
});
