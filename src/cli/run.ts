// The command line: argument parsing and printing only; the work is the library's. Heavy modules
// (the loader, Handlebars, the targets) are imported when a command runs, so `--version` and
// `--help` start fast.

import yargs, { type Argv } from 'yargs';
import { TARGETS } from '../targets/index.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, optionFlags, type CliIO } from './flags.js';
import { packageVersion } from './version.js';

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

class UsageError extends Error {}

export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  let exitCode = EXIT_OK;
  const parser = buildParser(io, (code) => {
    exitCode = code;
  });
  try {
    await parser.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`dtogen: ${error.message}\nRun 'dtogen --help' for usage.\n`);
      return EXIT_USAGE;
    }
    // An unexpected failure is a bug: say so in one line, without a stack trace.
    io.stderr(`dtogen: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INPUT;
  }
  return exitCode;
}

function buildParser(io: CliIO, setExit: (code: number) => void): Argv {
  const parser = yargs()
    .scriptName('dtogen')
    .usage('$0 <command> [options]\n\nGenerates DTOs in other languages from ServiceStack metadata.')
    .version(packageVersion())
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .strict()
    .demandCommand(1, 'Which command? See the list above.')
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageError(message ?? 'invalid arguments');
    })
    .command(
      'generate [input]',
      'Generate DTOs from a metadata JSON file or a ServiceStack base URL; without an input, every output of dtogen.config.json',
      (y) => generateOptions(y),
      async (args) => {
        const { runGenerate } = await import('./generate-command.js');
        setExit(await runGenerate(args, io));
      },
    )
    .command(
      'page <input>',
      "Render one operation's documentation page (text or HTML)",
      (y) => pageOptions(y),
      async (args) => {
        const { runPage } = await import('./page-command.js');
        setExit(await runPage(args, io));
      },
    )
    .command(
      'docs <input>',
      'Write a static API reference: index.html and a page per operation and language',
      (y) => docsOptions(y),
      async (args) => {
        const { runDocs } = await import('./page-command.js');
        setExit(await runDocs(args, io));
      },
    )
    .command(
      'update [files..]',
      "Regenerate generated files from their Options header (BaseUrl or Input, and the options set in it), as ServiceStack's x update does",
      (y) => updateOptions(y),
      async (args) => {
        const { runUpdate } = await import('./update-command.js');
        setExit(await runUpdate(args, io));
      },
    )
    .command(
      'diff <old> <new>',
      'Report the API changes between two metadata inputs, marking those that break existing clients',
      (y) => diffOptions(y),
      async (args) => {
        const { runDiff } = await import('./diff-command.js');
        setExit(await runDiff(args, io));
      },
    )
    .epilogue(`Languages:\n${TARGETS.map((t) => `  ${t.id.padEnd(12)} ${t.displayName} (${t.defaultFileName})`).join('\n')}`);
  return parser.exitProcess(false).showHelpOnFail(false);
}

const INPUT_DESCRIPTION = 'metadata JSON file (/metadata/app.json or /types/metadata) or http(s) base URL';

function pageOptions(y: Argv) {
  return y
    .positional('input', { type: 'string', describe: INPUT_DESCRIPTION, demandOption: true })
    .option('op', { type: 'string', describe: 'the operation', demandOption: true })
    .option('lang', { alias: 'l', type: 'string', choices: TARGETS.map((t) => t.id), describe: "show the operation's DTOs in this language (default: the parameter tables)" })
    .option('format', { type: 'string', choices: ['text', 'html'], default: 'text', describe: 'text for terminals and diffs, or a self-contained HTML page' })
    .option('samples', { type: 'string', choices: ['jsv', 'json'], default: 'jsv', describe: 'format of the sample HTTP requests and responses' })
    .option('out', { alias: 'o', type: 'string', describe: 'output file (default: standard output)' })
    .option('timeout', { type: 'number', describe: 'URL inputs: seconds to wait for the server', default: 30 });
}

function docsOptions(y: Argv) {
  return y
    .positional('input', { type: 'string', describe: INPUT_DESCRIPTION, demandOption: true })
    .option('out', { alias: 'o', type: 'string', describe: 'output folder', demandOption: true })
    .option('samples', { type: 'string', choices: ['jsv', 'json'], default: 'jsv', describe: 'format of the sample HTTP requests and responses' })
    .option('timeout', { type: 'number', describe: 'URL inputs: seconds to wait for the server', default: 30 });
}

function updateOptions(y: Argv) {
  return y
    .positional('files', { type: 'string', array: true, describe: 'generated files (default: every generated file under the current folder)' })
    .option('date', { type: 'string', describe: 'Date for the Options header (ISO 8601; default SOURCE_DATE_EPOCH or now)' })
    .option('timeout', { type: 'number', describe: 'seconds to wait for each server', default: 30 });
}

function diffOptions(y: Argv) {
  return y
    .positional('old', { type: 'string', describe: 'the earlier metadata: JSON file or http(s) base URL', demandOption: true })
    .positional('new', { type: 'string', describe: 'the later metadata: JSON file or http(s) base URL', demandOption: true })
    .option('format', { type: 'string', choices: ['md', 'json'], default: 'md', describe: 'Markdown (for a pull-request comment) or JSON' })
    .option('fail-on-breaking', { type: 'boolean', describe: 'exit 1 when any change breaks existing clients' })
    .option('timeout', { type: 'number', describe: 'URL inputs: seconds to wait for the server', default: 30 });
}

function generateOptions(y: Argv) {
  let out = y
    .positional('input', { type: 'string', describe: INPUT_DESCRIPTION })
    .option('lang', { alias: 'l', type: 'string', choices: TARGETS.map((t) => t.id), describe: 'target language (required with an input)' })
    .option('out', { alias: 'o', type: 'string', describe: 'output file (default: standard output)' })
    .option('op', { type: 'string', describe: "operation mode: only this operation's types, as its metadata page shows them" })
    .option('date', { type: 'string', describe: 'Date for the Options header (ISO 8601; default SOURCE_DATE_EPOCH or now)' })
    .option('prettier', { type: 'boolean', describe: "format the output with prettier, configured as prettier's CLI would be for the output file" })
    .option('timeout', { type: 'number', describe: 'URL inputs: seconds to wait for the server', default: 30 })
    .option('config', { alias: 'c', type: 'string', describe: 'config file to run (default: dtogen.config.json in the current folder, when no input is given)' })
    .option('watch', { alias: 'w', type: 'boolean', describe: 'regenerate whenever an input, the config or a template changes' })
    .option('check', { type: 'boolean', describe: 'write nothing; exit 1 and print a diff when an output is missing, stale or orphaned' })
    .option('verbose', { type: 'boolean', describe: 'with --watch: print every file event' });
  for (const option of optionFlags()) {
    const where = option.languages.length === TARGETS.length ? '' : `; ${option.languages.join(', ')}`;
    out = out.option(option.flag, { type: option.type, describe: `${option.description} (${option.key}${where})` });
  }
  return out.group(optionFlags().map((o) => o.flag), 'Generator options (as in the file header):');
}
