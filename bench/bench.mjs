// `npm run bench`: generation time and peak memory per language on a synthetic model of 10,000
// types and 2,000 operations, the CLI's start-up time, and watch latency (input saved → output
// written) on the bundled fixtures and the synthetic model. A benchmark, not a test: it prints
// figures (and flags what is over budget), it does not pass or fail on timing.
//
// `race` runs dtogen against openapi-typescript and quicktype on GitHub's OpenAPI document (see
// race.mjs).
//
// `floor` compares dtogen with a process that only reads, parses and writes the same bytes;
// `three` is the 10,000-type model in three languages in one process (wall time, peak RSS);
// `scale` compares each language's time per type at 100,000 types with that at 10,000.
//
// `npm run bench -- <block>...` runs only the named blocks: generate, start, languages, typescript,
// watch, race, floor, three, scale, docs.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, languages, loadInput } from '../dist/index.js';
import { extensionOf } from '../dist/workflow/file-language.js';
import { race } from './race.mjs';
import { docsBench } from './docs.mjs';
import { syntheticMetadata } from './synthetic.mjs';
import { watchLatency } from './watch-latency.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', 'dist', 'cli', 'bin.js');
const SIZE = { types: 10_000, operations: 2_000 };
const RUNS = 3;
const START_RUNS = 10;
const START_BUDGET_MS = { version: 80, generate: 150 };
const WATCH_EDITS = 20;
const WATCH_FIXTURE_BUDGET_MS = 100;

const BLOCKS = ['generate', 'start', 'languages', 'typescript', 'watch', 'race', 'floor', 'three', 'scale', 'docs'];
const THREE = ['python', 'swift', 'typescript'];
const AIMS = { floorOne: 3, floorThree: 4, threeMs: 1000, threeRssMb: 250, scale: 1.5 };
const SCALE_TYPES = 100_000;
const chosen = process.argv.slice(2);
const unknown = chosen.filter((b) => !BLOCKS.includes(b));
if (unknown.length > 0) {
  console.error(`unknown bench block: ${unknown.join(', ')} (the blocks: ${BLOCKS.join(', ')})`);
  process.exit(2);
}
const runs = (block) => chosen.length === 0 || chosen.includes(block);

