// Bad OpenAPI input: one located line per problem (file and line:column or JSON pointer), exit 1,
// and no output file.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT } from '../support/paths.js';
import { makeTempDir } from '../support/temp.js';

const exec = promisify(execFile);

async function run(file: string, out: string): Promise<{ code: number; stderr: string }> {
  try {
    await exec(process.execPath, [BIN, 'generate', path.relative(ROOT, file), '--lang', 'python', '-o', out], { cwd: ROOT });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

const cases: [string, string][] = [
  ['bad-syntax.yaml', 'fixtures/openapi/bad-syntax.yaml:7:1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n'],
  [
    'bad-ref.yaml',
    "fixtures/openapi/bad-ref.yaml /components/schemas/Order/properties/item/$ref: cannot resolve $ref '#/components/schemas/Missing': nothing at /components/schemas/Missing in fixtures/openapi/bad-ref.yaml\n",
  ],
  [
    'ref-cycle.yaml',
    "fixtures/openapi/ref-cycle.yaml /components/schemas/A/$ref: $ref cycle: 'fixtures/openapi/ref-cycle.yaml#/components/schemas/A' -> 'fixtures/openapi/ref-cycle.yaml#/components/schemas/B' -> 'fixtures/openapi/ref-cycle.yaml#/components/schemas/A'\n",
  ],
];

describe('bad OpenAPI input', () => {
  it.each(cases)('%s', async (name, expected) => {
    const dir = makeTempDir('dtogen-openapi-');
    const out = path.join(dir, 'dtos.py');
    const { code, stderr } = await run(fixture('openapi', name), out);
    expect(code).toBe(1);
    expect(stderr).toBe(expected);
    expect(existsSync(out)).toBe(false);
  });
});
