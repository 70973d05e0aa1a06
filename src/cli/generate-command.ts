// `dtogen generate`: options from the command line → generate() → stdout or a file. Without an
// input (the config file), with --watch or with --check, the workflow runner takes over.

import { formatDiagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../emit/files.js';
import { generate } from '../generate.js';
import { recordedInput } from '../workflow/jobs.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, optionsFromFlags, type CliIO } from './flags.js';

export interface GenerateArgs {
  input?: string;
  lang?: string;
  out?: string;
  op?: string;
  date?: string;
  timeout?: number;
  config?: string;
  watch?: boolean;
  check?: boolean;
  [flag: string]: unknown;
}

export async function runGenerate(args: GenerateArgs, io: CliIO): Promise<number> {
  const date = args.date === undefined ? undefined : new Date(args.date);
  if (date && Number.isNaN(date.getTime())) {
    io.stderr(`dtogen: --date: not a date: '${args.date}'\n`);
    return EXIT_USAGE;
  }
  if (args.input === undefined || args.watch || args.check) {
    const { runWorkflow } = await import('./workflow-command.js');
    return runWorkflow(args, io, { ...(date ? { date } : {}), timeoutMs: (args.timeout ?? 30) * 1000 });
  }
  if (args.lang === undefined) {
    io.stderr(`dtogen: Missing required argument: lang\nRun 'dtogen --help' for usage.\n`);
    return EXIT_USAGE;
  }
  const options = optionsFromFlags(args);
  // A file records its local input in its header, for `dtogen update`.
  const record = args.out === undefined ? undefined : recordedInput({ input: args.input, out: args.out });
  const result = await generate({
    input: args.input,
    lang: args.lang,
    ...(args.op !== undefined ? { op: args.op } : {}),
    ...(date ? { date } : {}),
    options,
    load: { timeoutMs: (args.timeout ?? 30) * 1000 },
    ...(record !== undefined ? { recordedInput: record } : {}),
  });
  for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  if (hasErrors(result.diagnostics)) return EXIT_INPUT;

  const content = result.files.map((f) => f.content).join('');
  if (args.out === undefined) {
    io.stdout(content);
    return EXIT_OK;
  }
  try {
    await writeFileAtomic(args.out, content);
  } catch (error) {
    io.stderr(`${args.out}: cannot write: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INPUT;
  }
  return EXIT_OK;
}
