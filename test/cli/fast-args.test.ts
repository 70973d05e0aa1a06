// The fast parser of `dtogen generate` must read every line it takes exactly as yargs does, and
// leave every other line to yargs: each command line here is parsed both ways.

import { describe, expect, it } from 'vitest';
import { fastGenerateArgs } from '../../src/cli/fast-args.js';
import { optionFlags } from '../../src/cli/flags.js';
import type { GenerateArgs } from '../../src/cli/generate-command.js';
import { GENERATE_OPTIONS } from '../../src/cli/generate-options.js';
import { runYargs } from '../../src/cli/yargs-cli.js';

/** What yargs hands the generate command, or undefined when it stops (a usage error, help). */
async function yargsArgs(argv: string[]): Promise<GenerateArgs | undefined> {
  let parsed: GenerateArgs | undefined;
  await runYargs(['generate', ...argv], { stdout: () => {}, stderr: () => {} }, async (args) => {
    parsed = args;
    return 0;
  });
  return parsed;
}

/** The arguments the commands read: the options by their long names, and the input. */
function read(args: GenerateArgs): Record<string, unknown> {
  const keys = ['input', ...Object.keys(GENERATE_OPTIONS), ...optionFlags().map((f) => f.flag)];
  return Object.fromEntries(keys.filter((k) => args[k] !== undefined).map((k) => [k, args[k]]));
}

const FAST = [
  ['in.json', '-l', 'python'],
  ['in.json', '--lang', 'python', '-o', 'out/dtos.py'],
  ['--lang=swift', 'in.json', '--out=dtos.swift'],
  ['in.json', '-l', 'python', '-l', 'swift', '-l', 'ts', '-o', 'out/'],
  ['in.json', '-l', 'python,swift', '-o', 'out/{lang}.{ext}'],
  ['https://host', '-l', 'py', '--timeout', '5'],
  ['in.json', '-l', 'py', '--timeout', '2.5'],
  ['in.json', '-l', 'py', '--op', 'Hello', '--date', '2026-01-02'],
  ['in.json', '-l', 'ts', '--prettier', '-o', 'dtos.ts'],
  ['in.json', '-l', 'ts', '--no-prettier'],
  ['in.json', '-l', 'py', '-o', 'x.py', '--watch', '--verbose'],
  ['in.json', '-l', 'py', '-o', 'x.py', '-w'],
  ['in.json', '-l', 'py', '-o', 'x.py', '--check'],
  ['https://host', '-l', 'py', '-H', 'Authorization: Bearer t'],
  ['https://host', '-H', 'Authorization: Bearer t', '-l', 'py', '--header', 'X-Api-Key: k', '-H', 'X-Other: o'],
  ['https://host', '-l', 'py', '--header=X-Api-Key: k'],
  ['--config', 'dtogen.config.json'],
  ['-c', 'cfg.json', '--check'],
  [],
  ['--watch'],
  ['in.json', '-l', 'py', '--add-response-status'],
  ['in.json', '-l', 'py', '--add-response-status', '--include-types', 'Hello'],
  ['in.json', '-l', 'py', '--add-response-status=False'],
  ['in.json', '-l', 'py', '--add-response-status', 'maybe'],
  ['in.json', '-l', 'py', '--no-add-response-status'],
  ['in.json', '-l', 'py', '--include-types', 'CreateJwt.*,Hello', '--exclude-types=Foo'],
  ['in.json', '-l', 'py', '--include-types='],
  ['in.json', '-l', 'py', '--add-implicit-version', '2'],
  ['in.json', '-o', 'dtos.ts'],
  ['in.json', '--add-response-status', '-l', 'py'],
];

const LEFT_TO_YARGS = [
  ['--help'],
  ['in.json', '-h'],
  ['in.json', '--version'],
  ['in.json', 'extra', '-l', 'py'],
  ['in.json', '-l'],
  ['in.json', '--lang='],
  ['in.json', '-lpython'],
  ['in.json', '-l=python'],
  ['in.json', '-l', 'py', '-wc', 'x'],
  ['in.json', '-l', 'py', '--includ-types', 'Hello'],
  ['in.json', '-l', 'py', '-x'],
  ['in.json', '-l', 'py', '--timeout', 'abc'],
  ['in.json', '-l', 'py', '--timeout', '0'],
  ['in.json', '-l', 'py', '--timeout', '1e2'],
  ['in.json', '-l', 'py', '--timeout', '-5'],
  ['in.json', '-l', 'py', '--watch', 'false'],
  ['in.json', '-l', 'py', '--watch=true'],
  ['in.json', '-l', 'py', '-o', 'a.py', '-o', 'b.py'],
  ['in.json', '-l', 'py', '--include-types', 'A', '--include-types', 'B'],
  ['in.json', '-l', 'py', '--no-include-types'],
  ['in.json', '-l', 'py', '--no-lang'],
  ['in.json', '-l', 'py', '--addResponseStatus'],
  ['in.json', '-l', 'py', '--', 'x'],
  ['in.json', '-l', '-', '-o', 'x'],
  ['in.json', '-l', 'py', '--out', '-x'],
];

describe('the fast parser of generate', () => {
  it.each(FAST.map((argv) => [argv.join(' '), argv]))('reads %s as yargs does', async (_shown, argv) => {
    const fast = fastGenerateArgs(argv);
    expect(fast).toBeDefined();
    const slow = await yargsArgs(argv);
    expect(slow).toBeDefined();
    expect(read(fast as GenerateArgs)).toEqual(read(slow as GenerateArgs));
  });

  it.each(LEFT_TO_YARGS.map((argv) => [argv.join(' '), argv]))('leaves %s to yargs', (_shown, argv) => {
    expect(fastGenerateArgs(argv)).toBeUndefined();
  });
});
