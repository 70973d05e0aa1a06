// What a new user types first, and the mistakes they make: no arguments, a mistyped command,
// option or language, ServiceStack's short language names, an -o file without --lang, --help,
// values outside what an option takes, --prettier on a language prettier cannot parse. Each is
// exit 2 with one line saying what was expected (and the closest right word), or it just works.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { closest, editDistance } from '../../src/cli/suggest.js';
import { fixture } from '../support/paths.js';
import { makeTempDir } from '../support/temp.js';

const TEST = fixture('metadata', 'test.json');
const DATE = ['--date', '2026-01-02T03:04:05Z'];

async function dtogen(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A usage error: exit 2, nothing on standard output, the message and where to read more. */
async function expectUsage(argv: string[], message: string, help = `Run 'dtogen ${argv[0]} --help' for usage.`) {
  const outcome = await dtogen(...argv);
  expect(outcome).toEqual({ code: 2, stdout: '', stderr: `dtogen: ${message}\n${help}\n` });
}

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('generat', 'generate')).toBe(1);
    expect(editDistance('pyhton', 'python')).toBe(1);
    expect(editDistance('swfit', 'swift')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests only a close word', () => {
    expect(closest('genrate', ['generate', 'page'])).toBe('generate');
    expect(closest('gen', ['generate', 'page'])).toBe('generate');
    expect(closest('PYTHON', ['python'])).toBe('python');
    expect(closest('rust', ['python', 'swift', 'typescript'])).toBeUndefined();
    expect(closest('x', ['docs', 'diff'])).toBeUndefined();
  });
});

describe('no arguments', () => {
  it('prints a short usage with examples, exit 2', async () => {
    const { code, stdout, stderr } = await dtogen();
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: dtogen <command> \[options\]\n/);
    expect(stderr).toContain('\nExamples:\n  dtogen generate https://test.servicestack.net -l python -o dtos.py\n');
    expect(stderr).toContain('\nLanguages: python (py), swift, typescript (ts), typescript-d (tsd), mjs, kotlin, java\n');
    expect(stderr.split('\n').length).toBeLessThan(25);
  });
});

describe('mistyped words', () => {
  it('a command', async () => {
    await expectUsage(['generat', TEST, '-l', 'python'], "unknown command 'generat': expected generate, page, docs, update, diff; did you mean 'generate'?", "Run 'dtogen' for usage.");
    await expectUsage(['l'], "unknown command 'l': expected generate, page, docs, update, diff", "Run 'dtogen' for usage.");
  });

  it('an option, as typed', async () => {
    await expectUsage(['generate', TEST, '-l', 'python', '--includ-types', 'Hello'], "unknown option '--includ-types'; did you mean '--include-types'?");
    await expectUsage(['generate', TEST, '-l', 'python', '--add-response-status=False', '--add-responce-status'], "unknown option '--add-responce-status'; did you mean '--add-response-status'?");
    await expectUsage(['diff', TEST, TEST, '--fail-on-braking'], "unknown option '--fail-on-braking'; did you mean '--fail-on-breaking'?");
    await expectUsage(['generate', TEST, '-l', 'python', '-x'], "unknown option '-x'");
    await expectUsage(['generate', TEST, 'extra', '-l', 'python'], "unexpected argument 'extra'");
  });

  it('a language', async () => {
    await expectUsage(['generate', TEST, '-l', 'pyhton'],
      "--lang: unknown language 'pyhton': expected python, swift, typescript, typescript-d, mjs, kotlin, java or py (python), ts (typescript), tsd (typescript-d); did you mean 'python'?");
    const page = await dtogen('page', TEST, '--op', 'CreateJwt', '-l', 'swfit');
    expect(page.code).toBe(2);
    expect(page.stderr).toMatch(/^dtogen: --lang: unknown language 'swfit': .*; did you mean 'swift'\?\n/);
  });
});

