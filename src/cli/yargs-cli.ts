// The command line as yargs reads it: every command, help and its messages, for whatever the fast
// parser of `generate` (fast-args.ts) leaves to it.

import yargs, { type Argv } from 'yargs';
import { TARGETS } from '../targets/index.js';
import { COMMANDS, internalError, LANGUAGES } from './commands.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, optionFlags, type CliIO } from './flags.js';
import type { GenerateArgs } from './generate-command.js';
import { GENERATE_OPTIONS, DEFAULT_TIMEOUT_SECONDS, timeoutProblem } from './generate-options.js';
import { closest } from './suggest.js';
import { packageVersion } from './version.js';

class UsageError extends Error {}

/** What each command runs with its parsed arguments; the exit code. */
export type GenerateHandler = (args: GenerateArgs) => Promise<number>;

export async function runYargs(argv: readonly string[], io: CliIO, generateHandler?: GenerateHandler): Promise<number> {
  const first = argv[0] as string;
  let exitCode = EXIT_OK;
  const parser = buildParser(io, (code) => {
    exitCode = code;
  }, generateHandler);
  try {
    // Help and version text come back here rather than through console.log, so they reach `io`.
    await parser.parseAsync([...argv], {}, (_error, _args, output) => {
      if (output) io.stdout(`${output}\n`);
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`dtogen: ${usageMessage(error.message, argv)}\nRun 'dtogen ${COMMANDS.includes(first) ? `${first} ` : ''}--help' for usage.\n`);
      return EXIT_USAGE;
    }
    io.stderr(internalError(error));
    return EXIT_INPUT;
  }
  return exitCode;
}

/** Every long option any command takes, for suggestions. */
function knownOptions(): string[] {
  const common = ['lang', 'out', 'op', 'date', 'prettier', 'timeout', 'header', 'config', 'watch', 'check', 'verbose', 'format', 'samples', 'fail-on-breaking', 'help', 'version'];
  return [...common, ...optionFlags().map((o) => o.flag)];
}

/**
 * yargs's messages in dtogen's words: an unknown option or argument named as typed, with the
 * closest known option; a value outside its choices with what was expected.
 */
