// `npm run bench`: builds the app for production and prints the figures the issues set targets for.
// Figures, not timed tests: it prints and never fails on a number.
//  - first screen: gzip size of the scripts named in dist/index.html's <script> tags (target ≤ 130 KB)
//  - total: gzip size of every JavaScript file in dist/
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

if (!process.argv.includes('--no-build')) {
  console.log('Building (webpack --mode production)…');
  execFileSync(process.execPath, [path.join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
// html-webpack-plugin minifies the page, so src may be unquoted.
const firstScreen = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1].replace(/^\//, ''));
let first = 0;
console.log('\nFirst screen (scripts in dist/index.html):');
for (const src of firstScreen) {
  const size = gz(path.join(dist, src));
  first += size;
  console.log(`  ${src.padEnd(40)} ${kb(size).padStart(10)} gzip`);
}
const all = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
const total = all.reduce((sum, f) => sum + gz(path.join(dist, f)), 0);
console.log(`\nfirst-screen JS: ${kb(first)} gzip (budget 130 KB) ${first <= 130 * 1024 ? 'within budget' : 'OVER BUDGET'}`);
console.log(`all JS (${all.length} files): ${kb(total)} gzip`);

const extra = path.join(root, 'scripts', 'bench-roundtrips.mjs');
if (fs.existsSync(extra)) await import(extra);
