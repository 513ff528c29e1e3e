/**
 * @jest-environment node
 */
import { renderContractDocx, type DocumentContract } from '../../../src/domain/contractDocument';
import { getContent } from '../../../src/content';
import { docxParagraphs } from '../../support/docxText';
import { DOCUMENT_BASE, MAILS_AGREEMENT } from './fixtures';

const contract: DocumentContract = {
  ...DOCUMENT_BASE,
  fields: {
    goals: 'Fokus på nøgletal for drift.\nOpfølgning på ledelsesrapportering',
    workEnvironment: '<script>alert("x")</script> & "uforstyrret" tid',
    alignWithLeader: '',
  },
  selfAgreements: [
    MAILS_AGREEMENT,
  ],
  leaderAgreements: [
    { id: 'b1', text: 'Vi drøfter de vigtigste sager', followUp: '', cadence: 'weekly', author: 'nearestLeader', createdAt: '2026-11-26T09:00:00.000Z' },
  ],
};

describe('renderContractDocx', () => {
  it('renders a Word document that reads back with the tool headings, the fields and the agreements (Danish)', async () => {
    const bytes = await renderContractDocx(contract, getContent('da'), new Date('2026-11-26T10:00:00Z'));
    const text = await docxParagraphs(bytes);
    const all = text.join('\n');
    expect(text[0]).toBe('Aftale med dig selv og med nærmeste leder');
    for (const field of getContent('da').contract.fields) {
      expect(text).toContain(field.heading);
      expect(text).toContain(field.question);
    }
    expect(all).toContain('Leder: Mette Hansen');
    expect(all).toContain('Nærmeste leder: Lars Nielsen');
    expect(all).toContain('Periode: 1. december 2026 – 30. november 2027');
    expect(text).toContain('Fokus på nøgletal for drift.\nOpfølgning på ledelsesrapportering');
    // User text is text, never markup: it comes back exactly as typed.
    expect(text).toContain('<script>alert("x")</script> & "uforstyrret" tid');
    expect(all).toContain('(ikke udfyldt)');
    expect(text).toContain('Jeg tjekker mails fire gange om dagen');
    expect(text).toContain('Opfølgning: Jeg krydser af på et papir · Hyppighed: dagligt');
    expect(text).toContain('Opfølgning: Hyppighed: ugentligt');
    expect(text).toContain('Tilføjet af nærmeste leder');
    expect(all).toContain('Dato: 26. november 2026');
  });

  it('renders in English with the English headings', async () => {
    const text = await docxParagraphs(await renderContractDocx({ ...contract, locale: 'en' }, getContent('en'), new Date('2026-11-26T10:00:00Z')));
    expect(text[0]).toBe(getContent('en').contract.heading);
    expect(text.join('\n')).toContain('Manager: Lars Nielsen');
    expect(text).toContain('Follow-up: Jeg krydser af på et papir · Frequency: daily');
    expect(text.join('\n')).toContain('Date: 26 November 2026');
  });

  it('says so when there are no agreements yet', async () => {
    const text = await docxParagraphs(
      await renderContractDocx({ ...contract, selfAgreements: [], leaderAgreements: [] }, getContent('da'), new Date()),
    );
    expect(text.filter((t) => t === '(ingen aftaler endnu)')).toHaveLength(2);
  });
});
