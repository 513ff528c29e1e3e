import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { da, en, getContent, localeFromTag, type ToolContent } from '../../../src/content';

/**
 * The content is the product here: the Danish text must be the seed's, word for word, and the
 * English must mirror it key for key, so that notes and contracts keyed by id work in both languages.
 */

// ---------------------------------------------------------------------------------------------
// Walking the content

type Leaf = { path: string; value: string };

function stringLeaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Keys whose values are the same in every language (ids, links, numbers), not translated text. */
const languageNeutralKeys = new Set(['id', 'theme', 'number', 'mainRole', 'url', 'urlLabel', 'surveyUrl']);

/** Every difference in shape between two content trees; empty when they match. */
function structureDifferences(a: unknown, b: unknown, path = '', key = ''): string[] {
  const where = path || '(root)';
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return [`${where}: array in one language only`];
    if (a.length !== b.length) return [`${where}: ${a.length} items vs ${b.length}`];
    return a.flatMap((item, i) => structureDifferences(item, b[i], `${path}[${i}]`, key));
  }
  if (typeof a !== typeof b) return [`${where}: ${typeof a} vs ${typeof b}`];
  if (a !== null && typeof a === 'object') {
    const objA = a as Record<string, unknown>;
    const objB = b as Record<string, unknown>;
    const keysA = Object.keys(objA);
    const keysB = Object.keys(objB);
    if (keysA.join() !== keysB.join()) return [`${where}: keys [${keysA.join()}] vs [${keysB.join()}]`];
    return keysA.flatMap((k) => structureDifferences(objA[k], objB[k], path ? `${path}.${k}` : k, k));
  }
  const mustBeEqual = languageNeutralKeys.has(key) || typeof a !== 'string';
  if (mustBeEqual && key !== 'locale' && a !== b) return [`${where}: ${String(a)} vs ${String(b)}`];
  return [];
}

describe('content structure', () => {
  it('gives Danish and English exactly the same keys, array lengths, ids and order', () => {
    expect(structureDifferences(da, en)).toEqual([]);
  });

  it('pairs every Danish id with the same id in English, at the same place, and no list repeats one', () => {
    const ids = (content: ToolContent) => stringLeaves(content).filter(({ path }) => /(^|\.)id$/.test(path));
    expect(ids(en)).toEqual(ids(da));
    expect(ids(da)).toHaveLength(40);
    // Within one list (the same path but the index) an id names one item only.
    const byList = new Map<string, string[]>();
    for (const { path, value } of ids(da)) {
      const list = path.replace(/\[\d+\]\.id$/, '');
      byList.set(list, [...(byList.get(list) ?? []), value]);
    }
    for (const [list, values] of byList) expect([list, new Set(values).size]).toEqual([list, values.length]);
  });

  it('has the seed’s counts: 5, 5 and 7 support questions, 6 directions, 5 fields, 5 roles, 4 tools', () => {
    for (const content of [da, en]) {
      expect(content.guide.themes.map((t) => [t.id, t.questions.length])).toEqual([
        ['goals', 5],
        ['workEnvironment', 5],
        ['nearestLeader', 7],
      ]);
      expect(content.guide.themes.flatMap((t) => t.questions.map((q) => q.id))).toEqual([
        ...[1, 2, 3, 4, 5].map((n) => `goals-${n}`),
        ...[1, 2, 3, 4, 5].map((n) => `workEnvironment-${n}`),
        ...[1, 2, 3, 4, 5, 6, 7].map((n) => `nearestLeader-${n}`),
      ]);
      expect(content.guide.figureDirections.map((d) => d.id)).toEqual([
        'upToOwnLeader',
        'inwardSelf',
        'partOfManagement',
        'outToCitizens',
        'intoTeam',
        'across',
      ]);
      expect(content.contract.fields.map((f) => [f.id, f.theme])).toEqual([
        ['goals', 'goals'],
        ['workEnvironment', 'workEnvironment'],
        ['selfAgreements', 'workEnvironment'],
        ['alignWithLeader', 'nearestLeader'],
        ['leaderAgreements', 'nearestLeader'],
      ]);
      expect(Object.values(content.contract.example).map((lines) => lines.length)).toEqual([4, 5, 4, 2, 3]);
      expect(content.quotes.items).toHaveLength(5);
      expect(content.process.steps.map((s) => s.number)).toEqual([1, 2, 3]);
      expect(content.importantAgreements.examples).toHaveLength(3);
      expect(content.invite.items).toHaveLength(4);
      expect(content.roles.boxes.filter((b) => b.mainRole)).toHaveLength(3);
      expect(content.series.tools.map((t) => t.id)).toEqual(['intro', 'tool1', 'tool2', 'tool3']);
      // The last support question of theme 3 doubles as the advice on a difficult collaboration.
      expect(content.guide.difficultCollaborationAdvice).toBe(content.guide.themes[2]!.questions[6]!.text);
    }
  });
});

