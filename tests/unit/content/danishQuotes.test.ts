/**
 * @jest-environment node
 *
 * Danish text quotes the Danish way: „…“ (U+201E to open, U+201C to close). English “…”, the
 * single ‘…’ and straight " do not belong in it. Read from the source, so that every Danish string
 * counts wherever it lives: src/content/da.ts, the strings modules (uiStrings.ts and each feature's
 * strings.ts), and the { da, en } label pairs of the domain, the Outlook pane and the graph layer.
 * Markup's own text (JSX text) is shown in both languages, so it carries no quotation marks at all:
 * quoting there goes through the locale's marks.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Why a piece of Danish text breaks the rule; empty when it quotes the Danish way (or not at all). */
export function danishQuoteProblems(text: string): string[] {
  const problems: string[] = [];
  let open = false;
  for (const ch of text) {
    if (ch === '„') {
      if (open) problems.push('„ inside „…“ without closing');
      open = true;
    } else if (ch === '“') {
      if (!open) problems.push('“ opens a quotation (English style; Danish opens with „)');
      open = false;
    } else if (ch === '”') problems.push('” closes a quotation (English style; Danish closes with “)');
    else if (ch === '"') problems.push('straight " (Danish uses „…“)');
    else if (ch === '‘') problems.push('‘ opens a quotation (English style; Danish uses „…“)');
  }
  if (open) problems.push('„ never closed with “');
  return problems;
}

const SRC = path.join(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'emulator' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function nameOf(node: ts.Node): string | undefined {
  if ((ts.isPropertyAssignment(node) || ts.isVariableDeclaration(node)) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
    return node.name.text;
  }
  return undefined;
}

/** Inside `da: …` or `const da = …`: Danish text. */
function isDanish(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (nameOf(n) === 'da') return true;
  }
  return false;
}

interface Found {
  where: string;
  text: string;
  problems: string[];
}

/** Every Danish string and every JSX text of one source text, with its problems. */
export function quoteProblemsInSource(fileName: string, source: string): Found[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Found[] = [];
  const check = (node: ts.Node, text: string, problems: string[]) => {
    if (problems.length === 0) return;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push({ where: `${path.relative(SRC, fileName)}:${line + 1}`, text, problems });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      // Shown whatever the language: no quotation mark of any language belongs here.
      const text = node.getText(file);
      check(node, text, /["“”„‘]/.test(text) ? ['quotation mark in markup text (quote with the locale’s marks instead)'] : []);
    } else if (isDanish(node)) {
      let text: string | undefined;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
      else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
      if (text !== undefined) {
        check(node, text, danishQuoteProblems(text));
        if (ts.isTemplateExpression(node)) return; // its spans' literals are checked above, as one text
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('Danish quotation marks', () => {
  it('accepts „…“ and text without quotation marks, and names every other mark', () => {
    expect(danishQuoteProblems('Tryk på „Book og del“, så sker det.')).toEqual([]);
    expect(danishQuoteProblems('Intet citat her – kun en tankestreg.')).toEqual([]);
    expect(danishQuoteProblems('Tryk på “Book og del”.')).toHaveLength(2);
    expect(danishQuoteProblems('Tryk på "Book og del".')).toHaveLength(2);
    expect(danishQuoteProblems('Værktøjet ‘Styrk lederens dialog’')).toHaveLength(1);
    expect(danishQuoteProblems('Tryk på „Book og del.')).toEqual(['„ never closed with “']);
  });

  it('finds Danish strings in da objects, label pairs and templates, and quotation marks in JSX text', () => {
    const source = `
      const da = { a: 'Tryk "Gem"', b: { c: \`Feltet “\${name}”\` } };
      const labels = { x: { da: 'Aftalen "x"', en: 'The agreement "x"' } };
      const en = { a: 'Press "Save"' };
      const fine = { da: 'Tryk „Gem“', note: 'not Danish "at all"' };
      const view = <p>{t.theirs}: “{text}”</p>;
    `;
    const found = quoteProblemsInSource(path.join(SRC, 'example.tsx'), source);
    expect(found.map((f) => f.text)).toEqual(['Tryk "Gem"', 'Feltet “…”', 'Aftalen "x"', ': “', '”']);
  });

  it('holds for every Danish string in src/ (content, strings modules, label pairs) and all markup text', () => {
    const files = sourceFiles(SRC);
    expect(files.map((f) => path.relative(SRC, f))).toEqual(
      expect.arrayContaining(['content/da.ts', 'content/uiStrings.ts', 'features/nearestLeader/strings.ts']),
    );
    const found = files.flatMap((f) => quoteProblemsInSource(f, fs.readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
