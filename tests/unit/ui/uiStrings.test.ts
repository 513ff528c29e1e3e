import { fillTemplate } from '../../../src/content/uiStrings';
import { uiStrings } from '../../../src/content/uiStringsByLocale';

/** Every leaf as "path → value", so both languages can be compared key by key. */
function leaves(node: unknown, path = ''): Array<[string, unknown]> {
  if (node !== null && typeof node === 'object') {
    return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  }
  return [[path, node]];
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('uiStrings', () => {
  const da = new Map(leaves(uiStrings.da));
  const en = new Map(leaves(uiStrings.en));

  it('has the same keys in Danish and English', () => {
    expect([...en.keys()].sort()).toEqual([...da.keys()].sort());
    expect(da.size).toBeGreaterThan(50);
  });

  it('has no empty or non-string text', () => {
    for (const [key, value] of [...da, ...en]) {
      expect({ key, type: typeof value }).toEqual({ key, type: 'string' });
      expect({ key, empty: (value as string).trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, value] of da) {
      expect({ key, placeholders: placeholders(en.get(key) as string) }).toEqual({ key, placeholders: placeholders(value as string) });
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate(uiStrings.da.save.savedAt, { time: 'kl. 13.30' })).toBe('Gemt kl. 13.30');
    expect(fillTemplate('{a} og {b}', { a: 1 })).toBe('1 og {b}');
  });
});
