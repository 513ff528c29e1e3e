import { buildContractDeepLink, contractIdFromDeepLink, contractWebUrl } from '../../../src/host/contractLinks';
import { contractIdFromLocation, decodeContractRef, encodeContractRef } from '../../../src/host/deepLink';

const CONTRACT = '3f0c9a1e-5b7d-4c1a-9e2f-1a2b3c4d5e6f';

describe('encodeContractRef / decodeContractRef', () => {
  it('round-trips a located ref with Graph-style ids holding ! and other characters', () => {
    const ref = { contractId: CONTRACT, driveId: 'b!-RIj2DuyvEyV1T4NlOaMHk8XkS_I8MdF', itemId: '01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K', folderId: '12345!100' };
    const encoded = encodeContractRef(ref);
    expect(encoded).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(encoded.split('.')).toHaveLength(4);
    expect(decodeContractRef(encoded)).toEqual(ref);
  });

  it('a folder-only ref leaves the item part empty and still decodes', () => {
    const ref = { contractId: CONTRACT, driveId: 'drive-1', folderId: 'folder-1' };
    const encoded = encodeContractRef(ref);
    expect(encoded.split('.')[2]).toBe('');
    expect(decodeContractRef(encoded)).toEqual(ref);
  });

  it('keeps plain ids plain, both ways', () => {
    expect(encodeContractRef({ contractId: CONTRACT })).toBe(CONTRACT);
    expect(decodeContractRef(CONTRACT)).toEqual({ contractId: CONTRACT });
    expect(decodeContractRef(`  ${CONTRACT} `)).toEqual({ contractId: CONTRACT });
  });

  it('rejects what is not a reference', () => {
    for (const bad of ['', '   ', undefined, null, '<script>', `${CONTRACT}.***`, `${CONTRACT}.a.b.c.d`, '.abc', 'x y'])
      expect(decodeContractRef(bad)).toBeUndefined();
    expect(() => encodeContractRef({ contractId: 'not/an/id' })).toThrow();
  });

  it('survives a browser address and a Teams deep link unchanged', () => {
    const encoded = encodeContractRef({ contractId: CONTRACT, driveId: 'b!drive', itemId: 'item!1' });
    const web = contractWebUrl('https://app.example', encoded);
    expect(decodeContractRef(contractIdFromLocation(new URL(web)))).toEqual({ contractId: CONTRACT, driveId: 'b!drive', itemId: 'item!1' });
    const teams = buildContractDeepLink({ appId: 'app', entityId: 'lederdialog', contractId: encoded, webUrl: web });
    expect(decodeContractRef(contractIdFromDeepLink(teams))).toEqual({ contractId: CONTRACT, driveId: 'b!drive', itemId: 'item!1' });
  });
});