function usageMessage(message: string, argv: readonly string[]): string {
  const unknown = /^Unknown arguments?: (.*)$/.exec(message);
  if (unknown) {
    const name = (unknown[1] ?? '').split(', ')[0] ?? '';
    const typed = argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`) || a === `-${name}` || a === `--no-${name}`);
    if (typed === undefined) return `unexpected argument '${name}'`;
    const option = name.length === 1 && !typed.startsWith('--') ? `-${name}` : `--${name}`;
    const match = closest(name, knownOptions());
    return `unknown option '${option}'${match === undefined ? '' : `; did you mean '--${match}'?`}`;
  }
  const choices = /^Invalid values:\s+Argument: (\S+), Given: "?(.*?)"?, Choices: (.*)$/s.exec(message);
  if (choices) return `--${choices[1]}: expected ${alternatives((choices[3] ?? '').replace(/"/g, '').split(', '))}, found '${choices[2]}'`;
  return message;
}

function buildParser(io: CliIO, setExit: (code: number) => void, generateHandler?: GenerateHandler): Argv {
  const parser = yargs()
    .scriptName('dtogen')
    .usage('$0 <command> [options]\n\nGenerates DTOs in other languages from ServiceStack metadata.')
    .version(packageVersion())
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .strict()
    .demandCommand(1, `which command? expected ${COMMANDS.join(', ')}`)
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .check((argv) => timeoutProblem(argv.timeout) ?? true)
    .fail((message, error) => {
      // A failing command throws an Error; yargs's own checks give a message (a check's, as `error`).
      if (error instanceof Error && error.name !== 'YError') throw error;
      throw new UsageError(message ?? (typeof error === 'string' ? error : (error?.message ?? 'invalid arguments')));
    })
    .command(
      'generate [input]',
      'Generate DTOs from a metadata JSON file or a ServiceStack base URL; without an input, every output of dtogen.config.json',
      generateOptions,
      async (args) => setExit(await (generateHandler ?? (async (given) => (await import('./generate-command.js')).runGenerate(given, io)))(args)),
    )
    .command(
      'page <input>',
      "Render one operation's documentation page (text or HTML)",
      pageOptions,
      async (args) => setExit(await (await import('./page-command.js')).runPage(args, io)),
    )
    .command(
      'docs <input>',
      'Write a static API reference: index.html, types.html and a page per operation and language, with a sidebar and search',
      docsOptions,
      async (args) => setExit(await (await import('./page-command.js')).runDocs(args, io)),
    )
    .command(
      'update [files..]',
      "Regenerate generated files from their Options header (BaseUrl or Input, and the options set in it), as ServiceStack's x update does",
      updateOptions,
      async (args) => setExit(await (await import('./update-command.js')).runUpdate(args, io)),
    )
    .command(
      'diff <old> <new>',
      'Report the API changes between two metadata inputs, marking those that break existing clients',
      diffOptions,
      async (args) => setExit(await (await import('./diff-command.js')).runDiff(args, io)),
    )
    .example('$0 generate app.json -l python -o dtos.py', 'Python DTOs of a saved metadata file')
    .example('$0 generate https://host -o dtos.ts', "a server's DTOs, TypeScript by the extension")
    .example('$0 page metadata.json --op Hello', "one operation's page, in the terminal")
    .example('$0 diff old.json new.json --fail-on-breaking', 'fail a build on a breaking change')
    .epilogue(`Languages:\n${TARGETS.map((t) => `  ${[t.id, ...(t.aliases ?? [])].join(', ').padEnd(18)} ${t.displayName} (${t.defaultFileName})`).join('\n')}`);
  return parser.exitProcess(false).showHelpOnFail(false);
}

// Options several commands share. Each command's implementation is imported when it runs.
const INPUT_DESCRIPTION = 'metadata JSON file (/metadata/app.json or /types/metadata) or http(s) base URL';
const TIMEOUT = { type: 'number', describe: 'URL inputs: seconds to wait for the server', default: DEFAULT_TIMEOUT_SECONDS } as const;
const DATE = { type: 'string', describe: 'Date for the Options header (ISO 8601; default SOURCE_DATE_EPOCH or now)' } as const;
const SAMPLES = { type: 'string', choices: ['jsv', 'json'], default: 'jsv', describe: 'format of the sample HTTP requests and responses' } as const;
const OUT_FILE = { alias: 'o', type: 'string', describe: 'output file (default, or -: standard output)' } as const;
// Given again, yargs collects the values into an array (not `array: true`, which would swallow the input after it).
const HEADER = { alias: 'H', type: 'string', describe: "URL inputs: an HTTP header to send, 'Name: value' (again for more); never written to a file" } as const;

function pageOptions(y: Argv) {
  return y
    .positional('input', { type: 'string', describe: INPUT_DESCRIPTION, demandOption: true })
    .option('op', { type: 'string', describe: 'the operation', demandOption: true })
    .option('lang', { alias: 'l', type: 'string', describe: `show the operation's DTOs in this language: ${LANGUAGES} (default: the parameter tables)` })
    .option('format', { type: 'string', choices: ['text', 'html'], default: 'text', describe: 'text for terminals and diffs, or a self-contained HTML page' })
    .option('samples', SAMPLES)
    .option('out', OUT_FILE)
    .option('timeout', TIMEOUT)
    .option('header', HEADER);
}

function docsOptions(y: Argv) {
  return y
    .positional('input', { type: 'string', describe: INPUT_DESCRIPTION, demandOption: true })
    .option('out', { alias: 'o', type: 'string', describe: 'output folder', demandOption: true })
    .option('samples', { ...SAMPLES, default: 'json', describe: 'the sample format pages show first (the other is one click away)' })
    .option('timeout', TIMEOUT)
    .option('header', HEADER);
}

function updateOptions(y: Argv) {
  return y
    .positional('files', { type: 'string', array: true, describe: 'generated files (default: every generated file under the current folder)' })
    .option('date', DATE)
    .option('timeout', { type: 'number', describe: 'seconds to wait for each server', default: DEFAULT_TIMEOUT_SECONDS })
    .option('header', HEADER);
}

function diffOptions(y: Argv) {
  return y
    .positional('old', { type: 'string', describe: 'the earlier metadata: JSON file or http(s) base URL', demandOption: true })
    .positional('new', { type: 'string', describe: 'the later metadata: JSON file or http(s) base URL', demandOption: true })
    .option('format', { type: 'string', choices: ['md', 'json', 'github'], default: 'md', describe: 'Markdown (for a pull-request comment), JSON, or GitHub workflow annotations' })
    .option('lang', { alias: 'l', type: 'string', array: true, choices: TARGETS.map((t) => t.id), describe: 'the languages clients use: show the generated lines each breaking change alters' })
    .option('config', { alias: 'c', type: 'string', describe: 'take the languages (and their options) from the outputs of this config file' })
    .option('fail-on-breaking', { type: 'boolean', describe: 'exit 1 when any change breaks existing clients' })
    .option('timeout', TIMEOUT)
    .option('header', HEADER);
}

function generateOptions(y: Argv) {
  const o = GENERATE_OPTIONS;
  let out = y
    .positional('input', { type: 'string', describe: INPUT_DESCRIPTION })
    .option('lang', { ...o.lang, describe: `target language: ${LANGUAGES} (default: from the -o extension); several: -l python,swift or -l again` })
    .option('out', { ...o.out, describe: 'output file (default, or -: standard output); a folder (out/) or a name with {lang} or {ext} writes a file per language' })
    .group(['lang', 'out'], 'Output:')
    .option('op', { ...o.op, describe: "operation mode: only this operation's types, as its metadata page shows them" })
    .option('date', { ...o.date, describe: DATE.describe })
    .option('prettier', { ...o.prettier, describe: "format the output with prettier, configured as prettier's CLI would be for the output file" })
    .option('timeout', { ...o.timeout, describe: TIMEOUT.describe, default: TIMEOUT.default })
    .option('header', { ...o.header, describe: HEADER.describe })
    .option('config', { ...o.config, describe: 'config file to run (default, when no input is given: the nearest dtogen.config.json or .jsonc from the current folder up to the repository root)' })
    .option('watch', { ...o.watch, describe: 'regenerate whenever an input, the config or a template changes' })
    .option('check', { ...o.check, describe: 'write nothing; exit 1 and print a diff when an output is missing, stale or orphaned' })
    .option('verbose', { ...o.verbose, describe: 'with --watch: print every file event' });
  const flags = optionFlags();
  for (const option of flags) {
    const where = option.languages.length === TARGETS.length ? '' : `; ${option.languages.join(', ')}`;
    // Every option flag takes text, checked by the options parser as a config or header value is:
    // a boolean one reads `--flag` (True), `--flag=False`, `--no-flag`, and refuses other words.
    const values = option.type === 'boolean' ? '; --flag, --flag=False or --no-flag' : '';
    out = out.option(option.flag, { type: 'string', describe: `${option.description} (${option.key}${where}${values})` });
  }
  return out
    .group(['op', 'date', 'prettier', 'timeout', 'header', 'config', 'watch', 'check', 'verbose'], 'Options:')
    .group(flags.map((o) => o.flag), 'Generator options (as in the file header):')
    .example('$0 generate app.json -l python -o dtos.py', 'Python DTOs of a saved metadata file')
    .example('$0 generate https://host -o dtos.ts', "a server's DTOs, TypeScript by the extension")
    .example('$0 generate app.json -l py,swift,ts -o client/', 'client/dtos.py, client/dtos.swift and client/dtos.ts from one load')
    .example('$0 generate app.json -l py --op Hello', 'one operation and its types')
    .example('$0 generate --check', 'in CI: fail when an output is out of date');
}

/** `md, json or github`. */
function alternatives(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
