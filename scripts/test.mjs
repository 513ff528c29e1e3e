// `npm test`: the type check, the unit + integration tests, then the end-to-end tests in Chromium
// (run in band: they share one emulator and one browser at a time on a 2-core machine).
// Ends with one line "N passed, N failed" totalling every suite, the type check counted as one test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cache = path.join(root, '.cache');
fs.mkdirSync(cache, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2); // e.g. `npm test -- unit` runs one part

let passed = 0;
let failed = 0;

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status === 0;
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
  if (!ok && r.numFailedTests + r.numRuntimeErrorTestSuites === 0) failed += 1;
}

const want = (part) => only.length === 0 || only.includes(part);

if (want('types')) {
  if (run('types', bin('tsc'), ['--noEmit', '-p', root])) passed += 1;
  else failed += 1;
}
if (want('unit') || want('integration')) {
  const projects = ['unit', 'integration'].filter(want);
  jest('main', projects);
}
if (want('e2e')) jest('e2e', ['e2e'], ['--runInBand']);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