const dir = mkdtempSync(path.join(tmpdir(), 'dtogen-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let syntheticText;
/** The 10,000-type document, made once for the blocks that need it. */
function synthetic() {
  if (syntheticText === undefined) {
    syntheticText = JSON.stringify(syntheticMetadata(SIZE));
    writeFileSync(path.join(dir, 'metadata.json'), syntheticText);
    console.log(`synthetic model: ${SIZE.types} types, ${SIZE.operations} operations, ${(syntheticText.length / 1e6).toFixed(1)} MB of JSON\n`);
  }
  return { input: path.join(dir, 'metadata.json'), text: syntheticText };
}

if (runs('generate')) {
  const { input } = synthetic();
  console.log('language        median ms   peak RSS MB   output MB');
  for (const target of languages()) {
    const results = [];
    for (let i = 0; i < RUNS; i++) {
      const out = execFileSync(process.execPath, [path.join(here, 'run-one.mjs'), target.id, input], { encoding: 'utf8' });
      results.push(JSON.parse(out));
    }
    const ms = median(results.map((r) => r.ms));
    const rss = Math.max(...results.map((r) => r.maxRssMb));
    console.log(`${target.id.padEnd(15)} ${ms.toFixed(0).padStart(9)}   ${rss.toFixed(0).padStart(11)}   ${(results[0].bytes / 1e6).toFixed(1).padStart(9)}`);
  }
  console.log();
}

if (runs('start')) startUp();
if (runs('languages')) languagesInOneRun();

// The TypeScript loader (ts-morph) on a dtos.ts of 1,000 types, dtogen's own from a synthetic
// model. The first load also imports ts-morph (lazily, as a CLI run does); the others reuse it.
if (runs('typescript')) {
  const tsSource = path.join(dir, 'dtos.ts');
  const tsModel = (await loadInput(writeJson(path.join(dir, 'small.json'), syntheticMetadata({ types: 1_000, operations: 200 })))).model;
  writeFileSync(tsSource, (await generate({ model: tsModel, lang: 'typescript' })).files[0].content);
  const tsTimes = [];
  let loadedTypes = 0;
  for (let i = 0; i <= RUNS; i++) {
    const t = performance.now();
    const loaded = await loadInput(tsSource);
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (!loaded.model || errors.length > 0) throw new Error(`the TypeScript bench input did not load: ${errors.map((d) => d.message).join('; ')}`);
    tsTimes.push(performance.now() - t);
    loadedTypes = loaded.model.types.length;
  }
  const [first, ...warm] = tsTimes;
  console.log(`TypeScript loader, dtos.ts of ${tsModel.types.length} types (${loadedTypes} read back): first ${first.toFixed(0)} ms (with loading ts-morph), then median ${median(warm).toFixed(0)} ms over ${RUNS} runs\n`);
}

if (runs('watch')) {
  const { text } = synthetic();
  console.log(`watch latency (input saved → output written), median of ${WATCH_EDITS} edits`);
  console.log('input                 language        median ms');
  const fixtures = readdirSync(path.join(here, '..', 'fixtures', 'metadata')).filter((f) => f.endsWith('.json')).sort();
  const watchInputs = [
    ...fixtures.map((f) => ({ name: `fixture ${f.replace(/\.json$/, '')}`, document: JSON.parse(readFileSync(path.join(here, '..', 'fixtures', 'metadata', f), 'utf8')), budget: WATCH_FIXTURE_BUDGET_MS })),
    { name: `synthetic ${SIZE.types / 1000}k types`, document: JSON.parse(text) },
  ];
  for (const { name, document, budget } of watchInputs) {
    for (const target of languages()) {
      const ms = await watchLatency({ bin, document, lang: target.id, extension: extensionOf(target), edits: WATCH_EDITS });
      const over = budget !== undefined && ms > budget ? `  ** over ${budget} ms **` : '';
      console.log(`${name.padEnd(21)} ${target.id.padEnd(15)} ${ms.toFixed(0).padStart(9)}${over}`);
    }
  }
}

if (runs('race')) race({ dir, runs: RUNS });
if (runs('docs')) docsBench({ dir, input: synthetic().input });
if (runs('floor')) floor();
if (runs('three')) threeInOneProcess();
if (runs('scale')) scale();

function writeJson(file, value) {
  writeFileSync(file, JSON.stringify(value));
  return file;
}

/**
 * The CLI's start-up: `--version`, `--help`, and `generate` of a small fixture, each in a fresh
 * process (median of START_RUNS); `node -e ''` beside them is what Node itself takes here.
 */
function startUp() {
  const fixture = path.join(here, '..', 'fixtures', 'metadata', 'test.json');
  const lines = [
    { name: "node -e ''", argv: ['-e', ''] },
    { name: 'dtogen --version', argv: [bin, '--version'], budget: START_BUDGET_MS.version },
    { name: 'dtogen --help', argv: [bin, '--help'] },
    { name: 'dtogen generate test.json -l python', argv: [bin, 'generate', fixture, '-l', 'python', '-o', path.join(dir, 'start.py')], budget: START_BUDGET_MS.generate },
  ];
  const times = lines.map(() => []);
  // Interleaved, so that a busy moment of the machine falls on every line alike.
  for (let i = 0; i < START_RUNS; i++) {
    lines.forEach((line, n) => {
      const t = performance.now();
      execFileSync(process.execPath, line.argv, { stdio: 'ignore' });
      times[n].push(performance.now() - t);
    });
  }
  console.log(`start-up, median of ${START_RUNS} runs`);
  lines.forEach((line, n) => {
    const ms = median(times[n]);
    const budget = line.budget === undefined ? '' : ` (budget ${line.budget} ms)${ms > line.budget ? '  ** OVER BUDGET **' : ''}`;
    console.log(`${line.name.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms${budget}`);
  });
  console.log();
}

/**
 * Python, Swift and TypeScript of the synthetic model: three processes (a load each) against one
 * `-l python,swift,typescript` (one load).
 */
function languagesInOneRun() {
  const { input } = synthetic();
  const three = ['python', 'swift', 'typescript'];
  const apart = [];
  const together = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    for (const lang of three) execFileSync(process.execPath, [bin, 'generate', input, '-l', lang, '-o', path.join(dir, 'apart', `dtos.${lang}`)], { stdio: 'ignore' });
    apart.push(performance.now() - t);
    t = performance.now();
    execFileSync(process.execPath, [bin, 'generate', input, '-l', three.join(','), '-o', path.join(dir, 'together') + path.sep], { stdio: 'ignore' });
    together.push(performance.now() - t);
  }
  console.log(`${three.join(', ')} of the synthetic model, median of ${RUNS}: three processes ${median(apart).toFixed(0)} ms, one -l ${three.join(',')} ${median(together).toFixed(0)} ms\n`);
}

function aim(value, limit, unit = '') {
  return `${value}${unit} (aim ${limit}${unit})${Number(value) > limit ? '  ** OVER **' : ''}`;
}

/** `dtogen generate` of the synthetic model into `out` (a file, or a folder for several languages), in a fresh process: wall ms and peak RSS. */
function timedGenerate(input, langs, out) {
  const report = path.join(dir, 'measure.json');
  const t = performance.now();
  execFileSync(process.execPath, [path.join(here, 'measure.mjs'), report, bin, 'generate', input, '-l', langs.join(','), '-o', out, '--date', '2026-01-02'], { stdio: 'ignore' });
  return { ms: performance.now() - t, ...JSON.parse(readFileSync(report, 'utf8')) };
}

/** The floor of the same run, writing the bytes dtogen wrote (`outputs`: the files it wrote). */
function timedFloor(input, outputs) {
  const args = outputs.flatMap((file, i) => [file, path.join(dir, 'floor', `${i}-${path.basename(file)}`)]);
  const t = performance.now();
  execFileSync(process.execPath, [path.join(here, 'floor.mjs'), input, ...args], { stdio: 'ignore' });
  return performance.now() - t;
}

/**
 * dtogen against the floor (read, JSON.parse, write the same bytes), each a fresh process, on the
 * synthetic model: Python alone, and Python, Swift and TypeScript in one process; medians of
 * RUNS interleaved rounds.
 */
function floor() {
  const { input } = synthetic();
  mkdirSync(path.join(dir, 'floor'), { recursive: true });
  const cases = [
    { name: 'python', langs: ['python'], out: path.join(dir, 'floor-one.py'), aim: AIMS.floorOne },
    { name: THREE.join(','), langs: THREE, out: path.join(dir, 'floor-three') + path.sep, aim: AIMS.floorThree },
  ];
  console.log(`dtogen against the floor (read + JSON.parse + write the same bytes), median of ${RUNS}`);
  for (const c of cases) {
    const dtogen = [];
    const floorMs = [];
    for (let i = 0; i < RUNS; i++) {
      dtogen.push(timedGenerate(input, c.langs, c.out).ms);
      const outputs = c.langs.length === 1 ? [c.out] : readdirSync(c.out).sort().map((f) => path.join(c.out, f));
      floorMs.push(timedFloor(input, outputs));
    }
    const ratio = median(dtogen) / median(floorMs);
    console.log(`${c.name.padEnd(26)} dtogen ${median(dtogen).toFixed(0).padStart(5)} ms, floor ${median(floorMs).toFixed(0).padStart(4)} ms: ${aim(ratio.toFixed(2), c.aim, '×')}`);
  }
  console.log();
}

/** Python, Swift and TypeScript of the 10,000-type model in one process: wall time and peak RSS, median of RUNS. */
function threeInOneProcess() {
  const { input } = synthetic();
  const results = Array.from({ length: RUNS }, () => timedGenerate(input, THREE, path.join(dir, 'three') + path.sep));
  const ms = median(results.map((r) => r.ms));
  const rss = median(results.map((r) => r.maxRssMb));
  console.log(`${THREE.join(', ')} of ${SIZE.types} types in one process, median of ${RUNS}: ${aim(ms.toFixed(0), AIMS.threeMs, ' ms')}, peak RSS ${aim(rss.toFixed(0), AIMS.threeRssMb, ' MB')}\n`);
}

/** Each language's time per type at SCALE_TYPES types over that at SIZE.types: linear work keeps it near 1. */
function scale() {
  const { input } = synthetic();
  const large = writeJson(path.join(dir, 'large.json'), syntheticMetadata({ types: SCALE_TYPES, operations: SCALE_TYPES / 5 }));
  console.log(`time per type, ${SCALE_TYPES / 1000}k types against ${SIZE.types / 1000}k (load + generate in a fresh process; median of ${RUNS} at ${SIZE.types / 1000}k, one run at ${SCALE_TYPES / 1000}k)`);
  console.log('language        µs/type 10k   µs/type 100k   ratio');
  // Both sizes loaded from text alike: the 100k document is past the 64 MB a file input may have.
  const once = (lang, file) => JSON.parse(execFileSync(process.execPath, [path.join(here, 'run-one.mjs'), lang, file, '--text'], { encoding: 'utf8' })).ms;
  for (const target of languages()) {
    const small = median(Array.from({ length: RUNS }, () => once(target.id, input))) / SIZE.types;
    const big = once(target.id, large) / SCALE_TYPES;
    console.log(`${target.id.padEnd(15)} ${(small * 1000).toFixed(1).padStart(11)}   ${(big * 1000).toFixed(1).padStart(12)}   ${aim((big / small).toFixed(2), AIMS.scale, '×')}`);
  }
  console.log();
}
