// The CI slice of `npm run fuzz` (scripts/fuzz): a few hundred seeded hostile and malformed
// documents through every command and language. Every failure class must stay at zero: no crash,
// no internal error (unreachable from input), no output that fails to parse or declares what the
// document does not, no unlocated diagnostic, no control character on a terminal, no hang, no
// partial file, and the CLI agreeing with the library. The failures name the seed and index:
// `npm run fuzz -- --seed 20261202 --start N --count 1 --keep dir` writes the document.

import { describe, expect, it } from 'vitest';
import { FAILURE_CLASSES, fuzz } from '../../scripts/fuzz/run.mjs';

const SEED = 20261202;
const COUNT = 300;
// Lighter than `npm run fuzz` (every document through docs and diff): the slice must stay fast.
const PROFILE = { docs: 10, diff: 4, cli: 25, binary: 150 };

describe('fuzz (CI slice)', () => {
  it(`${COUNT} documents of seed ${SEED}: zero in every failure class`, async () => {
    const result = await fuzz({ seed: SEED, count: COUNT, workers: 2, every: PROFILE });
    expect(result.documents).toBe(COUNT);
    // Most documents load and go through all twelve runs; the rest are refused at load.
    expect(result.loaded).toBeGreaterThan(COUNT / 3);
    expect(result.runs).toBeGreaterThan(COUNT * 3);
    expect(result.failures.map((f) => `document ${f.index}: ${f.class}: ${f.run}: ${f.detail}`)).toEqual([]);
    expect(result.counts).toEqual(Object.fromEntries(FAILURE_CLASSES.map((c) => [c, 0])));
  }, 900_000);
});
