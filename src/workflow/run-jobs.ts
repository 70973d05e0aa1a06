// Generates every job in memory. Each distinct input is loaded once per run, however many
// languages it is generated in, and jobs that would generate the same file (the same input,
// language and options) are generated once (see Generations); nothing is written here.

import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { defaultDate, generate, type GenerateOptions, type GenerateResult } from '../generate.js';
import type { MetadataModel } from '../model/types.js';
import path from 'node:path';
import { isUrl, loadInput, recordedUrl, type LoadResult } from '../loaders/index.js';
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
  /** Headers for every URL input (`--header`); an output's own (its config entry's) add to them. */
  headers?: Readonly<Record<string, string>>;
  /** Watch mode: loads of the earlier runs, reused for inputs whose files have not changed. */
  loads?: LoadCache;
  /** Watch mode: files of the earlier runs, reused for the jobs whose input and entry have not changed. */
  generations?: Generations;
}

/**
 * Generated files by model and job: jobs alike (the same input, language, options and recorded
 * input) are generated once. Kept across watch runs, a file keeps the Date of the run that made it;
 * a Date alone is no change, so it is written only if missing.
 */
export class Generations {
  private readonly byModel = new WeakMap<MetadataModel, Map<string, Promise<GenerateResult>>>();

  get(request: GenerateOptions & { model: MetadataModel }, key: string): Promise<GenerateResult> {
    let made = this.byModel.get(request.model);
    if (!made) this.byModel.set(request.model, (made = new Map()));
    let pending = made.get(key);
    if (!pending) made.set(key, (pending = generate(request)));
    return pending;
  }
}

export async function runJobs(jobs: readonly Job[], settings: RunSettings = {}): Promise<RunResult> {
  const loads = new Map<string, Promise<LoadResult>>();
  // Messages name a file as relative to the current folder, as the user would.
  const shown = (input: string) => (isUrl(input) ? input : path.relative(process.cwd(), input) || input);
  // An input is loaded once per set of headers: two entries may ask one server as two users.
  const loadKey = (job: Job) => (job.headers ? JSON.stringify([job.input, sortedEntries(job.headers)]) : job.input);
  for (const job of jobs) {
    const key = loadKey(job);
    if (loads.has(key)) continue;
    const headers = { ...settings.headers, ...job.headers };
    const options = { ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}), ...(Object.keys(headers).length > 0 ? { headers } : {}) };
    loads.set(key, settings.loads ? settings.loads.load(job.input, shown(job.input), options) : loadInput(shown(job.input), options));
  }
  settings.loads?.keepOnly(jobs.map((j) => j.input));
  const diagnostics: Diagnostic[] = [];
  const loaded = new Map<string, LoadResult>();
  for (const [key, promise] of loads) {
    const result = await promise;
    loaded.set(key, result);
    diagnostics.push(...result.diagnostics);
  }

  // One date for the whole run, so that files generated together say so.
  const date = settings.date ?? defaultDate();
  const thisRun = new Generations();
  const results: JobResult[] = [];
  for (const job of jobs) {
    const model = loaded.get(loadKey(job))?.model;
    if (!model) {
      results.push({ job, diagnostics: [] });
      continue;
    }
    const record = recordedInput(job);
    const request = {
      model,
      lang: job.lang,
      options: job.options,
      ...(job.optionLocations ? { optionLocations: job.optionLocations } : {}),
      ...(job.op !== undefined ? { op: job.op } : {}),
      date,
      ...(record !== undefined ? { recordedInput: record } : {}),
      ...(isUrl(job.input) ? { fetchedFrom: recordedUrl(job.input) } : {}),
      ...(job.prettier ? { format: 'prettier' as const, outputPath: job.out } : {}),
    } satisfies GenerateOptions;
    const key = JSON.stringify([job.lang, sortedEntries(job.options), sortedEntries(job.optionLocations ?? {}), job.op, record, settings.date?.getTime(), job.prettier ? job.out : undefined]);
    // prettier reads its configuration from the disk, where no watch follows it: formatted files are made afresh.
    const generated = await (job.prettier ? thisRun : (settings.generations ?? thisRun)).get(request, key);
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
