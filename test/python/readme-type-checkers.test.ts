// What the README says about Python and type checkers, checked with the real tools: the README's
// serialising snippet runs (next to the DTOs of the test service), pyright finds only the
// `letter_case` diagnostic, mypy in its default mode only the README's three causes (and in the
// snippet exactly the `roles=["admin"]` error it names), and with the README's recipe
// (`--default-imports` without marshmallow's fields, `--follow-untyped-imports`) only the
// `letter_case` line, in every fixture and corpus file.

import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { generate } from '../../src/generate.js';
import { ALL_INPUTS } from '../support/inputs.js';
import { fixture, ROOT } from '../support/paths.js';
import { runPyright } from '../support/pyright.js';
import { HAS_PYTHON, PYTHON, runPython } from '../support/python.js';
import { makeTempDir } from '../support/temp.js';

const exec = promisify(execFile);
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const SECTION = README.slice(README.indexOf('#### Python and type checkers'));
/** The README's user code: the first Python block of the section. */
const SNIPPET = /```python\n([\s\S]*?)```/.exec(SECTION)?.[1] ?? '';
/** The README's recipe: its `--default-imports` value. */
const RECIPE_IMPORTS = /--default-imports '([^']+)'/.exec(SECTION)?.[1] ?? '';
const LETTER_CASE_LINE = /^@dataclass_json\(letter_case=LetterCase\.CAMEL/;

interface MypyError {
  file: string;
  line: number;
  code: string;
  message: string;
}

/** Every generated file (and the snippet as app.py beside the test service's dtos.py) in a fresh folder. */
async function writeProject(options: Record<string, string>): Promise<string> {
  const dir = makeTempDir('dtogen-py-checkers-');
  for (const input of ALL_INPUTS) {
    const result = await generate({ input: input.file, lang: 'python', date: new Date(0), options });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(errors.map(formatDiagnostic).join('\n'));
    const name = input.file === fixture('metadata', 'test.json') ? 'dtos' : input.label.replace(/[^A-Za-z0-9_]/g, '_');
    writeFileSync(path.join(dir, `${name}.py`), result.files.map((f) => f.content).join(''));
  }
  writeFileSync(path.join(dir, 'app.py'), SNIPPET);
  return dir;
}

async function mypy(dir: string, ...flags: string[]): Promise<MypyError[]> {
  const args = ['-m', 'mypy', '--no-error-summary', '--show-error-codes', '--no-pretty', '--cache-dir', path.join(dir, '.mypy_cache'), ...flags, '.'];
  const { stdout } = await exec(PYTHON, args, { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return stdout
    .split('\n')
    .map((line) => /^(.+?):(\d+): error: (.*)  \[([a-z-]+)\]$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ file: m[1]!, line: Number(m[2]), message: m[3]!, code: m[4]! }));
}

const lineOf = (dir: string, e: MypyError) => readFileSync(path.join(dir, e.file), 'utf8').split('\n')[e.line - 1] ?? '';

describe.skipIf(!HAS_PYTHON)('the README on Python and type checkers', () => {
  let plain = '';
  let recipe = '';
  beforeAll(async () => {
    // mypy is pinned in scripts/python-requirements.txt: an older .venv lacks it.
    await exec(PYTHON, ['-m', 'mypy', '--version']).catch(() => {
      throw new Error("mypy is not in .venv: run 'bash scripts/setup-python.sh'");
    });
    expect(SNIPPET).toContain('to_json(session)');
    expect(RECIPE_IMPORTS).not.toContain('marshmallow');
    plain = await writeProject({});
    recipe = await writeProject({ DefaultImports: RECIPE_IMPORTS });
  }, 120_000);

  it('the serialising snippet runs, with the default imports and with the recipe', async () => {
    for (const dir of [plain, recipe]) await runPython(path.join(dir, 'app.py'), []);
  });

  it("the dataclasses' own to_json() fails on the year-1 date defaults, as the README warns", async () => {
    // In a folder of its own: the type checkers below read every file of `plain`.
    const dir = makeTempDir('dtogen-py-own-to-json-');
    copyFileSync(path.join(plain, 'dtos.py'), path.join(dir, 'dtos.py'));
    const script = path.join(dir, 'own_to_json.py');
    writeFileSync(script, 'from dtos import AuthUserSession\nAuthUserSession(user_name="ann").to_json()\n');
    await expect(runPython(script, [])).rejects.toThrow('ValueError: year 0 is out of range');
  });

  it('pyright: only the letter_case line, never in the user code', async () => {
    const report = await runPyright(plain);
    const errors = report.generalDiagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const d of errors) {
      expect(`${path.basename(d.file)} ${d.rule}`).not.toBe('app.py reportArgumentType');
      expect(d.rule).toBe('reportArgumentType');
      expect(d.message).toContain('cannot be assigned to parameter "letter_case" of type "LetterCase | None"');
      expect(readFileSync(d.file, 'utf8').split('\n')[d.range.start.line]).toMatch(LETTER_CASE_LINE);
    }
  }, 180_000);

  it('mypy, default mode: the three causes the README names, and the one error in the user code', async () => {
    const errors = await mypy(plain);
    expect(new Set(errors.map((e) => e.code))).toEqual(new Set(['import-untyped', 'name-defined', 'assignment', 'type-arg', 'call-overload', 'arg-type']));
    for (const e of errors) {
      if (e.code === 'import-untyped') expect(e.message).toBe('Skipping analyzing "servicestack": module is installed, but missing library stubs or py.typed marker');
      if (e.code === 'type-arg') expect(e.message).toMatch(/^"(List|Dict|Tuple)" expects no type arguments, but \d given$/);
      if (e.code === 'call-overload') expect(lineOf(plain, e)).toMatch(LETTER_CASE_LINE);
      if (e.code === 'assignment') expect(e.message).toMatch(/^Incompatible (import of "(Tuple|Mapping|List|Dict|Enum)"|types in assignment).*marshmallow\.fields\./);
    }
    expect(errors.filter((e) => e.file === 'app.py').map((e) => `${e.line}: ${e.message} [${e.code}]`)).toEqual([
      '2: Skipping analyzing "servicestack": module is installed, but missing library stubs or py.typed marker [import-untyped]',
      '4: Argument "roles" to "AuthUserSession" has incompatible type "list[str]"; expected "marshmallow.fields.List | None" [arg-type]',
    ]);
  }, 180_000);

  it("mypy with the README's recipe: only the letter_case line, none in the user code", async () => {
    const errors = await mypy(recipe, '--follow-untyped-imports');
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.code).toBe('call-overload');
      expect(e.file).not.toBe('app.py');
      expect(lineOf(recipe, e)).toMatch(LETTER_CASE_LINE);
    }
  }, 180_000);
});
