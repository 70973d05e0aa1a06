// The hostile and malformed inputs of ../shared/hostile, one test per failure class, each named
// after its document: the behaviour its README expects, through the real CLI, on a copy of the
// folder (../shared is read-only). Generated files are checked with the languages' own parsers:
// Python's ast, TypeScript's compiler, tree-sitter-swift.

import { execFile } from 'node:child_process';
import { cpSync, chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_FILES } from '../../src/pages/site.js';
import { TARGETS } from '../../src/targets/index.js';
import { BIN, SHARED, requireFolder } from '../support/paths.js';
import { HAS_PYTHON, PYTHON } from '../support/python.js';
import { makeTempDir } from '../support/temp.js';
import { syntaxProblems } from '../swift/swift-parser.js';

const HOSTILE = path.join(SHARED, 'hostile');
const HAS_HOSTILE = requireFolder(HOSTILE, 'hostile-input tests');
const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

let dir = '';

async function dtogen(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: dir, timeout: 90_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string; killed?: boolean };
    if (e.killed) throw new Error(`dtogen ${args.join(' ')}: still running after 90 s`);
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
const lines = (text: string) => text.split('\n').filter((l) => l !== '');

function typeScriptErrors(file: string): string[] {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true);
  return (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

async function pythonParses(file: string): Promise<string> {
  const python = HAS_PYTHON ? PYTHON : 'python3';
  try {
    await run(python, ['-c', 'import ast, sys; ast.parse(open(sys.argv[1], encoding="utf-8").read())', path.join(dir, file)]);
    return 'parses';
  } catch (error) {
    return ((error as { stderr?: string }).stderr ?? String(error)).trim().split('\n').pop() ?? '';
  }
}

/** A run that refused its input: exit 1, nothing on standard output, one located line per problem. */
function expectRefused(outcome: Outcome, ...messages: RegExp[]): void {
  expect(outcome.code).toBe(1);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(lines(outcome.stderr)).toEqual(messages.map((m) => expect.stringMatching(m)));
}

describe.skipIf(!HAS_HOSTILE)('hostile inputs (../shared/hostile)', () => {
  beforeAll(() => {
    dir = makeTempDir('dtogen-hostile-');
    cpSync(HOSTILE, dir, { recursive: true });
    for (const f of readdirSync(dir)) chmodSync(path.join(dir, f), 0o644);
    mkdirSync(path.join(dir, 'out'));
  });

  it('01-ts-prototype-member-names: Object.prototype names are plain class names', async () => {
    for (const lang of ['typescript', 'typescript-d']) {
      const file = `out/01.${lang}.ts`;
      expect((await dtogen('generate', '01-ts-prototype-member-names.json', '-l', lang, '-o', file)).code).toBe(0);
      expect(typeScriptErrors(file)).toEqual([]);
      expect(read(file)).not.toMatch(/\[object |native code/);
    }
    expect(read('out/01.typescript.ts')).toContain('public createResponse() { return new toString(); }');
  });

  it('02-ts-defineGetter-request-crash: a request named __defineGetter__ generates', async () => {
    expect((await dtogen('generate', '02-ts-defineGetter-request-crash.json', '-l', 'typescript', '-o', 'out/02.ts')).code).toBe(0);
    expect(typeScriptErrors('out/02.ts')).toEqual([]);
    expect(read('out/02.ts')).toContain("public getTypeName() { return '__defineGetter__'; }");
    expect((await dtogen('docs', '02-ts-defineGetter-request-crash.json', '-o', 'out/02-site')).code).toBe(0);
  });

  it('03-python-option-code-execution: decorator arguments are checked from a config, a flag and a header', async () => {
    expectRefused(
      await dtogen('generate', '--config', '03-python-option-code-execution.json'),
      /^03-python-option-code-execution\.json \/outputs\/0\/options\/DataClassJson: option DataClassJson: expected dataclass_json arguments .*, found 'letter_case=__import__/,
      /^dtogen: config has errors, nothing generated/,
    );
    expect(existsSync(path.join(dir, 'out/03-dtos.py'))).toBe(false);

    const flag = await dtogen('generate', '03-update-input.json', '-l', 'python', '--data-class', 'frozen=True); import os #');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^dtogen: option DataClass: expected dataclass arguments/);

    expect((await dtogen('generate', '03-update-input.json', '-l', 'python', '-o', 'out/03-update.py')).code).toBe(0);
    const before = read('out/03-update.py');
    const edited = before.replace(/^#DataClassJson: .*$/m, "DataClassJson: letter_case=__import__('os').system('echo PWNED')");
    writeFileSync(path.join(dir, 'out/03-update.py'), edited);
    const line = edited.split('\n').findIndex((l) => l.startsWith('DataClassJson:')) + 1;
    expectRefused(await dtogen('update', 'out/03-update.py'), new RegExp(`^out/03-update\\.py:${line}:16: option DataClassJson: expected`));
    expect(read('out/03-update.py')).toBe(edited);
    expect(read('out/03-update.py')).not.toMatch(/^@dataclass_json\(letter_case=__import__/m);
  });

  it('04-huge-generic-arity-memory / 04-many-large-arities-amplification: arities are bounded and refused', async () => {
    expectRefused(await dtogen('generate', '04-huge-generic-arity-memory.json', '-l', 'python', '-o', 'out/04.py'),
      /^04-huge-generic-arity-memory\.json \/api\/types\/0\/name: cannot read type 'Box`30000000': generic arity 30000000 is more than 16$/);
    const many = await dtogen('generate', '04-many-large-arities-amplification.json', '-l', 'typescript', '-o', 'out/04.ts');
    expect(many.code).toBe(1);
    expect(lines(many.stderr)[0]).toMatch(/\/api\/types\/0\/name: cannot read type 'Box`20000': generic arity 20000 is more than 16$/);
    expect(existsSync(path.join(dir, 'out/04.ts'))).toBe(false);
  });

  it('05-huge-generic-arity-crash: an arity too large for a number is a located diagnostic', async () => {
    expectRefused(await dtogen('generate', '05-huge-generic-arity-crash.json', '-l', 'python'),
      /^05-huge-generic-arity-crash\.json \/api\/types\/0\/name: cannot read type 'Foo`99999999999999999999': generic arity 999999999999\.\.\. is more than 16$/);
  });

  it('06-python-keyword-class-name: keyword class names take a _ suffix', async () => {
    expect((await dtogen('generate', '06-python-keyword-class-name.json', '-l', 'python', '-o', 'out/06.py')).code).toBe(0);
    expect(await pythonParses('out/06.py')).toBe('parses');
    expect(read('out/06.py')).toMatch(/^class class_:$/m);
    expect(read('out/06.py')).toMatch(/^class None_:$/m);
  });

  it('07-keyword-generic-parameter: keyword type parameters are escaped in Python and TypeScript', async () => {
    expect((await dtogen('generate', '07-keyword-generic-parameter.json', '-l', 'python', '-o', 'out/07.py')).code).toBe(0);
    expect(await pythonParses('out/07.py')).toBe('parses');
    expect(read('out/07.py')).toContain("class_ = TypeVar('class_')");
    expect(read('out/07.py')).toContain('(Generic[class_])');
    expect((await dtogen('generate', '07-keyword-generic-parameter.json', '-l', 'typescript', '-o', 'out/07.ts')).code).toBe(0);
    expect(typeScriptErrors('out/07.ts')).toEqual([]);
    expect((await dtogen('generate', '07-keyword-generic-parameter.json', '-l', 'swift', '-o', 'out/07.swift')).code).toBe(0);
    expect(await syntaxProblems(read('out/07.swift'))).toEqual([]);
  });

  it('08-ts-constructor-property: refused in a class (its fields are its JSON keys), declared in an interface', async () => {
    expectRefused(await dtogen('generate', '08-ts-constructor-property.json', '-l', 'typescript', '-o', 'out/08.ts'),
      /^08-ts-constructor-property\.json \/api\/types\/0\/properties\/0: property 'constructor' cannot be declared in a TypeScript class$/);
    expect((await dtogen('generate', '08-ts-constructor-property.json', '-l', 'typescript-d', '-o', 'out/08.d.ts')).code).toBe(0);
    expect(typeScriptErrors('out/08.d.ts')).toEqual([]);
  });

  it('09-swift-any-type-name: `any` is written in backticks', async () => {
    expect((await dtogen('generate', '09-swift-any-type-name.json', '-l', 'swift', '-o', 'out/09.swift')).code).toBe(0);
    expect(read('out/09.swift')).toContain('public class `any` : Codable');
    expect(await syntaxProblems(read('out/09.swift'))).toEqual([]);
  });

  it('10-deep-generic-stack-overflow / 10-deep-generic-python-unparsable: type strings nest at most 32 deep', async () => {
    for (const file of ['10-deep-generic-stack-overflow.json', '10-deep-generic-python-unparsable.json']) {
      expectRefused(await dtogen('generate', file, '-l', 'python'), /\/api\/types\/0\/properties\/0\/type: cannot read type 'List<List<.*': type arguments nested more than 32 deep$/);
    }
  });

  it('11-unclosed-arrays-stack-overflow: JSON nests at most 512 deep', async () => {
    expectRefused(await dtogen('generate', '11-unclosed-arrays-stack-overflow.json', '-l', 'python'), /^11-unclosed-arrays-stack-overflow\.json:1:513: not valid JSON: nested more than 512 deep$/);
  });

  it('12-long-reference-chain-stack-overflow: a valid chain of 8,000 types generates in every language', async () => {
    for (const lang of ['python', 'typescript', 'swift']) {
      expect((await dtogen('generate', '12-long-reference-chain-stack-overflow.json', '-l', lang, '-o', `out/12.${lang}`)).code).toBe(0);
    }
    expect(await pythonParses('out/12.python')).toBe('parses');
  });

  it('13-config-duplicate-output-written: two outputs to one file are refused, nothing written', async () => {
    expectRefused(await dtogen('generate', '--config', '13-config-duplicate-output-written.json'),
      /^13-config-duplicate-output-written\.json \/outputs\/1\/out: output 'out\/13-dtos\.txt' is also written by 13-config-duplicate-output-written\.json \/outputs\/0$/,
      /^dtogen: config has errors, nothing generated/);
    expect(existsSync(path.join(dir, 'out/13-dtos.txt'))).toBe(false);
  });

  it('14-config-out-overwrites-input: an output may not be an input or the config', async () => {
    const input = read('14-input.json');
    expectRefused(await dtogen('generate', '--config', '14-config-out-overwrites-input.json'),
      /^14-config-out-overwrites-input\.json \/outputs\/0\/out: output '14-input\.json' would overwrite an input$/,
      /^dtogen: config has errors, nothing generated/);
    expect(read('14-input.json')).toBe(input);
    writeFileSync(path.join(dir, 'out/14-self.json'), JSON.stringify({ outputs: [{ input: '../test.json', lang: 'python', out: '14-self.json' }] }));
    expectRefused(await dtogen('generate', '--config', 'out/14-self.json'), /^out\/14-self\.json \/outputs\/0\/out: output 'out\/14-self\.json' would overwrite the config file$/, /nothing generated/);
  });

  it('15-config-out-outside-project: outputs stay in the config folder unless allowOutputsOutside', async () => {
    expectRefused(await dtogen('generate', '--config', '15-config-out-outside-project.json'),
      /^15-config-out-outside-project\.json \/outputs\/0\/out: output '\.\.\/repros-outside\/15-dtos\.py' is outside the config's repository or folder/,
      /nothing generated/);
    expect(existsSync(path.join(dir, '../repros-outside'))).toBe(false);
  });

  it('16-multiline-diagnostic-spoofing: one line per problem, line breaks escaped', async () => {
    expectRefused(await dtogen('generate', '16-multiline-diagnostic-spoofing.json', '-l', 'python'),
      /^16-multiline-diagnostic-spoofing\.json \/api\/operations\/0\/routes\/0\/verbs: expected HTTP verbs such as "GET,POST", found 'GET\\nfake\.json \/: everything is fine'$/,
      /^16-multiline-diagnostic-spoofing\.json \/api\/types\/0\/properties\/0\/type: cannot read type 'List<String>\\nINJECTED LINE: all good': unexpected '\\n' at column 13$/);
  });

  it('17-terminal-escapes-text-page: text pages carry no control characters', async () => {
    const page = await dtogen('page', '17-terminal-escapes-text-page.json', '--op', 'Hello');
    expect(page.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(page.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(page.stdout).toContain('\\u001b');
  });

  it('18-terminal-escapes-diff: diff reports carry no control characters', async () => {
    const diff = await dtogen('diff', 'test.json', '18-terminal-escapes-diff.json');
    expect(diff.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(diff.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(diff.stdout).toContain('\\u001b[2J');
  });

  it('19-empty-enum: an enum without members is valid Python and TypeScript', async () => {
    expect((await dtogen('generate', '19-empty-enum.json', '-l', 'python', '-o', 'out/19.py')).code).toBe(0);
    expect(await pythonParses('out/19.py')).toBe('parses');
    expect((await dtogen('generate', '19-empty-enum.json', '-l', 'typescript-d', '-o', 'out/19.d.ts')).code).toBe(0);
    expect(typeScriptErrors('out/19.d.ts')).toEqual([]);
    expect(read('out/19.d.ts')).toContain('type Mood = never;');
  });

  it('20-renamed-name-collision: renamed declarations never take a declared name', async () => {
    const declared: Record<string, RegExp> = { python: /^class (\w+)/gm, typescript: /^export class (\w+)/gm, swift: /^public class (`?\w+`?)/gm };
    for (const [lang, pattern] of Object.entries(declared)) {
      expect((await dtogen('generate', '20-renamed-name-collision.json', '-l', lang, '-o', `out/20.${lang}`)).code).toBe(0);
      const names = [...read(`out/20.${lang}`).matchAll(pattern)].map((m) => m[1]);
      expect(names).toHaveLength(6);
      expect(new Set(names).size).toBe(6);
    }
  });

  it('21-docs-partial-site: a site is written whole or not at all', async () => {
    mkdirSync(path.join(dir, 'out/21-site/World.html'), { recursive: true });
    const docs = await dtogen('docs', '21-docs-partial-site.json', '-o', 'out/21-site');
    expect(docs.code).toBe(1);
    expect(lines(docs.stderr)).toEqual([expect.stringMatching(/^out\/21-site: cannot write: .*World\.html: is in the way/)]);
    expect(readdirSync(path.join(dir, 'out/21-site'))).toEqual(['World.html']);
    expect(readdirSync(path.join(dir, 'out')).filter((f) => f.includes('staging'))).toEqual([]);
  });

  it('22-swift-deep-inheritance-quadratic: 20,000 levels of inheritance generate (each base chain walked once)', async () => {
    expect((await dtogen('generate', '22-swift-deep-inheritance-quadratic.json', '-l', 'swift', '-o', 'out/22.swift')).code).toBe(0);
  }, 60_000);

  it('23-docs-many-operations-slow: 3,000 operations, one page per view and the site files', async () => {
    const docs = await dtogen('docs', '23-docs-many-operations-slow.json', '-o', 'out/23-site');
    expect(docs.code).toBe(0);
    // The metadata view and one per language, then the site's shared files.
    expect(docs.stderr).toBe(`out/23-site: ${3000 * (1 + TARGETS.length) + SITE_FILES.length} files
`);
  }, 240_000);

  it('24-config-fifo-input-hang: only regular files are read', async () => {
    await run('mkfifo', [path.join(dir, 'out/24-fifo.json')]);
    const config = await dtogen('generate', '--config', '24-config-fifo-input-hang.json');
    expect(config.code).toBe(1);
    expect(lines(config.stderr)[0]).toBe('out/24-fifo.json: cannot read input: not a regular file');
    expectRefused(await dtogen('generate', '/dev/zero', '-l', 'python'), /^\/dev\/zero: cannot read input: not a regular file$/);
  });

  it('25-unknown-operation-no-location: an unknown operation names the input', async () => {
    expectRefused(await dtogen('page', '25-unknown-operation-no-location.json', '--op', 'Missing'), /^25-unknown-operation-no-location\.json: no operation named 'Missing'$/);
    writeFileSync(path.join(dir, '25-config.json'), JSON.stringify({ outputs: [{ input: '25-unknown-operation-no-location.json', lang: 'python', out: 'out/25.py', op: 'NoSuchOp' }] }));
    const config = await dtogen('generate', '--config', '25-config.json');
    expect(lines(config.stderr)[0]).toBe("25-config.json /outputs/0/op: no operation named 'NoSuchOp'");
  });

  it('26-update-input: Swift option errors are located, and a usage error as a flag', async () => {
    expect((await dtogen('generate', '26-update-input.json', '-l', 'swift', '-o', 'out/26.swift')).code).toBe(0);
    const edited = read('out/26.swift').replace(/^\/\/BaseClass: .*$/m, 'BaseClass: X {}');
    writeFileSync(path.join(dir, 'out/26.swift'), edited);
    const line = edited.split('\n').findIndex((l) => l.startsWith('BaseClass:')) + 1;
    expectRefused(await dtogen('update', 'out/26.swift'), new RegExp(`^out/26\\.swift:${line}:12: option BaseClass: expected a class name, found 'X \\{\\}'$`));
    const flag = await dtogen('generate', '26-update-input.json', '-l', 'swift', '--base-class', 'X {}');
    expect(flag.code).toBe(2);
    expect(flag.stdout).toBe('');
  });

  it('27-duplicate-diagnostic: each problem is reported once', async () => {
    expectRefused(await dtogen('generate', '27-duplicate-diagnostic.json', '-l', 'python'), /^27-duplicate-diagnostic\.json \/api\/operations\/0\/response: expected an object, found a number$/);
  });

  it('28-invalid-timeout: a bad --timeout is a usage error', async () => {
    for (const timeout of ['-1', 'abc', 'NaN', '1e10']) {
      const outcome = await dtogen('generate', 'http://127.0.0.1:9', '-l', 'python', `--timeout=${timeout}`);
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toMatch(/^dtogen: --timeout: expected seconds between 0 and 3600/);
    }
  });

  it('29-huge-enum-value: enum values are 64-bit integers, printed exactly', async () => {
    expectRefused(await dtogen('generate', '29-huge-enum-value.json', '-l', 'python'),
      /^29-huge-enum-value\.json \/api\/types\/0\/enumValues\/0: expected a 64-bit integer enum value, found '99999999999999999999999'$/);
    const document = JSON.parse(read('29-huge-enum-value.json'));
    document.api.types[0].enumValues = ['9007199254740993', '18446744073709551615'];
    writeFileSync(path.join(dir, 'out/29-exact.json'), JSON.stringify(document));
    for (const lang of ['python', 'swift', 'typescript']) {
      const outcome = await dtogen('generate', 'out/29-exact.json', '-l', lang);
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toContain(' = 9007199254740993');
      expect(outcome.stdout).toContain(' = 18446744073709551615');
    }
  });

  it('30-invalid-utf8-silently-replaced: invalid UTF-8 is refused at its line and column', async () => {
    expectRefused(await dtogen('generate', '30-invalid-utf8-silently-replaced.json', '-l', 'python'), /^30-invalid-utf8-silently-replaced\.json:\d+:\d+: not valid UTF-8$/);
  });

  it('31 (no document): a write killed midway leaves no temporary file for the next run', async () => {
    writeFileSync(path.join(dir, 'out/.31.py.999999.0.tmp'), 'left by a killed run');
    expect((await dtogen('generate', 'test.json', '-l', 'python', '-o', 'out/31.py')).code).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).filter((f) => f.startsWith('.31.py.'))).toEqual([]);
    expect(statSync(path.join(dir, 'out/31.py')).isFile()).toBe(true);
  });

  it('32-implements-cycle: interfaces that implement each other are refused', async () => {
    expectRefused(await dtogen('generate', '32-implements-cycle.json', '-l', 'python'), /^32-implements-cycle\.json \/api\/types\/\d+\/implements: base type cycle: I[AB] -> I[AB] -> I[AB]$/);
  });
});
