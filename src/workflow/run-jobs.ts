// Generates every job in memory. Each distinct input is loaded once per run, however many
// languages it is generated in, and jobs that would generate the same file (the same input,
// language and options) are generated once; nothing is written here.

import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { defaultDate, generate, type GenerateOptions, type GenerateResult } from '../generate.js';
import path from 'node:path';
import { isUrl, loadInput, type LoadResult } from '../loaders/index.js';
import { recordedInput, type Job } from './jobs.js';
import type { LoadCache } from './load-cache.js';

export interface JobResult {
  job: Job;
  /** The whole generated file; undefined when the job failed. */
  content?: string;
  /** Problems of this job (its input's problems are reported once, in `RunResult.diagnostics`). */
  diagnostics: Diagnostic[];
}

export interface RunResult {
  results: JobResult[];
  /** Problems loading the inputs, once per input. */
  diagnostics: Diagnostic[];
  /** Every local file the loaders read (absolute): what watch mode follows. */
  inputs: string[];
}

export interface RunSettings {
  /** The header Date of every file of the run; default SOURCE_DATE_EPOCH, else now. */
  date?: Date;
  timeoutMs?: number;
  /** Watch mode: loads of the earlier runs, reused for inputs whose files have not changed. */
  loads?: LoadCache;
}

export async function runJobs(jobs: readonly Job[], settings: RunSettings = {}): Promise<RunResult> {
  const loads = new Map<string, Promise<LoadResult>>();
  // Messages name a file as relative to the current folder, as the user would.
  const shown = (input: string) => (isUrl(input) ? input : path.relative(process.cwd(), input) || input);
  for (const job of jobs) {
    if (loads.has(job.input)) continue;
    const options = settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {};
    loads.set(job.input, settings.loads ? settings.loads.load(job.input, shown(job.input), options) : loadInput(shown(job.input), options));
  }
  settings.loads?.keepOnly(loads.keys());
  const diagnostics: Diagnostic[] = [];
  const loaded = new Map<string, LoadResult>();
  for (const [input, promise] of loads) {
    const result = await promise;
    loaded.set(input, result);
    diagnostics.push(...result.diagnostics);
  }

  // One date for the whole run, so that files generated together say so.
  const date = settings.date ?? defaultDate();
  // Outputs that differ only in where they go (and not in what their header records) are generated once.
  const generatedAlike = new Map<string, Promise<GenerateResult>>();
  const results: JobResult[] = [];
  for (const job of jobs) {
    const model = loaded.get(job.input)?.model;
    if (!model) {
      results.push({ job, diagnostics: [] });
      continue;
    }
    const record = recordedInput(job);
    const request: GenerateOptions = {
      model,
      lang: job.lang,
      options: job.options,
      ...(job.optionLocations ? { optionLocations: job.optionLocations } : {}),
      ...(job.op !== undefined ? { op: job.op } : {}),
      date,
      ...(record !== undefined ? { recordedInput: record } : {}),
      ...(job.prettier ? { format: 'prettier' as const, outputPath: job.out } : {}),
    };
    const key = JSON.stringify([job.input, request.lang, sortedEntries(job.options), sortedEntries(job.optionLocations ?? {}), request.op, request.recordedInput, request.outputPath]);
    let pending = generatedAlike.get(key);
    if (!pending) generatedAlike.set(key, (pending = generate(request)));
    const generated = await pending;
    const ok = !hasErrors(generated.diagnostics);
    // The config entry names the operation: point there (else at the input).
    const where = job.source ? { ...job.source, pointer: `${job.source.pointer}/op` } : { file: shown(job.input) };
    const located = generated.diagnostics.map((d) => (d.code === 'unknown-operation' ? { ...d, location: where } : d));
    results.push({ job, diagnostics: located, ...(ok ? { content: generated.files.map((f) => f.content).join('') } : {}) });
  }
  const inputs = [...new Set([...loaded.values()].flatMap((l) => l.inputs.map((f) => path.resolve(f))))];
  return { results, diagnostics, inputs };
}

function sortedEntries<T>(record: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
