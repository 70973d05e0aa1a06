// The command line: argument parsing and printing only; the work is the library's. Heavy modules
// (the loader, Handlebars, the targets) are imported when a command runs, so `--version` and
// `--help` start fast; a plain `generate` line does not load yargs at all (fast-args.ts).

import { colourWanted } from '../diagnostics/terminal.js';
import { colourStderr } from './colour.js';
import { COMMANDS, internalError, LANGUAGES } from './commands.js';
import { fastGenerateArgs } from './fast-args.js';
import { EXIT_INPUT, EXIT_USAGE, type CliIO } from './flags.js';
import { stdoutFile } from './stdout-file.js';
import { didYouMean } from './suggest.js';

const stderrColour = colourWanted(process.env, process.stderr.isTTY === true);

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(stderrColour ? colourStderr(text) : text),
  interactive: process.stderr.isTTY === true,
  stdoutFile,
};

/** What a bare `dtogen` prints: the commands and a few examples, not the whole reference. */
const SHORT_USAGE = `Usage: dtogen <command> [options]

  dtogen generate <input> -l <language> [-o <file>]  DTOs from a metadata file or a server's base URL
  dtogen generate                                   every output of dtogen.config.json
  dtogen page <input> --op <Operation>              one operation's documentation page
  dtogen docs <input> -o <folder>                   a static API reference
  dtogen update [files...]                          regenerate files from their Options header
  dtogen diff <old> <new>                           the API changes between two versions

Examples:
  dtogen generate https://test.servicestack.net -l python -o dtos.py
  dtogen generate metadata.json -o src/dtos.ts      (the language from the extension)
  dtogen generate metadata.json -l py,swift,ts -o client/   (one file per language)
  dtogen diff old.json new.json --fail-on-breaking

Languages: ${LANGUAGES}
Run 'dtogen --help' or 'dtogen <command> --help' for every option.
`;

export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  if (argv.length === 0) {
    io.stderr(SHORT_USAGE);
    return EXIT_USAGE;
  }
  const first = argv[0] as string;
  if (!first.startsWith('-') && !COMMANDS.includes(first)) {
    io.stderr(`dtogen: unknown command '${first}': expected ${COMMANDS.join(', ')}${didYouMean(first, COMMANDS)}\nRun 'dtogen' for usage.\n`);
    return EXIT_USAGE;
  }
  const fast = first === 'generate' ? fastGenerateArgs(argv.slice(1)) : undefined;
  if (fast) {
    try {
      return await (await import('./generate-command.js')).runGenerate(fast, io);
    } catch (error) {
      io.stderr(internalError(error));
      return EXIT_INPUT;
    }
  }
  return (await import('./yargs-cli.js')).runYargs(argv, io);
}
