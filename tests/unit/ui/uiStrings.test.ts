import fs from 'node:fs';
import path from 'node:path';
import { da, en } from '../../../src/content';
import { fillTemplate } from '../../../src/content/uiStrings';
import { uiStrings } from '../../../src/content/uiStringsByLocale';

/**
 * Every strings module of the app, found the way the lint rule against inline pairs finds them
 * (eslint.config.mjs STRINGS_MODULES): src/content and every strings.ts / *Strings.ts. Each export
 * shaped Record<Locale, …> is checked, so a new module is covered without being listed here.
 */
const src = path.resolve(__dirname, '../../../src');
function stringsModules(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'emulator' ? [] : stringsModules(full);
    const inContent = path.relative(src, full).startsWith(`content${path.sep}`);
    return /\.tsx?$/.test(entry.name) && (inContent || /(^strings|Strings)\.ts$/.test(entry.name)) ? [full] : [];
  });
}

interface Pair {
  name: string;
  da: unknown;
  en: unknown;
}

function pairsOf(file: string): Pair[] {
  const exports = require(file) as Record<string, unknown>;
  return Object.entries(exports)
    .filter(([, value]) => value !== null && typeof value === 'object' && Object.keys(value).sort().join() === 'da,en')
    .map(([name, value]) => ({ name: `${path.relative(src, file)}: ${name}`, ...(value as { da: unknown; en: unknown }) }));
}

/** Every leaf as "path → value", so both languages can be compared key by key. */
function leaves(node: unknown, path = ''): Array<[string, unknown]> {
  if (node !== null && typeof node === 'object') {
    return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  }
  return [[path, node]];
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

/** Deliberately empty: an item kept in this browser has no page to open (MyDataView shows no link). */
const EMPTY_ON_PURPOSE = new Set(['features/myData/strings.ts: myDataStrings open.browser']);

const modules = stringsModules(src);
// The tool's text is two modules (da.ts, en.ts), one per language: compare them as a pair too.
const pairs: Pair[] = [{ name: 'content: da/en', da, en }, ...modules.flatMap(pairsOf)];

describe('every strings module', () => {
  it('is found: content, the features, the task pane, the documents', () => {
    const names = modules.map((m) => path.relative(src, m));
    expect(names).toEqual(
      expect.arrayContaining([
        'content/uiStringsByLocale.ts',
        'features/invite/strings.ts',
        'features/invite/engine/engineStrings.ts',
        'features/invite/bookingIssueStrings.ts',
        'content/contractValidationStrings.ts',
        'outlook/paneStrings.ts',
        'domain/documentStrings.ts',
        'domain/followUpLabelStrings.ts',
      ]),
    );
    expect(pairs.length).toBeGreaterThan(15);
    expect(pairs.map((p) => p.name)).toContain('features/invite/engine/engineStrings.ts: engineStrings');
  });

  describe.each(pairs.map((p) => [p.name, p] as const))('%s', (_name, pair) => {
    const daLeaves = new Map(leaves(pair.da));
    const enLeaves = new Map(leaves(pair.en));

    it('has the same keys in Danish and English', () => {
      expect([...enLeaves.keys()].sort()).toEqual([...daLeaves.keys()].sort());
    });

    it('has no empty text, and the same placeholders and the same functions in both languages', () => {
      for (const [key, value] of daLeaves) {
        const other = enLeaves.get(key);
        if (typeof value === 'function') {
          expect({ key, type: typeof other, arity: (other as (...args: unknown[]) => unknown).length }).toEqual({ key, type: 'function', arity: value.length });
          continue;
        }
        if (typeof value !== 'string') continue;
        for (const text of [value, other as string]) {
          const empty = typeof text === 'string' && text.trim() === '' && !EMPTY_ON_PURPOSE.has(`${pair.name} ${key}`);
          expect({ key, type: typeof text, empty }).toEqual({ key, type: 'string', empty: false });
        }
        expect({ key, placeholders: placeholders(other as string) }).toEqual({ key, placeholders: placeholders(value) });
      }
    });
  });
});

describe('uiStrings', () => {
  it('has more than fifty texts', () => {
    expect(leaves(uiStrings.da).length).toBeGreaterThan(50);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate(uiStrings.da.save.savedAt, { time: 'kl. 13.30' })).toBe('Gemt kl. 13.30');
    expect(fillTemplate('{a} og {b}', { a: 1 })).toBe('1 og {b}');
  });
});
