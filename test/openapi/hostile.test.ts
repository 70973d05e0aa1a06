// OpenAPI text that tries to become code (quotes, comment ends, newlines, template syntax in
// names, descriptions, paths and enum values) stays text in every language: the output compiles
// and declares nothing but the DTOs.

import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { fixture } from '../support/paths.js';
import { HAS_PYTHON, PYTHON } from '../support/python.js';
import { makeTempDir } from '../support/temp.js';
import { syntaxProblems, topLevelKinds } from '../swift/swift-parser.js';
import { typeCheck } from '../typescript/support/compile.js';

const exec = promisify(execFile);
const HOSTILE = fixture('openapi', 'hostile.json');

async function text(lang: string): Promise<string> {
  const result = await generate({ input: HOSTILE, lang, date: new Date('2026-01-02T03:04:05Z') });
  expect(result.diagnostics).toEqual([]);
  return result.files.map((f) => f.content).join('');
}

describe('hostile OpenAPI text', () => {
  it.skipIf(!HAS_PYTHON)('Python compiles and imports nothing it should not', async () => {
    const source = await text('python');
    const out = path.join(makeTempDir('dtogen-openapi-hostile-'), 'dtos.py');
    writeFileSync(out, source);
    await exec(PYTHON, ['-m', 'py_compile', out]);
    // The modules the file imports, as Python's own parser reads them: the default imports alone.
    const script = 'import ast,sys\nprint(",".join(n.module if isinstance(n, ast.ImportFrom) else n.names[0].name for n in ast.walk(ast.parse(open(sys.argv[1]).read())) if isinstance(n, (ast.Import, ast.ImportFrom))))';
    const { stdout } = await exec(PYTHON, ['-c', script, out]);
    expect(stdout.trim()).toBe('datetime,decimal,marshmallow.fields,servicestack,typing,dataclasses,dataclasses_json,enum');
  });

  it('TypeScript compiles', async () => {
    const problems = typeCheck({ 'dtos.ts': await text('typescript') }).filter((d) => d.code !== 2564);
    expect(problems).toEqual([]);
  });

  it('Swift parses to the DTOs alone', async () => {
    const source = await text('swift');
    expect(await syntaxProblems(source)).toEqual([]);
    expect(await topLevelKinds(source)).toEqual(['multiline_comment', 'import_declaration', 'import_declaration', 'multiline_comment', 'comment', 'class_declaration', 'multiline_comment', 'class_declaration', 'class_declaration']);
  });
});
