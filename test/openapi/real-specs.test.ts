// Real published OpenAPI documents (devDependencies, read where npm installed them): GitHub's
// (3.0, 13 MB), a few of ReadMe's examples (3.0, 3.1, Swagger 2.0) and Blockfrost's (YAML, 3.0).
// Each generates in every language, and the output is checked by the real tools: py_compile,
// tsc --strict, and tree-sitter-swift.

import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadInput } from '../../src/loaders/index.js';
import { HAS_PYTHON, PYTHON } from '../support/python.js';
import { makeTempDir } from '../support/temp.js';
import { syntaxProblems } from '../swift/swift-parser.js';
import { typeCheck } from '../typescript/support/compile.js';

const exec = promisify(execFile);
const require = createRequire(import.meta.url);

function spec(pkg: string, file: string): string | undefined {
  try {
    return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
  } catch {
    return undefined;
  }
}

const SPECS: [string, string | undefined][] = [
  ['github', spec('@octokit/openapi', 'generated/api.github.com.json')],
  ['oas 3.0 petstore', spec('@readme/oas-examples', '3.0/json/petstore.json')],
  ['oas 3.1 train-travel', spec('@readme/oas-examples', '3.1/json/train-travel.json')],
  ['oas 3.1 schema-types', spec('@readme/oas-examples', '3.1/json/schema-types.json')],
  ['oas 2.0 petstore', spec('@readme/oas-examples', '2.0/json/petstore.json')],
  ['blockfrost', spec('@blockfrost/openapi', 'openapi.yaml')],
];

const present = SPECS.filter((s): s is [string, string] => s[1] !== undefined && existsSync(s[1]));
if (present.length < SPECS.length) {
  const message = `OpenAPI spec packages missing (${SPECS.filter((s) => !present.includes(s as [string, string])).map((s) => s[0]).join(', ')}): run npm ci`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** SKIPPED: ${message} ***\n`);
}

const NO_INITIALIZER: ReadonlySet<number> = new Set([2564, 2612]);
const DATE = new Date('2026-01-02T03:04:05Z');

async function text(file: string, lang: string): Promise<string> {
  const result = await generate({ input: file, lang, date: DATE });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.files.map((f) => f.content).join('');
}

describe.each(present)('%s', (_label, file) => {
  it('declares every object and enum schema', async () => {
    const { model, diagnostics } = await loadInput(file);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model?.operations.length).toBeGreaterThan(0);
    const pointers = new Set(model?.types.map((t) => t.source.pointer));
    const doc = (model?.types[0]?.source.pointer ?? '').startsWith('/definitions') ? '/definitions' : '/components/schemas';
    for (const t of model?.types ?? []) expect(t.id).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect([...pointers].some((p) => p?.startsWith(doc) || p?.startsWith('/paths'))).toBe(true);
  });

  it.skipIf(!HAS_PYTHON)('Python passes py_compile', async () => {
    const out = path.join(makeTempDir('dtogen-openapi-py-'), 'dtos.py');
    writeFileSync(out, await text(file, 'python'));
    await exec(PYTHON, ['-m', 'py_compile', out], { timeout: 120_000 });
  }, 120_000);

  it('TypeScript passes tsc --strict', async () => {
    const problems = typeCheck({ 'dtos.ts': await text(file, 'typescript') }).filter((d) => !NO_INITIALIZER.has(d.code));
    expect(problems.slice(0, 10)).toEqual([]);
  }, 300_000);

  it('TypeScript declarations pass tsc --strict', async () => {
    const problems = typeCheck({ 'dtos.d.ts': await text(file, 'typescript-d') });
    expect(problems.slice(0, 10)).toEqual([]);
  }, 300_000);

  it('Swift parses without a syntax error', async () => {
    expect((await syntaxProblems(await text(file, 'swift'))).slice(0, 10)).toEqual([]);
  }, 120_000);
});
