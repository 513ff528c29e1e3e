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
  selfAgreements: [MAILS_AGREEMENT],
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
    // An agreement of the nearest leader's without a signature is signed with the contract's nearest leader.
    expect(text).toContain('Aftaler tilføjet af Lars Nielsen');
    expect(text).toContain('Tilføjet af Lars Nielsen den 26. november 2026');
    expect(text).toContain('Accept');
    expect(text).toContain('Ikke accepteret endnu.');
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
    const text = await docxParagraphs(await renderContractDocx({ ...contract, selfAgreements: [], leaderAgreements: [] }, getContent('da'), new Date()));
    expect(text.filter((t) => t === '(ingen aftaler endnu)')).toHaveLength(2);
  });

  describe('the agreement both stand behind', () => {
    const lars = { role: 'nearestLeader' as const, displayName: 'Lars Nielsen', id: 'u-lars', at: '2026-12-06T09:30:00.000Z' };
    const mette = { role: 'leader' as const, displayName: 'Mette Hansen', id: 'u-mette', at: '2026-12-05T08:00:00.000Z' };
    const shared: DocumentContract = {
      ...contract,
      leaderAgreements: [
        {
          id: 'own',
          text: 'Vi tager krydspres op på statusmøderne',
          followUp: 'De sidste 5 minutter',
          author: 'leader',
          createdAt: '2026-11-26T09:00:00.000Z',
        },
        { id: 'theirs', text: 'Jeg giver sparring om krydspres', followUp: 'Hver anden uge', author: 'nearestLeader', createdAt: lars.at, addedBy: lars },
        {
          id: 'gone',
          text: 'En aftale Lars opgav',
          followUp: '',
          author: 'nearestLeader',
          createdAt: lars.at,
          addedBy: lars,
          droppedAt: '2026-12-07T09:00:00.000Z',
        },
      ],
      collaboration: {
        comments: [
          { id: 'c1', field: 'goals', text: 'Godt mål – lad os måle på det', by: lars },
          { id: 'c2', field: 'workEnvironment', text: 'Svar: ja tak', by: mette },
          { id: 'c3', field: 'goals', text: '', by: lars, deletedAt: '2026-12-06T10:00:00.000Z' },
        ],
        followUps: [],
        dailyChecks: [],
      },
    };
    const accepted = (c: DocumentContract, version?: string): DocumentContract => ({
      ...c,
      collaboration: { ...c.collaboration!, acceptance: { ...lars, at: '2026-12-06T11:00:00.000Z', ...(version ? { version } : {}) } },
    });

    it('names both, the period, the nearest leader’s agreements in their own list and the comments, signed (Danish)', async () => {
      const text = await docxParagraphs(await renderContractDocx(shared, getContent('da'), new Date('2026-12-06T12:00:00Z')));
      const all = text.join('\n');
      expect(all).toContain('Leder: Mette Hansen');
      expect(all).toContain('Nærmeste leder: Lars Nielsen');
      expect(all).toContain('Periode: 1. december 2026 – 30. november 2027');
      // Their list comes after the leader's own agreement, under its own heading, each item signed.
      const own = text.indexOf('Vi tager krydspres op på statusmøderne');
      const heading = text.indexOf('Aftaler tilføjet af Lars Nielsen');
      const theirs = text.indexOf('Jeg giver sparring om krydspres');
      expect(own).toBeGreaterThan(0);
      expect(heading).toBeGreaterThan(own);
      expect(theirs).toBeGreaterThan(heading);
      expect(text[theirs + 1]).toBe('Opfølgning: Hver anden uge');
      expect(text[theirs + 2]).toBe('Tilføjet af Lars Nielsen den 6. december 2026');
      expect(text.filter((t) => t === 'Jeg giver sparring om krydspres')).toHaveLength(1);
      // A dropped agreement is not one they stand behind: only in the history, as dropped.
      expect(text.slice(heading, text.indexOf('Accept'))).not.toContain('En aftale Lars opgav');
      expect(text[text.indexOf('En aftale Lars opgav') + 2]).toBe('Opgivet: 7. december 2026');
      expect(text).toContain('Kommentar fra Lars Nielsen, 6. december 2026: Godt mål – lad os måle på det');
      expect(text).toContain('Kommentar fra Mette Hansen, 5. december 2026: Svar: ja tak');
      expect(all).not.toMatch(/Kommentar fra Lars Nielsen, 6\. december 2026: $/m);
      expect(text).toContain('Ikke accepteret endnu.');
    });

    it('has an acceptance block: accepted by whom and when, or changed since', async () => {
      const now = new Date('2026-12-06T12:00:00Z');
      const { agreementVersion } = await import('../../../src/domain/acceptance');
      const version = agreementVersion(shared);
      const yes = await docxParagraphs(await renderContractDocx(accepted(shared, version), getContent('da'), now));
      expect(yes[yes.indexOf('Accept') + 1]).toBe('Accepteret af Lars Nielsen den 6. december 2026.');
      expect(yes).not.toContain('Ikke accepteret endnu.');
      // Changed after the acceptance: never shown as accepted.
      const changed = await docxParagraphs(
        await renderContractDocx({ ...accepted(shared, version), fields: { ...shared.fields, goals: 'Et nyt mål' } }, getContent('da'), now),
      );
      expect(changed[changed.indexOf('Accept') + 1]).toMatch(/^Ændret efter accept: Lars Nielsen accepterede en tidligere version den 6\. december 2026\./);
      expect(changed.join('\n')).not.toContain('Accepteret af');
    });

    it('reads the same in English', async () => {
      const { agreementVersion } = await import('../../../src/domain/acceptance');
      const en = { ...shared, locale: 'en' as const };
      const text = await docxParagraphs(await renderContractDocx(accepted(en, agreementVersion(en)), getContent('en'), new Date('2026-12-06T12:00:00Z')));
      expect(text.join('\n')).toContain('Manager: Lars Nielsen');
      expect(text).toContain('Agreements added by Lars Nielsen');
      expect(text).toContain('Added by Lars Nielsen on 6 December 2026');
      expect(text).toContain('Comment from Lars Nielsen, 6 December 2026: Godt mål – lad os måle på det');
      expect(text[text.indexOf('Acceptance') + 1]).toBe('Accepted by Lars Nielsen on 6 December 2026.');
    });
  });
});
