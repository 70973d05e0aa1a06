// `npm run conformance`: how close dtogen's output is to ServiceStack's own files, pair by pair
// (see conformance-lib.mjs). A report, not a test; the test keeps the figures from dropping.
// `--names` also lists, under each pair, the declarations that are missing or differ.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadInput } from '../dist/index.js';
import { conformance, PAIRS } from './conformance-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const withNames = process.argv.includes('--names');

console.log(`${'pair'.padEnd(34)} ${'expected'.padStart(8)} ${'found'.padStart(6)} ${'identical'.padStart(9)} ${'same members'.padStart(12)}`);
for (const pair of PAIRS) {
  const figures = await conformance(pair, { generate, loadInput, corpus, root });
  if (!figures) {
    console.log(`${pair.id.padEnd(34)} skipped: ${corpus} lacks ${pair.real}`);
    continue;
  }
  console.log(`${pair.id.padEnd(34)} ${String(figures.expected).padStart(8)} ${String(figures.found).padStart(6)} ${String(figures.identical).padStart(9)} ${String(figures.sameMembers).padStart(12)}`);
  if (!withNames) continue;
  for (const [label, names] of [['missing', figures.names.missing], ['other text', figures.names.otherText], ['other members', figures.names.otherMembers]]) {
    if (names.length > 0) console.log(`  ${label}: ${names.join(', ')}`);
  }
}
