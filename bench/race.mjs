// The race: GitHub's OpenAPI document (@octokit/openapi, 13 MB of JSON) turned into clients, by
// dtogen for each language and for three in one process, against openapi-typescript (TypeScript
// types) and quicktype (TypeScript types from the document's schemas, given to it as a JSON
// Schema; it reads no OpenAPI). Every contestant runs in a fresh Node process under measure.mjs;
// wall time includes Node's start-up, for all alike. Rounds interleave the contestants, so that
// load from elsewhere on the machine falls on all of them; figures are medians of `runs` rounds.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const bin = path.join(here, '..', 'dist', 'cli', 'bin.js');
const LANGUAGES = ['python', 'swift', 'typescript'];
const EXTENSIONS = { python: 'py', swift: 'swift', typescript: 'ts' };
/** The aim: three languages in one process ten times faster than openapi-typescript's one, in less memory than this. */
const AIM_RATIO = 10;
const AIM_RSS_MB = 150;
/** A contestant that takes longer than this is stopped and reported as such. */
const TIMEOUT_MS = 600_000;

function resolveIn(pkg, file) {
  try {
    return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
  } catch {
    return undefined;
  }
}

/** quicktype reads JSON Schema: the document's schemas, each one a property of a root object. */
function quicktypeSchema(spec, file) {
  const doc = JSON.parse(readFileSync(spec, 'utf8'));
  const schemas = doc.components?.schemas ?? {};
  const properties = Object.fromEntries(Object.keys(schemas).map((name) => [name, { $ref: `#/components/schemas/${name}` }]));
  writeFileSync(file, JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties, components: { schemas } }));
  return file;
}

function contestants(spec, dir) {
  const out = (name) => path.join(dir, name);
  const list = [
    ...LANGUAGES.map((lang) => ({ name: `dtogen ${lang}`, script: bin, args: ['generate', spec, '-l', lang, '-o', out(`dtos-${lang}`)], outputs: [out(`dtos-${lang}`)] })),
    { name: `dtogen ${LANGUAGES.join('+')}`, script: path.join(here, 'race-dtogen.mjs'), args: [spec, dir, ...LANGUAGES], all: true, outputs: LANGUAGES.map((lang) => out(`${lang}-dtos.${EXTENSIONS[lang]}`)) },
  ];
  const ots = resolveIn('openapi-typescript', 'bin/cli.js');
  if (ots) list.push({ name: 'openapi-typescript', script: ots, args: [spec, '-o', out('openapi-typescript.ts')], reference: true, outputs: [out('openapi-typescript.ts')] });
  const quicktype = resolveIn('quicktype', 'dist/index.js');
  if (quicktype) {
    list.push({ name: 'quicktype (schemas)', script: quicktype, args: ['--src-lang', 'schema', '--lang', 'typescript', '--just-types', '-o', out('quicktype.ts'), quicktypeSchema(spec, out('schema.json'))], outputs: [out('quicktype.ts')] });
  }
  return list;
}

function runOnce(contestant, dir) {
  const report = path.join(dir, 'report.json');
  for (const file of [report, ...contestant.outputs]) rmSync(file, { force: true });
  const start = performance.now();
  const child = spawnSync(process.execPath, [path.join(here, 'measure.mjs'), report, contestant.script, ...contestant.args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
  });
  const ms = performance.now() - start;
  if (child.error || child.status !== 0 || !existsSync(report)) {
    const why = child.error?.code === 'ETIMEDOUT' ? `over ${TIMEOUT_MS / 1000} s` : (child.stderr ?? '').trim().split('\n').slice(-1)[0] || `exit ${child.status}`;
    return { failed: why };
  }
  const missing = contestant.outputs.find((file) => !existsSync(file) || statSync(file).size === 0);
  if (missing) return { failed: `wrote no ${path.basename(missing)}` };
  const { maxRssMb, cpuMs } = JSON.parse(readFileSync(report, 'utf8'));
  return { ms, maxRssMb, cpuMs };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function race({ dir, runs }) {
  const spec = resolveIn('@octokit/openapi', 'generated/api.github.com.json');
  if (!spec || !existsSync(spec)) {
    console.log('race: SKIPPED, @octokit/openapi is not installed (npm ci)\n');
    return;
  }
  const raceDir = path.join(dir, 'race');
  mkdirSync(raceDir, { recursive: true });
  const list = contestants(spec, raceDir);
  const results = new Map(list.map((c) => [c, []]));
  for (let round = 0; round < runs; round++) {
    for (const c of list) {
      const previous = results.get(c);
      if (previous.some((r) => r.failed)) continue;
      previous.push(runOnce(c, raceDir));
    }
  }
  console.log(`race: GitHub's OpenAPI document (${(readFileSync(spec).length / 1e6).toFixed(1)} MB), median of ${runs} interleaved rounds, wall time with Node's start-up`);
  console.log('contestant                          wall ms    CPU ms   peak RSS MiB   openapi-typescript ÷ this (wall)');
  const reference = list.find((c) => c.reference);
  const referenceMs = reference && !results.get(reference).some((r) => r.failed) ? median(results.get(reference).map((r) => r.ms)) : undefined;
  for (const c of list) {
    const rs = results.get(c);
    const failed = rs.find((r) => r.failed);
    if (failed) {
      console.log(`${c.name.padEnd(33)} did not finish: ${failed.failed}`);
      continue;
    }
    const ms = median(rs.map((r) => r.ms));
    const rss = median(rs.map((r) => r.maxRssMb));
    const cpu = median(rs.map((r) => r.cpuMs));
    const ratio = referenceMs === undefined ? '' : `${(referenceMs / ms).toFixed(1)}×`;
    const aim = c.all && referenceMs !== undefined && (referenceMs / ms < AIM_RATIO || rss > AIM_RSS_MB) ? `  ** aim: ≥ ${AIM_RATIO}×, < ${AIM_RSS_MB} MiB **` : '';
    console.log(`${c.name.padEnd(33)} ${ms.toFixed(0).padStart(8)}  ${cpu.toFixed(0).padStart(8)}   ${rss.toFixed(0).padStart(12)}   ${ratio.padStart(32)}${aim}`);
  }
  console.log();
}
