// `npm test`: the guardrails (type check, lint, format check, dead code), the unit + integration tests
// with the coverage floor of src/domain and src/graph, and the end-to-end tests in Chromium.
// Two lanes run side by side: the e2e tests (in band: they share one emulator and one browser) spend
// most of their time waiting on the browser, so the other lane's guardrails and unit + integration
// tests fill the CPU meanwhile; one after the other they took 850–920 s on CI's two cores.
// The e2e lane's output is kept and printed whole when it ends, so the two never interleave.
// Ends with each part's time and one line "N passed, N failed" totalling every suite, each guardrail
// counted as one test.
import { spawn } from 'node:child_process';
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
const started = Date.now();

/** Runs one part; `quiet` keeps its output and prints it in one piece when the part ends. */
function run(label, cmd, args, { quiet = false } = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}${quiet ? ' (output when it ends)' : ''}`);
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    const kept = [];
    if (quiet) {
      child.stdout.on('data', (d) => kept.push(d));
      child.stderr.on('data', (d) => kept.push(d));
    }
    child.on('close', (code) => {
      const seconds = (Date.now() - t0) / 1000;
      if (quiet) {
        console.log(`\n▼ ${label} (started at +${((t0 - started) / 1000).toFixed(0)} s):`);
        process.stdout.write(Buffer.concat(kept));
      }
      times.push({ label, seconds, ok: code === 0 });
      console.log(`⏱ ${label}: ${seconds.toFixed(1)} s`);
      resolve(code === 0);
    });
  });
}

/** A part that passes or fails as a whole (type check, lint, format, knip): one test. */
async function check(label, cmd, args) {
  if (await run(label, cmd, args)) passed += 1;
  else failed += 1;
}

async function jest(label, projects, extra = [], options = {}) {
  const out = path.join(cache, `jest-${label}.json`);
  fs.rmSync(out, { force: true });
  const ok = await run(label, bin('jest'), ['--selectProjects', ...projects, '--json', `--outputFile=${out}`, ...extra], options);
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

async function checksAndUnits() {
  if (want('types')) await check('types', bin('tsc'), ['--noEmit', '-p', root]);
  if (want('lint')) await check('lint', bin('eslint'), ['.', '--cache', '--cache-location', '.cache/eslint/']);
  if (want('format')) await check('format', 'npm', ['run', '--silent', 'format:check']);
  if (want('knip')) await check('knip', bin('knip'), []);
  if (want('unit') || want('integration')) {
    const projects = ['unit', 'integration'].filter(want);
    // The coverage floor holds for the two together; one of them alone covers less.
    // Two workers on CI's two cores: the suites are mostly waiting on module loading and HTTP.
    await jest('main', projects, [...(projects.length === 2 ? ['--coverage'] : []), '--maxWorkers=2']);
  }
}

async function endToEnd() {
  if (want('e2e')) await jest('e2e', ['e2e'], ['--runInBand'], { quiet: only.length !== 1 });
}

await Promise.all([endToEnd(), checksAndUnits()]);

console.log('\nTime per part:');
for (const t of times) console.log(`  ${t.ok ? '✓' : '✗'} ${t.label.padEnd(6)} ${t.seconds.toFixed(1).padStart(7)} s`);
console.log(`  all parts, side by side: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
