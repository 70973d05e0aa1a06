// Conformance with ServiceStack's own files never drops: each pair's figures (see
// scripts/conformance-lib.mjs, printed by `npm run conformance`) are at least the recorded ones in
// test/conformance-baseline.json. Raise the record when a change improves them.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module shared with the conformance script
import { conformance, PAIRS } from '../scripts/conformance-lib.mjs';
import { generate } from '../src/generate.js';
import { loadInput } from '../src/loaders/index.js';
import { CORPUS, HAS_CORPUS, ROOT } from './support/paths.js';

type Figures = { expected: number; found: number; identical: number; sameMembers: number };
const BASELINE = JSON.parse(readFileSync(path.join(ROOT, 'test', 'conformance-baseline.json'), 'utf8')) as Record<string, Figures>;

describe.skipIf(!HAS_CORPUS)("conformance with ServiceStack's files", () => {
  it.each((PAIRS as { id: string }[]).map((p) => [p.id, p]))('%s', async (id, pair) => {
    const figures = (await conformance(pair, { generate, loadInput, corpus: CORPUS, root: ROOT })) as Figures | undefined;
    expect(figures, `the corpus lacks a file of ${id}`).toBeDefined();
    const record = BASELINE[id];
    expect(record, `no record for ${id} in test/conformance-baseline.json`).toBeDefined();
    for (const key of ['expected', 'found', 'identical', 'sameMembers'] as const) {
      expect(figures?.[key], `${id} ${key}`).toBeGreaterThanOrEqual(record?.[key] ?? Infinity);
    }
  });
});
