// Prints the number of sequential Graph round trips "Book and share" takes, measured against a
// real emulator run (scripts/bench-roundtrips-run.ts). Imported by scripts/bench.mjs when present;
// also runnable alone: `node scripts/bench-roundtrips.mjs`. A figure, never a failing test.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const out = execFileSync(process.execPath, [tsx, path.join(root, 'scripts', 'bench-roundtrips-run.ts')], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const figures = JSON.parse(out.trim().split('\n').pop());
const trips = Math.max(figures.engineRounds, figures.timedDepth);
console.log(`\nsequential Graph round trips for Book and share: ${trips} (goal ≤ 4) ${trips <= 4 ? 'within goal' : 'OVER GOAL'}`);
console.log(
  `  engine rounds ${figures.engineRounds}, measured from request timing ${figures.timedDepth}; ` +
    `${figures.httpRequests} HTTP requests carrying ${figures.graphOperations} Graph operations; ` +
    `a second run: ${figures.secondRunRounds} round trips (${figures.status})`,
);
