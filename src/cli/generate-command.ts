// `dtogen generate`: options from the command line → generate() → stdout or a file.

import { generate } from '../generate.js';
import type { OptionValue } from '../targets/target.js';
import { EXIT_INPUT, EXIT_USAGE, optionFlags, type CliIO } from './flags.js';
import { reportDiagnostics, writeOutput } from './output.js';

export interface GenerateArgs {
  input?: string;
  lang?: string;
  out?: string;
  op?: string;
  date?: string;
  timeout?: number;
  prettier?: boolean;
  [flag: string]: unknown;
}

export async function runGenerate(args: GenerateArgs, io: CliIO): Promise<number> {
  const date = args.date === undefined ? undefined : new Date(args.date);
  if (date && Number.isNaN(date.getTime())) {
    io.stderr(`dtogen: --date: not a date: '${args.date}'\n`);
    return EXIT_USAGE;
  }
  const options: Record<string, OptionValue> = {};
  for (const o of optionFlags()) {
    const value = args[o.flag];
    if (typeof value === 'boolean' || typeof value === 'string') options[o.key] = value;
  }
  const result = await generate({
    input: args.input as string,
    lang: args.lang as string,
    ...(args.op !== undefined ? { op: args.op } : {}),
    ...(date ? { date } : {}),
    options,
    load: { timeoutMs: (args.timeout ?? 30) * 1000 },
    ...(args.prettier === true ? { format: 'prettier' as const } : {}),
    ...(args.out !== undefined ? { outputPath: args.out } : {}),
  });
  if (reportDiagnostics(result.diagnostics, io)) return EXIT_INPUT;
  return writeOutput(args.out, result.files.map((f) => f.content).join(''), io);
}
