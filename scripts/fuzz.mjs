// `npm run fuzz [-- --seed N --count N --workers N --keep DIR]`: seeded hostile and malformed
// documents through every command and language (see fuzz/run.mjs), then the figures: documents,
// runs, and the count in each failure class. Exits 1 when any class is above zero; `--keep DIR`
// saves each failing document there, named by seed and index, to reproduce it with the CLI.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzDocument } from './fuzz/documents.mjs';
import { FAILURE_CLASSES, fuzz } from './fuzz/run.mjs';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '1' }, count: { type: 'string', default: '2000' }, workers: { type: 'string', default: '2' }, start: { type: 'string', default: '0' }, keep: { type: 'string' } } });
const number = (name) => {
  const n = Number(values[name]);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`fuzz: --${name}: expected a whole number, found '${values[name]}'`);
    process.exit(2);
  }
  return n;
};
const seed = number('seed');
const count = number('count');
const started = performance.now();
let done = 0;
const result = await fuzz({
  seed, count, workers: number('workers'), start: number('start'),
  onDocument: (r) => {
    done++;
    for (const f of r.failures) console.log(`document ${r.index} (${r.kind}) ${f.class}: ${f.run}: ${f.detail.split('\n')[0]}`);
    if (done % 100 === 0) console.error(`fuzz: ${done}/${count} documents`);
  },
});
const seconds = (performance.now() - started) / 1000;

console.log(`\nseed ${seed}: ${result.documents} documents (${Object.entries(result.kinds).map(([k, n]) => `${n} ${k}`).join(', ')}; ${result.loaded} loaded, the others refused), ${result.runs} runs, ${seconds.toFixed(0)} s`);
console.log(`  time by command: ${Object.entries(result.times).map(([c, ms]) => `${c} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
for (const c of FAILURE_CLASSES) console.log(`  ${c.padEnd(22)} ${result.counts[c]}`);
if (values.keep !== undefined && result.failures.length > 0) {
  mkdirSync(values.keep, { recursive: true });
  for (const index of new Set(result.failures.map((f) => f.index))) {
    const doc = fuzzDocument(seed, index);
    writeFileSync(path.join(values.keep, `${seed}-${index}${doc.ext}`), doc.text);
  }
  console.log(`failing documents in ${values.keep}`);
}
process.exit(result.failures.length > 0 ? 1 : 0);
