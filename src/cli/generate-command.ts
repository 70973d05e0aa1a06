// `dtogen generate`: options from the command line → generate() → stdout or a file; several
// languages (`-l python,swift`) → one load of the input, a file per language. Without an input
// (the config file), with --watch or with --check, the workflow runner takes over.

import path from 'node:path';
import { formatDiagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { generate } from '../generate.js';
import { isUrl } from '../loaders/index.js';
import { findTarget } from '../targets/index.js';
import { recordedInput, type Job } from '../workflow/jobs.js';
import { filePerLanguage } from '../workflow/output-names.js';
import { runJobs, type RunSettings } from '../workflow/run-jobs.js';
import { DEFAULT_TIMEOUT_SECONDS } from './generate-options.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, flagLocations, optionsFor, optionsProblem, optionsFromFlags, type CliIO } from './flags.js';
import { headersFromFlags } from './header-flags.js';
import { chooseLanguages } from './languages.js';
import { reportDiagnostics, withoutStandardOutputDash, writeOutput } from './output.js';

export interface GenerateArgs {
  input?: string;
  /** One or more languages: `-l python,swift`, or `-l` given again. */
  lang?: string | string[];
  out?: string;
  op?: string;
  date?: string;
  timeout?: number;
  prettier?: boolean;
  config?: string;
  watch?: boolean;
  check?: boolean;
  /** `-H 'Name: value'`, once or more. */
  header?: string | string[];
  [flag: string]: unknown;
}

/** One language of a single input, and the file it goes to (none: standard output). */
export interface LanguageOutput {
  lang: string;
  out?: string;
}

export async function runGenerate(argv: GenerateArgs, io: CliIO): Promise<number> {
  const given = withoutStandardOutputDash(argv);
  const usage = (problem: string) => {
    io.stderr(`dtogen: ${problem}\nRun 'dtogen generate --help' for usage.\n`);
    return EXIT_USAGE;
  };
  // With an input, the languages are --lang's (ids or aliases) or the -o file's; a config names its own.
  const choice = given.input === undefined ? { langs: [] } : chooseLanguages(given, true);
  if (choice.problem !== undefined) return usage(choice.problem);
  const outputs = languageOutputs(choice.langs, given.out);
  if (typeof outputs === 'string') return usage(outputs);
  const args: GenerateArgs = given.input === undefined ? given : { ...given, lang: choice.langs.length === 1 ? choice.langs[0] : choice.langs };
  const date = args.date === undefined ? undefined : new Date(args.date);
  if (date && Number.isNaN(date.getTime())) {
    io.stderr(`dtogen: --date: not a date: '${args.date}'\n`);
    return EXIT_USAGE;
  }
  const headers = headersFromFlags(args.header);
  if (typeof headers === 'string') return usage(headers);
  const settings: RunSettings = { ...(date ? { date } : {}), timeoutMs: (args.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000, headers };
  if (args.input === undefined || args.watch || args.check) {
    const { runWorkflow } = await import('./workflow-command.js');
    return runWorkflow({ ...args, outputs }, io, settings);
  }
  const { lang, out } = outputs[0] as LanguageOutput;
  const options = optionsFromFlags(args);
  const problem = optionsProblem(outputs.map((o) => o.lang), options);
  if (problem) {
    io.stderr(`dtogen: ${problem}\nRun 'dtogen --help' for usage.\n`);
    return EXIT_USAGE;
  }
  if (outputs.length > 1) return generateLanguages(args.input, outputs, args, settings, io);
  // A file records its local input in its header, for `dtogen update`: one written with -o, or
  // standard output redirected to a file.
  const file = out ?? io.stdoutFile?.();
  const record = file === undefined ? undefined : recordedInput({ input: args.input, out: file });
  const result = await generate({
    input: args.input,
    lang,
    ...(args.op !== undefined ? { op: args.op } : {}),
    ...(date ? { date } : {}),
    options,
    optionLocations: flagLocations(args),
    load: { timeoutMs: settings.timeoutMs as number, headers },
    ...(args.prettier === true ? { format: 'prettier' as const } : {}),
    ...(out !== undefined ? { outputPath: out } : {}),
    ...(record !== undefined ? { recordedInput: record } : {}),
  });
  if (reportDiagnostics(result.diagnostics, io)) return EXIT_INPUT;
  return writeOutput(out, result.files.map((f) => f.content).join(''), io);
}

/**
 * Each language's file for `-o`: a single language writes `-o` (or standard output); several need
 * a folder or a pattern (see output-names.ts). A string is the usage problem.
 */
function languageOutputs(langs: readonly string[], out: string | undefined): LanguageOutput[] | string {
  const targets = langs.flatMap((lang) => findTarget(lang) ?? []);
  const fileOf = out === undefined ? undefined : filePerLanguage(out);
  if (fileOf) return targets.map((t) => ({ lang: t.id, out: fileOf(t) }));
  if (targets.length > 1) {
    const expected = "a folder (-o out/) or a file name with {lang} or {ext} (-o 'out/dtos.{ext}')";
    return out === undefined
      ? `several languages (${langs.join(', ')}) need -o: ${expected}`
      : `-o: several languages (${langs.join(', ')}) write a file each: expected ${expected}, found '${out}'`;
  }
  return langs.map((lang) => ({ lang, ...(out !== undefined ? { out } : {}) }));
}

/**
 * Several languages of one input: the input is loaded once for all of them, and the files are
 * written only when every language generated (a problem in one writes none).
 */
async function generateLanguages(input: string, outputs: readonly LanguageOutput[], args: GenerateArgs, settings: RunSettings, io: CliIO): Promise<number> {
  const jobs = singleInputJobs(input, outputs, args, process.cwd());
  const run = await runJobs(jobs, settings);
  // The same problem (an unknown --op) is said once, not once per language.
  const lines = new Set([...run.diagnostics, ...run.results.flatMap((r) => r.diagnostics)].map(formatDiagnostic));
  for (const line of lines) io.stderr(`${line}\n`);
  if (hasErrors(run.diagnostics) || run.results.some((r) => r.content === undefined)) return EXIT_INPUT;
  for (const result of run.results) {
    const code = await writeOutput(path.relative(process.cwd(), result.job.out) || result.job.out, result.content as string, io);
    if (code !== EXIT_OK) return code;
  }
  return EXIT_OK;
}

/** The jobs of one input on the command line: a language each, with the flags it takes. */
export function singleInputJobs(input: string, outputs: readonly LanguageOutput[], args: GenerateArgs, cwd: string): Job[] {
  const options = optionsFromFlags(args);
  const locations = flagLocations(args);
  return outputs.map(({ lang, out }) => ({
    input: isUrl(input) ? input : path.resolve(cwd, input),
    lang,
    out: path.resolve(cwd, out as string),
    options: outputs.length > 1 ? optionsFor(lang, options) : options,
    optionLocations: locations,
    ...(args.op !== undefined ? { op: args.op } : {}),
    ...(args.prettier === true ? { prettier: true } : {}),
  }));
}
