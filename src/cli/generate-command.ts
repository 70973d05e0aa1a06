// `dtogen generate`: options from the command line → generate() → stdout or a file. Without an
// input (the config file), with --watch or with --check, the workflow runner takes over.

import { generate } from '../generate.js';
import { recordedInput } from '../workflow/jobs.js';
import { EXIT_INPUT, EXIT_USAGE, flagLocations, optionProblem, optionsFromFlags, type CliIO } from './flags.js';
import { chooseLanguage } from './languages.js';
import { reportDiagnostics, writeOutput } from './output.js';

export interface GenerateArgs {
  input?: string;
  lang?: string;
  out?: string;
  op?: string;
  date?: string;
  timeout?: number;
  prettier?: boolean;
  config?: string;
  watch?: boolean;
  check?: boolean;
  [flag: string]: unknown;
}

export async function runGenerate(given: GenerateArgs, io: CliIO): Promise<number> {
  // With an input, the language is --lang (or an alias) or the -o file's; a config names its own.
  const choice = given.input === undefined ? { lang: given.lang } : chooseLanguage(given, true);
  if (choice.problem !== undefined) {
    io.stderr(`dtogen: ${choice.problem}\nRun 'dtogen generate --help' for usage.\n`);
    return EXIT_USAGE;
  }
  const args: GenerateArgs = choice.lang === undefined ? given : { ...given, lang: choice.lang };
  const date = args.date === undefined ? undefined : new Date(args.date);
  if (date && Number.isNaN(date.getTime())) {
    io.stderr(`dtogen: --date: not a date: '${args.date}'\n`);
    return EXIT_USAGE;
  }
  if (args.input === undefined || args.watch || args.check) {
    const { runWorkflow } = await import('./workflow-command.js');
    return runWorkflow(args, io, { ...(date ? { date } : {}), timeoutMs: (args.timeout ?? 30) * 1000 });
  }
  const lang = args.lang as string;
  const options = optionsFromFlags(args);
  const problem = optionProblem(lang, options);
  if (problem) {
    io.stderr(`dtogen: ${problem}\nRun 'dtogen --help' for usage.\n`);
    return EXIT_USAGE;
  }
  // A file records its local input in its header, for `dtogen update`.
  const record = args.out === undefined ? undefined : recordedInput({ input: args.input, out: args.out });
  const result = await generate({
    input: args.input,
    lang,
    ...(args.op !== undefined ? { op: args.op } : {}),
    ...(date ? { date } : {}),
    options,
    optionLocations: flagLocations(args),
    load: { timeoutMs: (args.timeout ?? 30) * 1000 },
    ...(args.prettier === true ? { format: 'prettier' as const } : {}),
    ...(args.out !== undefined ? { outputPath: args.out } : {}),
    ...(record !== undefined ? { recordedInput: record } : {}),
  });
  if (reportDiagnostics(result.diagnostics, io)) return EXIT_INPUT;
  return writeOutput(args.out, result.files.map((f) => f.content).join(''), io);
}
