// `npm run bench`: generation time and peak memory per language on a synthetic model of 10,000
// types and 2,000 operations, and the CLI's start-up time. A benchmark, not a test: it prints
// figures (and flags a slow start), it does not pass or fail on timing.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { languages } from '../dist/index.js';
import { syntheticMetadata } from './synthetic.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', 'dist', 'cli', 'bin.js');
const SIZE = { types: 10_000, operations: 2_000 };
const RUNS = 3;
const START_RUNS = 10;
const START_BUDGET_MS = 150;

const dir = mkdtempSync(path.join(tmpdir(), 'dtogen-bench-'));
const input = path.join(dir, 'metadata.json');
const text = JSON.stringify(syntheticMetadata(SIZE));
writeFileSync(input, text);
console.log(`synthetic model: ${SIZE.types} types, ${SIZE.operations} operations, ${(text.length / 1e6).toFixed(1)} MB of JSON\n`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('language        median ms   peak RSS MB   output MB');
for (const target of languages()) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, [path.join(here, 'run-one.mjs'), target.id, input], { encoding: 'utf8' });
    runs.push(JSON.parse(out));
  }
  const ms = median(runs.map((r) => r.ms));
  const rss = Math.max(...runs.map((r) => r.maxRssMb));
  console.log(`${target.id.padEnd(15)} ${ms.toFixed(0).padStart(9)}   ${rss.toFixed(0).padStart(11)}   ${(runs[0].bytes / 1e6).toFixed(1).padStart(9)}`);
}

const starts = [];
for (let i = 0; i < START_RUNS; i++) {
  const t = performance.now();
  execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
  starts.push(performance.now() - t);
}
const start = median(starts);
console.log(`\ndtogen --version: median ${start.toFixed(0)} ms over ${START_RUNS} runs (budget ${START_BUDGET_MS} ms)${start > START_BUDGET_MS ? '  ** OVER BUDGET **' : ''}`);
