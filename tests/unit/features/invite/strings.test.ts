import { inviteStrings } from '../../../../src/features/invite/strings';

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe('invite strings', () => {
  it('has the same keys in Danish and English', () => {
    expect(leaves(inviteStrings.en).map(([k]) => k)).toEqual(leaves(inviteStrings.da).map(([k]) => k));
  });

  it('has no empty text, and the same placeholders in both languages', () => {
    const en = new Map(leaves(inviteStrings.en));
    for (const [key, da] of leaves(inviteStrings.da)) {
      expect(typeof da === 'string' && da.trim() !== '').toBe(true);
      const placeholders = (s: unknown) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect({ key, p: placeholders(en.get(key)) }).toEqual({ key, p: placeholders(da) });
    }
  });
});
