// `npm test`: the guardrails (type check, lint, format check, dead code), the unit + integration tests
// with the coverage floor of src/domain and src/graph, then the end-to-end tests in Chromium (run in
// band: they share one emulator and one browser at a time on a 2-core machine).
// Ends with each part's time and one line "N passed, N failed" totalling every suite, each guardrail
// counted as one test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cache = path.join(root, '.cache');
fs.mkdirSync(cache, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- lint knip` runs those parts

let passed = 0;
let failed = 0;
const times = [];

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = (Date.now() - started) / 1000;
  times.push({ label, seconds, ok: r.status === 0 });
  console.log(`⏱ ${label}: ${seconds.toFixed(1)} s`);
  return r.status === 0;
}

/** A part that passes or fails as a whole (type check, lint, format, knip): one test. */
function check(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else failed += 1;
}

function jest(label, projects, extra = []) {
  const out = path.join(cache, `jest-${label}.json`);
  fs.rmSync(out, { force: true });
  const ok = run(label, bin('jest'), ['--selectProjects', ...projects, '--json', `--outputFile=${out}`, ...extra]);
  if (!fs.existsSync(out)) {
    failed += 1; // jest could not even report: count the suite as failed
    return;
  }
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  // Every test passed but jest failed: the coverage floor (jest.config.js) was not met, or a hook broke.
  if (!ok && r.numFailedTests + r.numRuntimeErrorTestSuites === 0) failed += 1;
}

const want = (part) => only.length === 0 || only.includes(part);

if (want('types')) check('types', bin('tsc'), ['--noEmit', '-p', root]);
if (want('lint')) check('lint', bin('eslint'), ['.', '--cache', '--cache-location', '.cache/eslint/']);
if (want('format')) check('format', 'npm', ['run', '--silent', 'format:check']);
if (want('knip')) check('knip', bin('knip'), []);
if (want('unit') || want('integration')) {
  const projects = ['unit', 'integration'].filter(want);
  // The coverage floor holds for the two together; one of them alone covers less.
  // Two workers on CI's two cores: the suites are mostly waiting on module loading and HTTP, and one
  // worker took 865 s for them (integration tests allow 30 s each, see tests/integration/support).
  jest('main', projects, [...(projects.length === 2 ? ['--coverage'] : []), '--maxWorkers=2']);
}
if (want('e2e')) jest('e2e', ['e2e'], ['--runInBand']);

console.log('\nTime per part:');
for (const t of times) console.log(`  ${t.ok ? '✓' : '✗'} ${t.label.padEnd(6)} ${t.seconds.toFixed(1).padStart(7)} s`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
