// `dtogen generate` when it runs the config file (no input given), watches (--watch) or checks
// (--check). A single input with --out is a one-job plan, so watch and check work without a
// config file too.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, configPath } from '../config/load-config.js';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkOutputs, checkSummary } from '../workflow/check.js';
import { planFromConfig, type Plan } from '../workflow/jobs.js';
import { removeOrphans } from '../workflow/orphans.js';
import { runJobs, type RunSettings } from '../workflow/run-jobs.js';
import { runLine } from '../workflow/run-line.js';
import { writeResults } from '../workflow/write-outputs.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, optionFlags, optionsProblem, optionsFromFlags, type CliIO } from './flags.js';
import { singleInputJobs, type GenerateArgs, type LanguageOutput } from './generate-command.js';

export interface WorkflowArgs extends GenerateArgs {
  config?: string;
  watch?: boolean;
  check?: boolean;
  verbose?: boolean;
  /** With an input: its languages and their files. */
  outputs?: LanguageOutput[];
}

export async function runWorkflow(args: WorkflowArgs, io: CliIO, settings: RunSettings, cwd = process.cwd()): Promise<number> {
  const usage = usageProblem(args, cwd);
  if (usage) {
    io.stderr(`dtogen: ${usage}\nRun 'dtogen --help' for usage.\n`);
    return EXIT_USAGE;
  }
  const configFile = args.input === undefined ? path.resolve(cwd, configPath(args.config, cwd)) : undefined;
  const plan = configFile ? () => planConfig(configFile, cwd) : async (): Promise<Plan> => ({ jobs: singleInputJobs(args.input as string, args.outputs ?? [], args, cwd), diagnostics: [], globs: [] });
  const print = (diagnostics: readonly Diagnostic[]) => {
    for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  };

  if (args.watch) {
    const { watchAndGenerate } = await import('../workflow/watch.js');
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    io.stderr('dtogen: watching for changes (Ctrl-C to stop)\n');
    try {
      await watchAndGenerate({ plan, ...(configFile ? { configFile } : {}), settings, io, verbose: args.verbose === true, signal: controller.signal, cwd });
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
    return EXIT_OK;
  }

  const began = performance.now();
  const planned = await plan();
  print(planned.diagnostics);
  // A bad config writes nothing, not even the outputs it gets right.
  if (hasErrors(planned.diagnostics)) {
    io.stderr(`${runLine({ written: [], unchanged: 0, failed: 0, planFailed: true }, performance.now() - began)}\n`);
    return EXIT_INPUT;
  }
  const run = await runJobs(planned.jobs, settings);
  print(run.diagnostics);
  for (const r of run.results) print(r.diagnostics);
  const failed = run.results.some((r) => r.content === undefined);

  if (args.check) {
    const checked = await checkOutputs(run, { orphans: configFile !== undefined, cwd });
    const different = checked.filter((c) => c.state !== 'up-to-date');
    for (const c of different) {
      io.stdout(c.diff);
      io.stderr(`${c.state}: ${c.path}\n`);
    }
    io.stderr(`${checkSummary(checked, failed)}\n`);
    return different.length > 0 || failed ? EXIT_INPUT : EXIT_OK;
  }

  const counts = await writeResults(run.results, cwd, io);
  // Only a config says which files of an output folder are its own.
  const orphans = configFile ? await removeOrphans(run, cwd, io.stderr) : { removed: [], failed: 0 };
  io.stderr(`${runLine({ ...counts, removed: orphans.removed, planFailed: false }, performance.now() - began)}\n`);
  return failed || counts.failed > 0 || orphans.failed > 0 ? EXIT_INPUT : EXIT_OK;
}

async function planConfig(file: string, cwd: string): Promise<Plan> {
  const loaded = await loadConfig(file, cwd);
  if (!loaded.config) return { jobs: [], diagnostics: loaded.diagnostics, globs: [] };
  return planFromConfig(loaded.config);
}

/** Flags that make no sense together, as one message; undefined when the command line is fine. */
function usageProblem(args: WorkflowArgs, cwd: string): string | undefined {
  if (args.watch && args.check) return '--watch and --check do not go together';
  if (args.input !== undefined) {
    if (args.config !== undefined) return 'give an input or --config, not both';
    const outputs = args.outputs ?? [];
    if (outputs.length === 0) return 'Missing required argument: lang';
    if (outputs.some((o) => o.out === undefined)) return `--${args.watch ? 'watch' : 'check'} needs --out: the file to ${args.watch ? 'keep up to date' : 'compare with'}`;
    return optionsProblem(outputs.map((o) => o.lang), optionsFromFlags(args));
  }
  const single = ['lang', 'out', 'op', 'prettier', ...optionFlags().map((o) => o.flag)].filter((flag) => args[flag] !== undefined);
  if (single.length > 0) return `--${single[0]} applies to a single input; with a config file, set it on the output in the config`;
  if (args.config === undefined && !existsSync(configPath(undefined, cwd))) {
    return `no input given, and no dtogen.config.json (or .jsonc) in ${cwd} or above it`;
  }
  return undefined;
}
