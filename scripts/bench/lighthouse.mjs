// Lighthouse (12.2.3, pinned) on a served page: its default mobile configuration (Moto G Power
// emulation, simulated slow 4G and 4× CPU throttling), performance only, in Debian's Chromium.
// Each run is a process of its own (Lighthouse's CLI); the median of `runs` by score is reported.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM } from './firstVisit.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

function runOnce(url, outFile) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        path.join(root, 'node_modules/lighthouse/cli/index.js'),
        url,
        `--chrome-path=${CHROMIUM}`,
        '--chrome-flags=--headless=new --no-sandbox',
        '--only-categories=performance',
        '--output=json',
        `--output-path=${outFile}`,
        '--quiet',
      ],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) return reject(new Error(`lighthouse failed: ${stderr || error.message}`));
        const lhr = JSON.parse(fs.readFileSync(outFile, 'utf8'));
        const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
        resolve({
          performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          si: audit('speed-index'),
          runtimeError: lhr.runtimeError?.message,
        });
      },
    );
  });
}

/** Median (by performance score) of `runs` Lighthouse runs, with every run's figures. */
export async function lighthouseMedian(url, runs = 3) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lederdialog-lighthouse-'));
  try {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await runOnce(url, path.join(dir, `run-${i}.json`)));
    const sorted = [...results].sort((a, b) => a.performance - b.performance);
    return { median: sorted[Math.floor(sorted.length / 2)], runs: results };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
