// One input, several languages: `-l python,swift -l ts` with `-o` a folder or a {lang}/{ext}
// pattern. The input is loaded once for all of them; each file is what the language alone makes.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fixture } from '../support/paths.js';
import { makeTempDir } from '../support/temp.js';

const TEST = fixture('metadata', 'test.json');
const DATE = ['--date', '2026-01-02T03:04:05Z'];
const HELP = "Run 'dtogen generate --help' for usage.";

async function dtogen(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** What one language alone writes to `file`. */
async function alone(lang: string, file: string, ...more: string[]): Promise<string> {
  expect(await dtogen('generate', TEST, '-l', lang, '-o', file, ...DATE, ...more)).toEqual({ code: 0, stdout: '', stderr: '' });
  return readFileSync(file, 'utf8');
}

describe('several languages', () => {
  it('a comma list and repeated -l, into a folder: each language its default file name', async () => {
    const dir = makeTempDir('dtogen-langs-');
    expect(await dtogen('generate', TEST, '-l', 'python,swift', '-l', 'ts', '-o', `${dir}/out/`, ...DATE)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['dtos.py', 'dtos.swift', 'dtos.ts']);
    for (const [lang, name] of [['python', 'dtos.py'], ['swift', 'dtos.swift'], ['typescript', 'dtos.ts']] as const) {
      mkdirSync(path.join(dir, lang));
      // The same folder depth, so that the recorded Input: line is the same.
      expect(readFileSync(path.join(dir, 'out', name), 'utf8')).toBe(await alone(lang, path.join(dir, lang, name)));
    }
  });

  it('an existing folder needs no slash; a language named twice is generated once', async () => {
    const dir = makeTempDir('dtogen-langs-');
    expect((await dtogen('generate', TEST, '-l', 'py,python,mjs', '-o', dir, ...DATE)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['dtos.mjs', 'dtos.py']);
  });

  it('a pattern: {ext} is the extension without its dot, {lang} the language id', async () => {
    const dir = makeTempDir('dtogen-langs-');
    expect((await dtogen('generate', TEST, '-l', 'python,typescript-d,kotlin', '-o', path.join(dir, 'api.{ext}'), ...DATE)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['api.d.ts', 'api.kt', 'api.py']);
    expect((await dtogen('generate', TEST, '-l', 'swift,java', '-o', path.join(dir, '{lang}', 'Dtos.{ext}'), ...DATE)).code).toBe(0);
    expect(existsSync(path.join(dir, 'swift', 'Dtos.swift')) && existsSync(path.join(dir, 'java', 'Dtos.java'))).toBe(true);
  });

  it('one language with a folder or a pattern writes its one file there', async () => {
    const dir = makeTempDir('dtogen-langs-');
    expect((await dtogen('generate', TEST, '-l', 'swift', '-o', `${dir}/`, ...DATE)).code).toBe(0);
    expect((await dtogen('generate', TEST, '-l', 'py', '-o', path.join(dir, 'client.{ext}'), ...DATE)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['client.py', 'dtos.swift']);
  });

  it('each generator option goes to the languages that take it', async () => {
    const dir = makeTempDir('dtogen-langs-');
    expect((await dtogen('generate', TEST, '-l', 'python,swift', '-o', `${dir}/both/`, '--data-class', 'frozen=True', '--add-response-status', ...DATE)).code).toBe(0);
    const python = readFileSync(path.join(dir, 'both', 'dtos.py'), 'utf8');
    expect(python).toContain('\nDataClass: frozen=True\n');
    expect(python).toContain('\nAddResponseStatus: True\n');
    expect(readFileSync(path.join(dir, 'both', 'dtos.swift'), 'utf8')).toContain('\nAddResponseStatus: True\n');
    mkdirSync(path.join(dir, 'alone'));
    expect(readFileSync(path.join(dir, 'both', 'dtos.swift'), 'utf8')).toBe(await alone('swift', path.join(dir, 'alone', 'dtos.swift'), '--add-response-status'));
  });

  it('loads a URL input once for all its languages', async () => {
    const requests: string[] = [];
    const server: Server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(readFileSync(TEST, 'utf8'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const dir = makeTempDir('dtogen-langs-');
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect(await dtogen('generate', base, '-l', 'python,swift,typescript,mjs', '-o', `${dir}/`, ...DATE)).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(requests).toEqual(['/metadata/app.json']);
      expect(readdirSync(dir)).toHaveLength(4);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('several languages: mistakes', () => {
  it('an unknown language in the list: which, and the closest', async () => {
    expect(await dtogen('generate', TEST, '-l', 'python,swfit', '-o', 'out/')).toEqual({
      code: 2,
      stdout: '',
      stderr: `dtogen: --lang: unknown language 'swfit': expected python, swift, typescript, typescript-d, mjs, kotlin, java or py (python), ts (typescript), tsd (typescript-d); did you mean 'swift'?\n${HELP}\n`,
    });
  });

  it('-o one file, or no -o, for several languages', async () => {
    const expected = "a folder (-o out/) or a file name with {lang} or {ext} (-o 'out/dtos.{ext}')";
    expect(await dtogen('generate', TEST, '-l', 'python,swift', '-o', 'dtos.py')).toEqual({
      code: 2,
      stdout: '',
      stderr: `dtogen: -o: several languages (python, swift) write a file each: expected ${expected}, found 'dtos.py'\n${HELP}\n`,
    });
    expect(await dtogen('generate', TEST, '-l', 'py', '-l', 'ts')).toEqual({ code: 2, stdout: '', stderr: `dtogen: several languages (python, typescript) need -o: ${expected}\n${HELP}\n` });
  });

  it('an option none of the languages takes', async () => {
    const { code, stderr } = await dtogen('generate', TEST, '-l', 'python,swift', '-o', 'out/', '--package', 'x.y');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^dtogen: unknown python option 'Package' \(known: /);
  });

  it('a problem writes no file of any language, and is said once', async () => {
    const dir = makeTempDir('dtogen-langs-');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"api": ');
    const result = await dtogen('generate', bad, '-l', 'python,swift', '-o', `${dir}/out/`);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/bad\.json:1:9: not valid JSON: unexpected end of input\n$/);
    const unknownOp = await dtogen('generate', TEST, '-l', 'python,swift,kotlin', '-o', `${dir}/out/`, '--op', 'Nope');
    expect(unknownOp.code).toBe(1);
    expect(unknownOp.stderr).toMatch(/^[^\n]*test\.json: no operation named 'Nope'\n$/);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('several languages: --check', () => {
  it('checks every language file of the input', async () => {
    const dir = makeTempDir('dtogen-langs-');
    const out = `${dir}/out/`;
    expect((await dtogen('generate', TEST, '-l', 'python,swift', '-o', out, ...DATE)).code).toBe(0);
    const current = await dtogen('generate', TEST, '-l', 'python,swift', '-o', out, '--check');
    expect(current).toEqual({ code: 0, stdout: '', stderr: 'dtogen: 2 output(s) up to date\n' });
    const stale = await dtogen('generate', TEST, '-l', 'python,swift,java', '-o', out, '--check');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/missing: \S*dtos\.java\n/);
    expect(stale.stdout).toContain('+++ b/');
  });
});
