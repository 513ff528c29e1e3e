/**
 * @jest-environment node
 */
// The contract id a Lederaftale.docx carries, so a retry can tell its own file from another
// contract's (src/features/invite/engine/ownDocument.ts).
import { getContent } from '../../../../../src/content';
import { renderContractDocx, type DocumentContract } from '../../../../../src/domain/contractDocument';
import { contractIdOfDocx } from '../../../../../src/features/invite/engine/ownDocument';

const base: DocumentContract = {
  locale: 'da',
  leader: { displayName: 'Mette Hansen' },
  nearestLeader: { displayName: 'Lars Nielsen' },
  period: { start: '2026-12-01', end: '2027-11-30' },
  updatedAt: '2026-11-26T09:00:00.000Z',
  fields: { goals: 'Mål', workEnvironment: '', alignWithLeader: '' },
  selfAgreements: [],
  leaderAgreements: [],
};
const NOW = new Date('2026-11-26T10:00:00Z');

describe('contractIdOfDocx', () => {
  it('reads back the contract id the document was rendered with, XML escaping undone', async () => {
    expect(await contractIdOfDocx(await renderContractDocx({ ...base, id: '3f1c9a2e-77b0-4c1e-9d2a-5b8e0f6a1c44' }, getContent('da'), NOW))).toBe(
      '3f1c9a2e-77b0-4c1e-9d2a-5b8e0f6a1c44',
    );
    expect(await contractIdOfDocx(await renderContractDocx({ ...base, id: 'a&b<"c">' }, getContent('da'), NOW))).toBe('a&b<"c">');
  });

  it('finds no id in a document rendered without one, nor in bytes that are not a document', async () => {
    expect(await contractIdOfDocx(await renderContractDocx(base, getContent('da'), NOW))).toBeUndefined();
    expect(await contractIdOfDocx(new TextEncoder().encode('{"schema":1}'))).toBeUndefined();
  });
});
