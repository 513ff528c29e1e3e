// The layer table of DESIGN.md is enforced by `npm run lint` (eslint.config.mjs, scripts/lint/layers.mjs):
// a deliberate violation, linted with the project's own configuration, is an error; the same file with
// an import its layer may make is clean. ESLint runs in a child process: its configuration is ESM.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

interface Finding {
  file: string;
  messages: { ruleId: string | null; message: string }[];
}

/** Lints each `text` as if it were the file `file` (an existing one, so its layer is known). */
function lint(cases: { file: string; text: string }[]): Finding[] {
  const script = `
    import { ESLint } from 'eslint';
    // Only the rules under test run (the layer rule, the inline-pair rule), without type information:
    // building the TypeScript program for the type-aware rules took most of this test's 20–55 s, and
    // these two read the syntax alone.
    const eslint = new ESLint({
      cwd: ${JSON.stringify(root)},
      ruleFilter: ({ ruleId }) => ruleId.startsWith('layers/') || ruleId === 'no-restricted-syntax',
      overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
    });
    const cases = JSON.parse(process.argv[1]);
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.text, { filePath: c.file });
      out.push({ file: c.file, messages: result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })) });
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], { cwd: root, encoding: 'utf8' });
  return JSON.parse(stdout) as Finding[];
}

const layerErrors = (f: Finding) => f.messages.filter((m) => m.ruleId === 'layers/imports-point-down').map((m) => m.message);

it('fails lint when src/domain imports src/graph or the Graph client, or the app imports the emulator; passes a permitted import', () => {
  const [domainToGraph, domainToPackage, storeToFeatures, appToEmulator, permitted] = lint([
    { file: 'src/domain/agenda.ts', text: "import { getMe } from '../graph/me';\nexport const probe = getMe;\n" },
    { file: 'src/domain/agenda.ts', text: "import { Client } from '@microsoft/microsoft-graph-client';\nexport const probe = Client;\n" },
    { file: 'src/store/localData.ts', text: "import { App } from '../ui/App';\nexport const probe = App;\n" },
    { file: 'src/graph/me.ts', text: "import { startEmulator } from '../emulator/server';\nexport const probe = startEmulator;\n" },
    { file: 'src/domain/agenda.ts', text: "import { getContent } from '../content';\nexport const probe = getContent;\n" },
  ]);
  expect(layerErrors(domainToGraph!)).toEqual(['src/domain may not import src/graph (DESIGN.md layers: domain may import content).']);
  expect(layerErrors(domainToPackage!)).toEqual([
    'src/domain may not import "@microsoft/microsoft-graph-client" (DESIGN.md layers: the domain is pure logic, no I/O and no UI).',
  ]);
  expect(layerErrors(storeToFeatures!)).toEqual(['src/store may not import src/ui (DESIGN.md layers: store may import graph, domain).']);
  expect(layerErrors(appToEmulator!)).toEqual(['Only tests and scripts may import the Graph emulator (it is never bundled into the app).']);
  expect(permitted!.messages).toEqual([]);
}, 180_000);

it('fails lint on an inline Danish/English pair outside the strings modules; passes it in one, and a per-language loader map anywhere', () => {
  const [inGraph, inFeature, asFunction, inStringsModule, loaders] = lint([
    { file: 'src/graph/me.ts', text: "export const probe = { da: 'Hej', en: 'Hello' };\n" },
    { file: 'src/features/invite/slots.ts', text: 'export const probe = { label: { da: `Uge ${1}`, en: `Week ${1}` } };\n' },
    { file: 'src/domain/agenda.ts', text: 'export const probe = { da: (n: number) => `${n} dage`, en: (n: number) => `${n} days` };\n' },
    { file: 'src/features/invite/strings.ts', text: "export const probe = { da: 'Hej', en: 'Hello' };\n" },
    { file: 'src/ui/loadContent.ts', text: "export const probe = { da: () => import('../content/da'), en: () => import('../content/en') };\n" },
  ]);
  const pairErrors = (f: Finding) => f.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  const expected = [
    'UI text belongs in a strings module (Record<Locale, …> in src/content, strings.ts or *Strings.ts); layers below the UI return kinds, not sentences.',
  ];
  expect(pairErrors(inGraph!)).toEqual(expected);
  expect(pairErrors(inFeature!)).toEqual(expected);
  expect(pairErrors(asFunction!)).toEqual(expected);
  expect(pairErrors(inStringsModule!)).toEqual([]);
  expect(pairErrors(loaders!)).toEqual([]);
}, 180_000);
