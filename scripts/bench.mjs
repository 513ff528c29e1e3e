// `npm run bench`: what a first visit costs, measured the way a browser pays it.
//  1. builds the production configuration (LEDERDIALOG_CLIENT_ID set, an https origin: what users
//     get) and the demo configuration (`npm start`'s, built for production), with source maps
//     that no page links to;
//  2. serves each gzip-compressed from a process of its own (the demo with its Graph emulator),
//     opens it in Debian's Chromium and sums every script response until the network is idle
//     (gzip -9 per file), with the modules each chunk is made of and what each costs;
//  3. runs Lighthouse 12.2.3 (mobile, median of 3) on the production build;
//  4. prints the Graph round trips of "Book and share" (scripts/bench-roundtrips.mjs).
// Exits non-zero when a first visit's JavaScript is over budget or logs an error: a size is
// deterministic, so it may gate CI. Lighthouse's score depends on the machine's load: printed
// against its target, never failing the run.
// Flags: --no-build (reuse .cache/bench-*), --only=production|demo, --no-lighthouse, --no-roundtrips,
// --modules=N (modules listed per chunk).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chunkReport } from './bench/chunkReport.mjs';
import { measureFirstVisit } from './bench/firstVisit.mjs';
import { lighthouseMedian } from './bench/lighthouse.mjs';
import { serveBuild, startEmulator } from './bench/serve.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const modulesShown = Number(/^--modules=(\d+)$/.exec(args.find((a) => a.startsWith('--modules=')) ?? '')?.[1] ?? 12);
const KiB = (n) => `${(n / 1024).toFixed(1)} KiB`;
const emulatorPort = Number(process.env.GRAPH_EMULATOR_PORT || 5999);

const LIGHTHOUSE_TARGET = 97;
const BUILDS = [
  {
    name: 'production',
    dir: path.join(root, '.cache', 'bench-production'),
    budget: 95 * 1024,
    env: {
      // A made-up client id: the build signs in with Entra ID and talks to graph.microsoft.com.
      LEDERDIALOG_CLIENT_ID: '00000000-0000-4000-8000-00000000b3c4',
      LEDERDIALOG_ORIGIN: 'https://lederdialog.example.org',
      GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
    },
    lighthouse: true,
  },
  {
    name: 'demo',
    dir: path.join(root, '.cache', 'bench-demo'),
    budget: 105 * 1024,
    env: { LEDERDIALOG_CLIENT_ID: '', GRAPH_BASE_URL: `http://127.0.0.1:${emulatorPort}/v1.0`, GRAPH_EMULATOR_PORT: String(emulatorPort) },
    emulator: true,
  },
];

function build(target) {
  console.log(`Building the ${target.name} configuration (webpack --mode production) …`);
  execFileSync(process.execPath, [path.join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: root,
    env: { ...process.env, ...target.env, LEDERDIALOG_DIST: target.dir, LEDERDIALOG_SOURCE_MAPS: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Which named chunk each script file is (the build's chunk-names.json): lazy chunks are named by content hash alone. */
function chunkNames(dir) {
  const file = path.join(dir, 'chunk-names.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

function printModules(file, gzip) {
  const rows = chunkReport(path.join(file), gzip);
  if (rows.length === 0) return;
  const shown = rows.slice(0, modulesShown);
  const rest = rows.slice(modulesShown);
  for (const row of shown) console.log(`      ${KiB(row.gzip).padStart(9)}  ${row.group}`);
  if (rest.length > 0) console.log(`      ${KiB(rest.reduce((s, r) => s + r.gzip, 0)).padStart(9)}  ${rest.length} more modules`);
}

async function measure(target) {
  const server = await serveBuild(target.dir, target.env);
  const emulator = target.emulator ? await startEmulator(emulatorPort, server.url) : null;
  try {
    const visit = await measureFirstVisit(`${server.url}/`);
    const total = visit.scripts.reduce((sum, s) => sum + s.gzip, 0);
    console.log(`\n${target.name}: first visit (${server.url}/, Chromium, da-DK, until network idle)`);
    console.log(`  ${'script'.padEnd(34)} ${'raw'.padStart(10)} ${'gzip -9'.padStart(10)}`);
    const names = chunkNames(target.dir);
    for (const script of [...visit.scripts].sort((a, b) => b.gzip - a.gzip)) {
      const label = names[script.file] && !script.file.startsWith(`${names[script.file]}.`) ? `${script.file} (${names[script.file]})` : script.file;
      console.log(`  ${label.padEnd(34)} ${KiB(script.raw).padStart(10)} ${KiB(script.gzip).padStart(10)}`);
      printModules(path.join(target.dir, script.file), script.gzip);
    }
    const within = total <= target.budget;
    console.log(
      `  ${target.name} first-visit JavaScript: ${visit.scripts.length} requests, ${KiB(total)} gzip ` +
        `(budget ${KiB(target.budget)}) ${within ? 'within budget' : 'OVER BUDGET'}`,
    );
    for (const error of visit.errors) console.log(`  console error on first visit: ${error}`);
    let lighthouse = null;
    if (target.lighthouse && !flag('no-lighthouse')) {
      console.log(`  Lighthouse 12.2.3, mobile, 3 runs …`);
      lighthouse = await lighthouseMedian(`${server.url}/`, 3);
      for (const [i, run] of lighthouse.runs.entries()) {
        console.log(
          `    run ${i + 1}: performance ${run.performance}, FCP ${Math.round(run.fcp)} ms, LCP ${Math.round(run.lcp)} ms, ` +
            `TBT ${Math.round(run.tbt)} ms, CLS ${run.cls.toFixed(3)}, SI ${Math.round(run.si)} ms${run.runtimeError ? ` (${run.runtimeError})` : ''}`,
        );
      }
      const m = lighthouse.median;
      console.log(
        `  ${target.name} Lighthouse median run (by score): performance ${m.performance} (target ≥ ${LIGHTHOUSE_TARGET}) ` +
          `${m.performance >= LIGHTHOUSE_TARGET ? 'met' : 'NOT MET'}; LCP ${(m.lcp / 1000).toFixed(2)} s, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}`,
      );
    }
    return { name: target.name, total, within, errors: visit.errors, lighthouse };
  } finally {
    await server.stop();
    await emulator?.stop();
  }
}

const only = /^--only=(\w+)$/.exec(args.find((a) => a.startsWith('--only=')) ?? '')?.[1];
const results = [];
for (const target of BUILDS.filter((t) => !only || t.name === only)) {
  if (!flag('no-build') || !fs.existsSync(path.join(target.dir, 'index.html'))) build(target);
  results.push(await measure(target));
}

console.log('\nSummary');
for (const r of results) {
  const lh = r.lighthouse
    ? `; Lighthouse ${r.lighthouse.median.performance}, LCP ${(r.lighthouse.median.lcp / 1000).toFixed(2)} s, TBT ${Math.round(r.lighthouse.median.tbt)} ms, CLS ${r.lighthouse.median.cls.toFixed(3)}`
    : '';
  console.log(
    `  ${r.name.padEnd(11)} ${KiB(r.total).padStart(10)} gzip ${r.within ? 'within budget' : 'OVER BUDGET'}${r.errors.length ? `, ${r.errors.length} console errors` : ''}${lh}`,
  );
}

if (!flag('no-roundtrips')) {
  const extra = path.join(root, 'scripts', 'bench-roundtrips.mjs');
  if (fs.existsSync(extra)) await import(extra);
}

if (results.some((r) => !r.within || r.errors.length > 0)) process.exitCode = 1;
