// Golden files: the Python dtogen writes for each bundled fixture, in both modes, compared exactly.
// Update them only with `vitest -u`, and read the diff.

import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { fixture } from '../support/paths.js';

const FIXTURE_OPERATIONS = [
  { server: 'test', op: 'CreateJwt' },
  { server: 'techstacks', op: 'Authenticate' },
  { server: 'reporting', op: 'Authenticate' },
  { server: 'system-responses', op: 'GetText' },
  { server: 'legacy-types', op: 'GetLegacy' },
];
const DATE = new Date('2026-01-01T00:00:00Z');

const text = async (server: string, op?: string) => {
  const { files, diagnostics } = await generate({ input: fixture('metadata', `${server}.json`), lang: 'python', date: DATE, ...(op ? { op } : {}) });
  expect(diagnostics).toEqual([]);
  return files.map((f) => f.content).join('');
};

describe('Python golden files', () => {
  it.each(FIXTURE_OPERATIONS)('$server: whole file', async ({ server }) => {
    await expect(await text(server)).toMatchFileSnapshot(`golden/${server}.py`);
  });
  it.each(FIXTURE_OPERATIONS)('$server: operation $op', async ({ server, op }) => {
    await expect(await text(server, op)).toMatchFileSnapshot(`golden/${server}.${op}.py`);
  });
});
