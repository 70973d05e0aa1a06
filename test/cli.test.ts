// The command line end to end: in-process for the text, and through the built bin for exit codes.

import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './support/temp.js';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { BIN, CORPUS, fixture, HAS_CORPUS } from './support/paths.js';

const run = async (...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

const exec = promisify(execFile);
const runBin = async (...argv: string[]) => {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...argv], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

const tempDir = () => makeTempDir('dtogen-cli-');

describe('dtogen generate', () => {
  it('prints a whole Python file with the Options header', async () => {
    const { code, stdout, stderr } = await run('generate', fixture('metadata', 'test.json'), '--lang', 'python', '--date', '2026-01-02T03:04:05Z');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('""" Options:\nDate: 2026-01-02 03:04:05\nVersion: 8.91\n')).toBe(true);
    expect(stdout).toContain('\n@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)\n@dataclass\nclass CreateJwt(AuthUserSession, IReturn[CreateJwtResponse]):\n');
  });

  it('applies option flags and records them in the header', async () => {
    const { code, stdout } = await run('generate', fixture('metadata', 'test.json'), '-l', 'python', '--include-types', 'CreateJwt.*', '--date', '2026-01-02');
    expect(code).toBe(0);
    expect(stdout).toContain('\nIncludeTypes: CreateJwt.*\n');
    expect(stdout).not.toContain('class Hello(');
  });

  it('is deterministic: same input, same bytes', async () => {
    const args = ['generate', fixture('metadata', 'techstacks.json'), '--lang', 'python', '--date', '2026-01-02'];
    expect((await run(...args)).stdout).toBe((await run(...args)).stdout);
  });

  it('writes -o atomically and leaves no file when the input is bad', async () => {
    const dir = tempDir();
    const good = path.join(dir, 'dtos.py');
    expect((await run('generate', fixture('metadata', 'test.json'), '-l', 'python', '-o', good)).code).toBe(0);
    expect(readFileSync(good, 'utf8')).toContain('class CreateJwtResponse:');

    const badInput = path.join(dir, 'bad.json');
    writeFileSync(badInput, '{"api": ');
    const bad = path.join(dir, 'never.py');
    const result = await run('generate', badInput, '-l', 'python', '-o', bad);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `${badInput}:1:9: not valid JSON: unexpected end of input\n` });
    expect(existsSync(bad)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['bad.json', 'dtos.py']);
  });

  it('names a missing file', async () => {
    expect(await run('generate', 'nowhere.json', '-l', 'python')).toEqual({ code: 1, stdout: '', stderr: 'nowhere.json: cannot read input: no such file\n' });
  });

  it('names an unknown operation', async () => {
    const result = await run('generate', fixture('metadata', 'test.json'), '-l', 'python', '--op', 'Nope');
    expect(result).toEqual({ code: 1, stdout: '', stderr: `${fixture('metadata', 'test.json')}: no operation named 'Nope'\n` });
  });

  it('rejects a stray value after a boolean flag as a usage error', async () => {
    const result = await run('generate', fixture('metadata', 'test.json'), '-l', 'python', '--add-response-status', 'maybe');
    expect(result.code).toBe(2);
  });

  it('rejects usage errors with exit code 2', async () => {
    expect((await run('generate', fixture('metadata', 'test.json'), '--lang', 'cobol')).code).toBe(2);
    expect((await run('generate')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });
});

describe('the built bin', () => {
  it.runIf(existsSync(BIN))('exits 1 with one line naming the file, no stack trace', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{');
    const result = await runBin('generate', bad, '--lang', 'python');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${bad}:1:2: not valid JSON: expected a property name in double quotes, found end of input\n`);
  });

  it.runIf(existsSync(BIN))('prints its version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await runBin('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.runIf(existsSync(BIN) && HAS_CORPUS)('generates Python for a real server to a file', async () => {
    const out = path.join(tempDir(), 'x.py');
    const result = await runBin('generate', path.join(CORPUS, 'blazor-gallery', 'app.8.91.json'), '--lang', 'python', '-o', out);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toContain('class QueryBookings(QueryDb[Booking], IReturn[QueryResponse[Booking]]):');
  });
});
