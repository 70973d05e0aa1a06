// TypeScript that cannot be read: a syntax error is an error at file:line:col (exit 1, nothing
// written); a construct with no DTO meaning is a located warning that leaves it out, never a crash.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadInput } from '../../src/loaders/index.js';
import { BIN } from '../support/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dtogen-ts-bad-'));
function source(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}
const messages = async (file: string) => (await loadInput(file)).diagnostics.map((d) => formatDiagnostic({ ...d, ...(d.location ? { location: { ...d.location, file: path.basename(d.location.file) } } : {}) }));

const CASES: { name: string; text: string; expected: string[] }[] = [
  { name: 'syntax.ts', text: 'export class A {\n  name: string\n  age: = 3;\n}\n', expected: ["syntax.ts:3:8: not valid TypeScript: Type expected."] },
  {
    name: 'function.ts',
    text: 'export class A {\n  name: string;\n  onChange: (value: string) => void;\n}\n',
    expected: ["function.ts:3:13: warning: a function type cannot be mapped to a DTO: property 'onChange' left out"],
  },
  {
    name: 'mapped.ts',
    text: 'type Flags = { [K in "a" | "b"]: boolean };\nexport interface A {\n  flags: Flags;\n  id: number;\n}\n',
    expected: ["mapped.ts:1:14: warning: a mapped type cannot be mapped to a DTO: property 'flags' left out"],
  },
  {
    name: 'union.ts',
    text: 'export interface A {\n  value: string | number;\n}\n',
    expected: ["union.ts:2:10: warning: a union type cannot be mapped to a DTO: property 'value' left out"],
  },
  {
    name: 'method.ts',
    text: 'export class A {\n  id: number;\n  total() { return 1; }\n}\n',
    expected: ["method.ts:3:3: warning: a method cannot be mapped to a DTO: it is left out"],
  },
  {
    name: 'duplicate.ts',
    text: 'export class A { id: number; }\nexport interface A { name: string; }\n',
    expected: [`duplicate.ts:2:1: duplicate type name 'A' (also declared at ${path.join(dir, 'duplicate.ts')}:1:1)`],
  },
  { name: 'import.ts', text: "import { B } from './missing';\nexport class A { b: B; }\n", expected: ["import.ts:1:19: cannot find the imported file './missing'"] },
  {
    name: 'unknown.ts',
    text: 'export class A {\n  b: Missing;\n}\n',
    expected: ["unknown.ts:2:3: warning: unknown type 'Missing': the document does not describe it; typed as Object"],
  },
  {
    name: 'unsafe.ts',
    text: "export interface A {\n  'first name': string;\n}\n",
    expected: ["unsafe.ts:2:3: property name 'first name' is not a safe identifier"],
  },
];

describe('TypeScript inputs with problems', () => {
  it.each(CASES)('$name', async ({ name, text, expected }) => {
    expect(await messages(source(name, text))).toEqual(expected);
  });

  it('a syntax error exits 1 with file:line:col and writes nothing', () => {
    const input = source('broken.ts', 'export class {\n');
    const out = path.join(dir, 'out.py');
    const run = spawnSync(process.execPath, [BIN, 'generate', input, '--lang', 'python', '-o', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.ts:2:1: not valid TypeScript: '}' expected\.\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
