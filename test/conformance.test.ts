// Conformance with ServiceStack's own files never drops: each pair's figures (see
// scripts/conformance-lib.mjs, printed by `npm run conformance`) are at least the recorded ones in
// test/conformance-baseline.json. Raise the record when a change improves them.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { conformance, type ConformanceFigures, PAIRS } from '../scripts/conformance-lib.mjs';
import { generate } from '../src/generate.js';
import { loadInput } from '../src/loaders/index.js';
import { CORPUS, HAS_CORPUS, ROOT } from './support/paths.js';

type Figures = Pick<ConformanceFigures, 'expected' | 'found' | 'identical' | 'sameMembers'>;
const BASELINE = JSON.parse(readFileSync(path.join(ROOT, 'test', 'conformance-baseline.json'), 'utf8')) as Record<string, Figures>;

describe.skipIf(!HAS_CORPUS)("conformance with ServiceStack's files", () => {
  it.each(PAIRS.map((p) => [p.id, p] as const))('%s', async (id, pair) => {
    const figures = await conformance(pair, { generate, loadInput, corpus: CORPUS, root: ROOT });
    expect(figures, `the corpus lacks a file of ${id}`).toBeDefined();
    const record = BASELINE[id];
    expect(record, `no record for ${id} in test/conformance-baseline.json`).toBeDefined();
    for (const key of ['expected', 'found', 'identical', 'sameMembers'] as const) {
      expect(figures?.[key], `${id} ${key}`).toBeGreaterThanOrEqual(record?.[key] ?? Infinity);
    }
  });
});
