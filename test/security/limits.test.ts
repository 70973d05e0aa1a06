// Bounds and shapes that a new user's input can reach through every command: a document nested
// 200,000 levels deep, one larger than the size limit, a bad --timeout, an enum without members,
// and a model (from any loader) holding a name that is not an identifier. Each ends in one clear
// located line and the right exit code, or in code the language accepts; never an internal error.

import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadText } from '../../src/loaders/index.js';
import type { ClassDecl, EnumDecl, MetadataModel } from '../../src/model/types.js';
import { validateModel } from '../../src/model/validate.js';
import { BIN, fixture } from '../support/paths.js';
import { HAS_PYTHON, PYTHON } from '../support/python.js';
import { makeTempDir } from '../support/temp.js';
import { syntaxProblems } from '../swift/swift-parser.js';
import { STRICT, typeCheck } from '../typescript/support/compile.js';

const run = promisify(execFile);
let dir = '';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function dtogen(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: dir, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

/** Exit 1, nothing on standard output, and exactly the located lines expected. */
function expectRefused(outcome: Outcome, ...messages: RegExp[]): void {
  expect(outcome.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(outcome.code).toBe(1);
  expect(outcome.stdout).toBe('');
  expect(lines(outcome.stderr)).toEqual(messages.map((m) => expect.stringMatching(m)));
}

const DEPTH = 200_000;

beforeAll(() => {
  dir = makeTempDir('dtogen-limits-');
  copyFileSync(fixture('metadata', 'test.json'), path.join(dir, 'test.json'));
  writeFileSync(path.join(dir, 'deep-arrays.json'), `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`);
  writeFileSync(path.join(dir, 'deep-objects.json'), `${'{"api":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`);
  const deepType = `${'List<'.repeat(DEPTH)}String${'>'.repeat(DEPTH)}`;
  writeFileSync(path.join(dir, 'deep-type.json'), JSON.stringify({ api: { types: [{ name: 'A', properties: [{ name: 'X', type: deepType }] }], operations: [] } }));
});

describe('a document nested 200,000 levels deep', () => {
  const commands: Array<[string, (file: string) => string[]]> = [
    ...['python', 'swift', 'typescript', 'typescript-d'].map((lang): [string, (file: string) => string[]] => [`generate -l ${lang}`, (f) => ['generate', f, '-l', lang]]),
    ['page', (f) => ['page', f, '--op', 'Hello']],
    ['docs', (f) => ['docs', f, '-o', 'site']],
    ['diff', (f) => ['diff', 'test.json', f]],
  ];

  it.each(commands)('%s: one located line, exit 1', async (_label, args) => {
    expectRefused(await dtogen(...args('deep-arrays.json')), /^deep-arrays\.json:1:513: not valid JSON: nested more than 512 deep$/);
    expectRefused(await dtogen(...args('deep-objects.json')), /^deep-objects\.json:1:\d+: not valid JSON: nested more than 512 deep$/);
    expectRefused(await dtogen(...args('deep-type.json')), /^deep-type\.json \/api\/types\/0\/properties\/0\/type: cannot read type 'List<List<.*': type arguments nested more than 32 deep$/);
    expect(existsSync(path.join(dir, 'site'))).toBe(false);
  });

  it('update: a file whose recorded input became that document', async () => {
    copyFileSync(path.join(dir, 'test.json'), path.join(dir, 'moving.json'));
    expect((await dtogen('generate', 'moving.json', '-l', 'python', '-o', 'dtos.py')).code).toBe(0);
    const before = readFileSync(path.join(dir, 'dtos.py'), 'utf8');
    copyFileSync(path.join(dir, 'deep-objects.json'), path.join(dir, 'moving.json'));
    expectRefused(await dtogen('update', 'dtos.py'), /^(\/.*\/)?moving\.json:1:\d+: not valid JSON: nested more than 512 deep$/);
    expect(readFileSync(path.join(dir, 'dtos.py'), 'utf8')).toBe(before);
  });

  it('a config: one located line, nothing generated', async () => {
    writeFileSync(path.join(dir, 'dtogen.config.json'), `${'{"outputs":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`);
    expectRefused(await dtogen('generate'), /^dtogen\.config\.json:1:\d+: not valid JSON: nested more than 512 deep$/, /^dtogen: config has errors, nothing generated/);
  });
});

it('a document over 64 MB is refused before it is read', async () => {
  const big = path.join(dir, 'big.json');
  writeFileSync(big, '');
  truncateSync(big, 64 * 1024 * 1024 + 1);
  expectRefused(await dtogen('generate', 'big.json', '-l', 'python'), /^big\.json: cannot read input: larger than 64 MB$/);
});

describe('--timeout takes seconds between 0 and 3600, in every command', () => {
  const commands: string[][] = [
    ['generate', 'http://127.0.0.1:9', '-l', 'python'],
    ['page', 'http://127.0.0.1:9', '--op', 'Hello'],
    ['docs', 'http://127.0.0.1:9', '-o', 'site'],
    ['diff', 'http://127.0.0.1:9', 'test.json'],
    ['update', 'dtos.py'],
  ];
  it.each(commands.map((c) => [c[0] as string, c]))('%s', async (_command, args) => {
    for (const timeout of ['-1', 'abc', 'NaN', '1e10', '0', 'Infinity']) {
      const outcome = await dtogen(...args, `--timeout=${timeout}`);
      expect(outcome.code).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toMatch(/^dtogen: --timeout: expected seconds between 0 and 3600, found '.*'\nRun 'dtogen \w+ --help' for usage\.\n$/);
    }
  });
});

describe('an enum without members is valid code in every language', () => {
  let model: MetadataModel;
  beforeAll(() => {
    const document = {
      api: {
        types: [
          { name: 'Mood', namespace: 'App', isEnum: true, enumNames: [] },
          { name: 'Level', namespace: 'App', isEnum: true },
          { name: 'Holder', namespace: 'App', properties: [{ name: 'Mood', type: 'Mood', namespace: 'App', isEnum: true }, { name: 'Level', type: 'Level', namespace: 'App', isEnum: true }] },
        ],
        operations: [],
      },
    };
    model = loadText(JSON.stringify(document), 'empty-enums.json').model as MetadataModel;
  });
  const source = async (lang: string) => (await generate({ model, lang, date: new Date(0) })).files.map((f) => f.content).join('');

  it.skipIf(!HAS_PYTHON)('python: `pass`, and the module compiles', async () => {
    const text = await source('python');
    expect(text).toContain('class Mood(str, Enum):\n    pass\n');
    await run(PYTHON, ['-c', `compile(${JSON.stringify(text)}, "dtos.py", "exec")`]);
  });

  it('typescript: an empty enum that type-checks', async () => {
    const text = await source('typescript');
    expect(text).toContain('export enum Mood\n{\n}\n');
    expect(typeCheck({ 'enums.dtos.ts': text }, { ...STRICT, strictPropertyInitialization: false })).toEqual([]);
  });

  it('typescript-d: `never`, and the declarations type-check', async () => {
    const text = await source('typescript-d');
    expect(text).toContain('type Mood = never;');
    expect(typeCheck({ 'enums.d.ts': text })).toEqual([]);
  });

  it('swift: no raw type (Swift refuses one on an enum without cases)', async () => {
    const text = await source('swift');
    expect(text).toContain('public enum Mood : Codable\n{\n}\n');
    expect(text).toContain('public enum Level : Codable\n{\n}\n');
    expect(await syntaxProblems(text)).toEqual([]);
  });
});

describe('the model check: every name a loader hands on is an identifier', () => {
  const loaded = () => loadText(readFileSync(fixture('metadata', 'northwind-subset.json'), 'utf8'), 'northwind-subset.json').model as MetadataModel;
  const firstClass = (m: MetadataModel) => m.types.find((t): t is ClassDecl => t.kind !== 'enum' && t.properties.length > 0) as ClassDecl;
  const firstEnum = (m: MetadataModel) => m.types.find((t): t is EnumDecl => t.kind === 'enum' && t.members.length > 0) as EnumDecl;

  it('a loaded fixture passes', () => {
    expect(validateModel(loaded())).toEqual([]);
  });

  it.each([
    ['generic parameter', 'T>,X', (m: MetadataModel) => {
      const c = firstClass(m);
      c.genericParams = ['T>,X'];
      return c.source;
    }],
    ['generic parameter', 'class T {}', (m: MetadataModel) => {
      const c = firstClass(m);
      (c.properties[0] as { type: unknown }).type = { kind: 'param', name: 'class T {}' };
      return c.properties[0]?.source;
    }],
    ['property name', 'a: int = 1; import os', (m: MetadataModel) => {
      const p = firstClass(m).properties[0] as { name: string; source: unknown };
      p.name = 'a: int = 1; import os';
      return p.source;
    }],
    ['enum member', 'A = 1 }', (m: MetadataModel) => {
      const member = firstEnum(m).members[0] as { name: string; source: unknown };
      member.name = 'A = 1 }';
      return member.source;
    }],
    ['type name', 'Box<T>', (m: MetadataModel) => {
      const c = firstClass(m);
      c.name = 'Box<T>';
      return c.source;
    }],
    ['namespace', 'App; evil', (m: MetadataModel) => {
      const c = firstClass(m);
      c.namespace = 'App; evil';
      return c.source;
    }],
    ['attribute name', 'Api(x)', (m: MetadataModel) => {
      const c = firstClass(m);
      c.attributes = [{ name: 'Api(x)', args: [], source: c.source }];
      return c.source;
    }],
    ['operation name', 'Hello World', (m: MetadataModel) => {
      const op = m.operations[0] as { name: string; source: unknown };
      op.name = 'Hello World';
      return op.source;
    }],
  ])('the %s %j is refused where the model holds it', (what, name, corrupt) => {
    const model = loaded();
    const location = corrupt(model);
    expect(validateModel(model)).toEqual([
      { code: 'unsafe-identifier', severity: 'error', message: `${what} '${name}' is not a safe identifier`, location },
    ]);
  });
});