describe('no empty text', () => {
  it.each([
    ['da', da],
    ['en', en],
  ])('%s has no empty, whitespace-only or unevenly spaced string', (_locale, content) => {
    const leaves = stringLeaves(content);
    expect(leaves.length).toBeGreaterThan(150);
    const bad = leaves.filter(({ value }) => value.trim() === '' || value !== value.trim() || /\s{2,}|\n/.test(value));
    expect(bad).toEqual([]);
  });

  it('translates every Danish text: the English at the same place is another text, in English', () => {
    const english = new Map(stringLeaves(en).map(({ path, value }) => [path, value]));
    const untranslated = stringLeaves(da)
      .filter(
        ({ path }) =>
          !languageNeutralKeys.has(
            path
              .split('.')
              .pop()!
              .replace(/\[\d+\]$/, ''),
          ) && path !== 'locale',
      )
      .filter(({ path, value }) => english.get(path) === value || /[æøå]/i.test(english.get(path) ?? ''));
    expect(untranslated).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Word for word against the seed

/** Undoes the PDF's layout: a hyphen at a line end before a lowercase letter is a break, not a hyphen. */
function mendLineBreakHyphens(text: string): string {
  return text.replace(/(\p{Ll})-[ \t]*\n\s*(?=\p{Ll})/gu, '$1');
}

/** Joins lines broken by layout, also after a slash ("godtarbejdsmiljo.dk/ ⏎ lederdialog"). */
function collapse(text: string): string {
  return text.replace(/\/\s+/g, '/').replace(/\s+/g, ' ').trim();
}

/**
 * The app's two deliberate departures from the seed's letter, undone on both sides before comparing:
 * Danish quotation marks „…“ where the seed has ‘…’ (one kind of quotation mark for all Danish
 * text), and no "(slide 10-11)" in "Inviter din leder", as the app has no slides.
 */
const SLIDE_REFERENCE = ' (slide 10-11)';
function withoutDepartures(text: string): string {
  return text
    .split(SLIDE_REFERENCE)
    .join('')
    .replace(/[‘’„“”]/g, '"');
}

const rawSeed = readFileSync(join(__dirname, '../../fixtures/seed.txt'), 'utf8');
const seed = withoutDepartures(collapse(mendLineBreakHyphens(rawSeed)));

/** The texts not found in the seed; listing only those keeps a failure readable. */
function missingFromSeed(texts: readonly string[]): string[] {
  return texts.filter((text) => !seed.includes(withoutDepartures(collapse(text))));
}

function between(text: string, start: string, end: string, fromIndex = 0): string {
  const from = text.indexOf(start, fromIndex);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`seed has no "${start}" … "${end}"`);
  return text.slice(from + start.length, to);
}

describe('Danish is the seed, word for word', () => {
  it('normalises the seed as intended', () => {
    expect(seed).toContain('til at afstemme rammerne om ledelsesopgaven.');
    expect(seed).toContain('Tænk hele vejen rundt om din ledelsesopgave.');
    expect(seed).toContain('fx LUS-samtaler.');
    expect(seed).toContain('i de kommende 6-12 måneder');
    expect(seed).not.toContain('af-stemme');
    expect(seed).not.toContain('prio- ritere');
  });

  const questions = da.guide.themes.flatMap((t) => t.questions.map((q) => [q.id, q.text] as const));
  const checked: (readonly [string, string])[] = [
    ...questions,
    ...da.contract.fields.map((f) => [`field ${f.id}: heading`, f.heading] as const),
    ...da.contract.fields.map((f) => [`field ${f.id}: question`, f.question] as const),
    ...da.guide.figureDirections.map((d) => [`direction ${d.id}`, d.label] as const),
    ...Object.entries(da.contract.example).flatMap(([field, lines]) => lines.map((line, i) => [`example ${field}[${i}]`, line] as const)),
    ...da.invite.items.map((item, i) => [`invite[${i}]`, item] as const),
    ...da.quotes.items.map((q) => [`quote "${q.title}"`, q.text] as const),
    ...da.process.steps.map((s) => [`process step ${s.number}`, s.text] as const),
  ];

  it.each(checked)('%s', (_what, text) => {
    expect(missingFromSeed([text])).toEqual([]);
  });

  it('finds every other Danish text in the seed too (headings, titles, roles, series)', () => {
    const notText = new Set(['id', 'theme', 'url', 'surveyUrl', 'locale']);
    const missing = stringLeaves(da)
      .filter(
        ({ path }) =>
          !notText.has(
            path
              .split('.')
              .pop()!
              .replace(/\[\d+\]$/, ''),
          ),
      )
      .filter(({ value }) => missingFromSeed([value]).length > 0);
    expect(missing).toEqual([]);
  });

  it('departs from the seed only where meant: no slide numbers, Danish quotation marks', () => {
    const raw = collapse(mendLineBreakHyphens(rawSeed));
    expect(raw).toContain(`forberede dig på${SLIDE_REFERENCE}.`);
    expect(raw).toContain('Værktøjet ‘Styrk lederens dialog med nærmeste leder’ er');
    expect(da.invite.items[2]).toMatch(/forberede dig på\.$/);
    expect(da.why.intro).toContain('Værktøjet „Styrk lederens dialog med nærmeste leder“ er');
    expect(stringLeaves(da).filter(({ value }) => /slide/i.test(value))).toEqual([]);
    expect(stringLeaves(en).filter(({ value }) => /slide/i.test(value))).toEqual([]);
    // A changed word next to a quotation mark is still a difference.
    expect(missingFromSeed([da.why.intro.replace('udviklet', 'lavet')])).toHaveLength(1);
  });

  it("keeps the highlighted line on the tool's relation apart from the bullets, after the bullet on relations", () => {
    const raw = collapse(mendLineBreakHyphens(rawSeed));
    const at = raw.indexOf(da.why.highlight.text);
    expect(at).toBeGreaterThan(0);
    // In the seed the line is not a bullet: no "•" right before it …
    expect(raw.slice(0, at).trimEnd().endsWith('•')).toBe(false);
    // … and it follows the finding it is shown after.
    expect(raw.lastIndexOf('•', at)).toBe(raw.indexOf(`• ${da.why.findings[da.why.highlight.afterFinding]!.slice(0, 30)}`));
    expect(da.why.findings).not.toContain(da.why.highlight.text);
    expect(da.why.findings).toHaveLength(4);
  });

  it('fails when one word differs, or when a line-break hyphen is left in', () => {
    const original = da.guide.themes[0]!.questions[2]!.text;
    const direction = da.guide.figureDirections[3]!.label;
    expect(missingFromSeed([original, direction])).toEqual([]);
    const altered = [
      original.replace('fokus', 'fokusering'),
      original.replace('prioritere', 'prio- ritere'),
      original.replace('mål?', 'mål.'),
      direction.replace('borgerne', 'brugerne'),
    ];
    expect(missingFromSeed(altered)).toEqual(altered);
  });

  it('has every support question bullet of the seed, in order, and no other', () => {
    const block = between(seed, 'Støttespørgsmål til interviewguiden – tag noter på næste side', 'Aftale med dig selv og med nærmeste leder');
    const bullets = block
      .split('•')
      .slice(1)
      // A theme heading ("2. Dit psykiske arbejdsmiljø …") trails the last bullet of the theme before.
      .map((bullet) => bullet.replace(/\s\d\. \p{Lu}.*$/u, '').trim());
    expect(bullets).toHaveLength(17);
    expect(questions.map(([, text]) => text)).toEqual(bullets);
  });

  it('has every line of the worked example, in the seed’s order, and no other', () => {
    const mended = mendLineBreakHyphens(rawSeed);
    const exampleStart = mended.indexOf('Eksempel på aftale med dig selv og med nærmeste leder');
    const block = between(mended, '2. Aftale med dig selv 3. Aftale med nærmeste leder', '1. Mål for din ledelsesopgave 2.', exampleStart);
    const seedLines = block
      .split(/\n\s*\n/)
      .map(collapse)
      .filter(Boolean);
    const { goals, workEnvironment, alignWithLeader, selfAgreements, leaderAgreements } = da.contract.example;
    // The seed's slide lists the boxes column by column: 1, 2, 3 on top, then the two agreements.
    expect([...goals, ...workEnvironment, ...alignWithLeader, ...selfAgreements, ...leaderAgreements]).toEqual(seedLines);
  });
});

describe('English', () => {
  it('uses the Words table of DESIGN.md, not literal translations', () => {
    const text = stringLeaves(en)
      .map(({ value }) => value)
      .join('\n');
    expect(text).not.toMatch(/nearest leader/i);
    expect(text).not.toMatch(/psychological work environment/i);
    expect(text).toMatch(/your manager/);
    expect(text).toMatch(/psychosocial work environment/);
    expect(text).toMatch(/leader agreement/);
  });

  it('keeps the links of the Danish original', () => {
    expect(en.series.tools.map((t) => t.url)).toEqual(da.series.tools.map((t) => t.url));
    expect(en.why.surveyUrl).toBe('https://godtarbejdsmiljo.dk/lederundersogelse');
    for (const tool of da.series.tools) expect(tool.url).toBe(`https://${tool.urlLabel}`);
  });
});

describe('choosing the language', () => {
  it.each([
    ['da', 'da'],
    ['da-DK', 'da'],
    ['DA-dk', 'da'],
    ['da_DK', 'da'],
    [' da-DK ', 'da'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['nb-NO', 'en'],
    ['sv-SE', 'en'],
    ['de-DA', 'en'],
    ['dan', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('localeFromTag(%p) is %p', (tag, locale) => {
    expect(localeFromTag(tag)).toBe(locale);
  });

  it('getContent returns the content of that language', () => {
    expect(getContent('da')).toBe(da);
    expect(getContent('en')).toBe(en);
    expect(getContent(localeFromTag('da-DK')).toolTitle).toBe('Styrk lederens dialog med nærmeste leder');
  });
});