describe('languages', () => {
  it.each([
    ['py', 'python'],
    ['ts', 'typescript'],
    ['tsd', 'typescript-d'],
    ['swift', 'swift'],
  ])('--lang %s is %s', async (alias, id) => {
    const short = await dtogen('generate', TEST, '-l', alias, ...DATE);
    const long = await dtogen('generate', TEST, '-l', id, ...DATE);
    expect(short.code).toBe(0);
    expect(short.stdout).toBe(long.stdout);
  });

  it.each([
    ['dtos.py', 'python'],
    ['Dtos.swift', 'swift'],
    ['dtos.ts', 'typescript'],
    ['dtos.d.ts', 'typescript-d'],
  ])('-o %s without --lang is %s', async (file, id) => {
    const dir = makeTempDir('dtogen-lang-');
    const out = path.join(dir, file);
    expect(await dtogen('generate', TEST, '-o', out, ...DATE)).toEqual({ code: 0, stdout: '', stderr: '' });
    const expected = await dtogen('generate', TEST, '-l', id, '-o', path.join(dir, `expected-${file}`), ...DATE);
    expect(expected.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.join(dir, `expected-${file}`), 'utf8').replace(`expected-${file}`, file));
  });

  it('neither --lang nor a known extension: which language', async () => {
    await expectUsage(['generate', TEST], 'which language? give --lang (python, swift, typescript, typescript-d, mjs, kotlin, java) or an -o file ending in .py, .swift, .ts, .d.ts, .mjs, .kt, .java');
    await expectUsage(['generate', TEST, '-o', 'dtos.txt'], 'which language? give --lang (python, swift, typescript, typescript-d, mjs, kotlin, java) or an -o file ending in .py, .swift, .ts, .d.ts, .mjs, .kt, .java');
  });

  it('an explicit --lang wins over the extension', async () => {
    const dir = makeTempDir('dtogen-lang-');
    expect((await dtogen('generate', TEST, '-l', 'swift', '-o', path.join(dir, 'dtos.py'))).code).toBe(0);
    expect(readFileSync(path.join(dir, 'dtos.py'), 'utf8')).toContain('import Foundation');
  });
});

describe('values', () => {
  it('a choice outside its list says what it takes', async () => {
    await expectUsage(['page', TEST, '--op', 'CreateJwt', '--format', 'xml'], "--format: expected text or html, found 'xml'");
    await expectUsage(['diff', TEST, TEST, '--format', 'yaml'], "--format: expected md, json or github, found 'yaml'");
    await expectUsage(['page', TEST, '--op', 'CreateJwt', '--samples', 'xml'], "--samples: expected jsv or json, found 'xml'");
  });

  it('a boolean option that is neither True nor False', async () => {
    const { code, stdout, stderr } = await dtogen('generate', TEST, '-l', 'python', '--add-response-status=maybe');
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^dtogen: option AddResponseStatus: expected True or False, found 'maybe'\n/);
  });

  it('--prettier on Python or Swift', async () => {
    await expectUsage(['generate', TEST, '-l', 'python', '--prettier'], '--prettier formats TypeScript only (prettier cannot parse Python)');
    await expectUsage(['generate', TEST, '-o', 'dtos.swift', '--prettier'], '--prettier formats TypeScript only (prettier cannot parse Swift)');
  });
});

describe('--help', () => {
  it('shows -l and -o before the generator options, and examples', async () => {
    const { code, stdout } = await dtogen('generate', '--help');
    expect(code).toBe(0);
    const at = (text: string) => stdout.indexOf(text);
    expect(at('--lang')).toBeGreaterThan(0);
    expect(at('--lang')).toBeLessThan(at('--out'));
    expect(at('--out')).toBeLessThan(at('Generator options'));
    expect(at('--include-types')).toBeGreaterThan(at('Generator options'));
    expect(stdout).toContain('Examples:');
    expect(stdout).toMatch(/^ {2}dtogen generate app\.json -l python -o dtos\.py +Python DTOs of a saved metadata file$/m);
  });

  it('the top-level help names the languages and their short names', async () => {
    const { code, stdout } = await dtogen('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}python, py +Python \(dtos\.py\)$/m);
    expect(stdout).toMatch(/^ {2}typescript-d, tsd +TypeScript declarations \(dtos\.d\.ts\)$/m);
    expect(stdout).toContain('Examples:');
  });
});

describe('-o -', () => {
  it('is standard output for generate and page, not a file named -', async () => {
    const dir = makeTempDir('dtogen-dash-');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const dash = await dtogen('generate', TEST, '-l', 'python', '-o', '-', ...DATE);
      const plain = await dtogen('generate', TEST, '-l', 'python', ...DATE);
      expect(dash).toEqual({ code: 0, stdout: plain.stdout, stderr: '' });
      expect(plain.stdout).toContain('@dataclass');
      const page = await dtogen('page', TEST, '--op', 'CreateJwt', '-o', '-');
      expect(page.code).toBe(0);
      expect(page.stdout).toContain('CreateJwt');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});
