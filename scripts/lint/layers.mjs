// The layer table of DESIGN.md ("imports point one way") as one ESLint rule, `layers/imports-point-down`.
// A local rule rather than eslint-plugin-import's no-restricted-paths or eslint-plugin-boundaries: neither
// declares ESLint 10 support, and both resolve every import through the file system. Here an import is
// resolved by path arithmetic alone (the app has no path aliases), which is exact and costs nothing.
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const src = path.join(root, 'src');

/** Which app folders (under src/) and which packages each layer may import. `*` = every layer. */
export const LAYERS = {
  ui: { folders: '*' },
  features: { folders: '*' },
  outlook: { folders: ['domain', 'graph', 'auth', 'host', 'content'] },
  host: { folders: ['content', 'domain'] },
  store: { folders: ['graph', 'domain'] },
  graph: { folders: ['auth', 'domain'], packages: { not: ['react', 'react-dom', '@fluentui/', '@microsoft/teams-js'] } },
  auth: { folders: [] },
  // The domain is pure: no network, no storage, no host, no UI. `docx` builds a document in memory;
  // `@microsoft/microsoft-graph-types` is types only.
  domain: {
    folders: ['content'],
    packages: {
      not: ['react', 'react-dom', '@fluentui/', '@microsoft/microsoft-graph-client', '@azure/', '@microsoft/teams-js', 'node:', 'fs', 'http', 'https'],
    },
  },
  content: { folders: [] },
  // The emulator is a Node server, never bundled: "nothing from the app but types".
  emulator: { folders: [], typesFrom: '*' },
};

/**
 * Top-level files every layer may use: build-time configuration, and the Windows time-zone table the
 * app and the emulator share (data only, no imports).
 */
const SHARED_FILES = new Set(['config', 'windowsTimeZones']);

/**
 * Known, explained departures from the table. Each names the file, the layer it reaches and why; the
 * list only shrinks. `typesOnly` means the import must stay `import type`.
 */
export const EXCEPTIONS = [
  { file: 'src/auth/chooseProvider.ts', to: 'host', typesOnly: true, why: "the provider is chosen by the host context's shape" },
  { file: 'src/auth/nestedProvider.ts', to: 'host', typesOnly: true, why: "nested app auth reads the host context's shape" },
  { file: 'src/host/deepLink.ts', to: 'store', typesOnly: true, why: 'a deep link carries a ContractRef' },
];

function layerOf(absFile) {
  const rel = path.relative(src, absFile);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const first = rel.split(path.sep)[0];
  return first.replace(/\.(tsx?|mjs|cjs|js)$/, '');
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports point one way, down the layer table of DESIGN.md' },
    schema: [],
    messages: {
      folder: 'src/{{from}} may not import src/{{to}} (DESIGN.md layers: {{from}} may import {{allowed}}).',
      package: 'src/{{from}} may not import "{{pkg}}" (DESIGN.md layers: {{why}}).',
      emulator: 'Only tests and scripts may import the Graph emulator (it is never bundled into the app).',
    },
  },
  create(context) {
    const file = context.filename;
    const fromLayer = layerOf(file);
    const relFile = path.relative(root, file).split(path.sep).join('/');

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      const typeOnly = isTypeOnly(node);
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        const toLayer = layerOf(target);
        if (toLayer === undefined || toLayer === fromLayer || SHARED_FILES.has(toLayer)) return;
        if (toLayer === 'emulator' && fromLayer !== undefined && fromLayer !== 'emulator') {
          context.report({ node, messageId: 'emulator' });
          return;
        }
        if (fromLayer === undefined) {
          // tests, scripts, config files: anything goes, the emulator included.
          return;
        }
        const layer = LAYERS[fromLayer];
        if (!layer || layer.folders === '*') return;
        if (layer.folders.includes(toLayer)) return;
        if (typeOnly && layer.typesFrom === '*') return;
        const exception = EXCEPTIONS.find((e) => e.file === relFile && e.to === toLayer && (!e.typesOnly || typeOnly));
        if (exception) return;
        context.report({
          node,
          messageId: 'folder',
          data: { from: fromLayer, to: toLayer, allowed: layer.folders.length ? layer.folders.join(', ') : 'nothing from the app' },
        });
        return;
      }
      if (fromLayer === undefined || typeOnly) return;
      const banned = LAYERS[fromLayer]?.packages?.not ?? [];
      const hit = banned.find((p) => (p.endsWith('/') || p.endsWith(':') ? specifier.startsWith(p) : specifier === p || specifier.startsWith(`${p}/`)));
      if (hit) {
        const why = fromLayer === 'domain' ? 'the domain is pure logic, no I/O and no UI' : `src/${fromLayer} has no UI`;
        context.report({ node, messageId: 'package', data: { from: fromLayer, pkg: specifier, why } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { meta: { name: 'layers' }, rules: { 'imports-point-down': rule } };
