// Golden files: the Swift dtogen writes for each bundled fixture, whole and per operation,
// compared exactly. Update them only with `vitest -u`, and read the diff.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadInput } from '../../src/loaders/index.js';
import { FIXTURE_INPUTS } from '../support/inputs.js';

const DATE = new Date('2026-01-01T00:00:00Z');

const text = async (file: string, op?: string) => {
  const { files, diagnostics } = await generate({ input: file, lang: 'swift', date: DATE, ...(op ? { op } : {}) });
  expect(diagnostics).toEqual([]);
  return files.map((f) => f.content).join('');
};

const server = (file: string) => path.basename(file, '.json');

describe('Swift golden files', () => {
  it.each(FIXTURE_INPUTS)('$label: whole file', async ({ file }) => {
    await expect(await text(file)).toMatchFileSnapshot(`golden/${server(file)}.swift`);
  });

  it.each(FIXTURE_INPUTS)('$label: every operation', async ({ file }) => {
    const { model } = await loadInput(file);
    expect(model?.operations.length).toBeGreaterThan(0);
    for (const op of model!.operations) {
      await expect(await text(file, op.name)).toMatchFileSnapshot(`golden/${server(file)}.${op.name}.swift`);
    }
  });
});
