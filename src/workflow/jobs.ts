// A job is one file to generate: an input, a language, an output path, options. The config gives
// jobs (a glob gives one per matching file); so does a single `generate <input> -o <file>`.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DtogenConfig, OutputSettings } from '../config/config.js';
import { expandGlob, globBase, globMatcher, isGlob, type GlobBase } from '../config/glob.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isUrl } from '../loaders/index.js';
import type { SourceLocation } from '../model/types.js';

export interface Job extends OutputSettings {
  /** An absolute file path or an http(s) URL. */
  input: string;
  /** Absolute output path. */
  out: string;
  /** The config entry it comes from, for messages. */
  source?: SourceLocation;
}

export interface WatchedGlob extends GlobBase {
  /** Whether an event on this file (absolute) may change the glob's matches. */
  matches: (file: string) => boolean;
}

export interface Plan {
  jobs: Job[];
  diagnostics: Diagnostic[];
  /** The globs of the config: a new or removed matching file changes the jobs. */
  globs: WatchedGlob[];
}

const NAME = '{name}';

export async function planFromConfig(config: DtogenConfig): Promise<Plan> {
  const jobs: Job[] = [];
  const diagnostics: Diagnostic[] = [];
  const globs: WatchedGlob[] = [];
  for (const [index, output] of config.outputs.entries()) {
    const at = (field: string): SourceLocation => ({ file: config.file, pointer: `/outputs/${index}/${field}` });
    const globbed = isPattern(output.input, config.dir);
    const inputs = globbed ? await expandGlob(output.input, config.dir) : [plainInput(output.input, config.dir)];
    if (globbed) {
      globs.push({ ...globBase(output.input, config.dir), matches: globMatcher(output.input, config.dir, inputs) });
    }
    if (inputs.length === 0) {
      diagnostics.push(diagnostic('no-match', { pattern: output.input }, at('input')));
      continue;
    }
    if (inputs.length > 1 && !output.out.includes(NAME)) {
      diagnostics.push(diagnostic('output-needs-name', { count: inputs.length }, at('out')));
      continue;
    }
    for (const input of inputs) {
      const out = path.resolve(config.dir, output.out.split(NAME).join(inputName(input)));
      jobs.push({
        input,
        lang: output.lang,
        out,
        options: output.options,
        ...(output.optionLocations ? { optionLocations: output.optionLocations } : {}),
        ...(output.op !== undefined ? { op: output.op } : {}),
        ...(output.prettier ? { prettier: true } : {}),
        ...(output.headers ? { headers: output.headers } : {}),
        source: output.source,
      });
    }
  }
  diagnostics.push(...duplicateOutputs(jobs), ...misplacedOutputs(config, jobs));
  return { jobs, diagnostics, globs };
}

/** A glob to expand: not a URL, and not a file whose name only looks like a pattern (`app (1).json`). */
function isPattern(input: string, dir: string): boolean {
  return !isUrl(input) && isGlob(input) && !existsSync(path.resolve(dir, input));
}

/** A URL, or a path: a job even when the file is missing (loading it reports that, located). */
function plainInput(input: string, dir: string): string {
  return isUrl(input) ? input : path.resolve(dir, input);
}

/** `metadata/test.json` → `test`; a URL → its host's first label (`test.servicestack.net` → `test`). */
function inputName(input: string): string {
  if (isUrl(input)) return new URL(input).hostname.split('.')[0] ?? 'dtos';
  return path.basename(input).replace(/\.[^.]*$/, '');
}

function duplicateOutputs(jobs: Job[]): Diagnostic[] {
  const seen = new Map<string, Job>();
  const diagnostics: Diagnostic[] = [];
  for (const job of jobs) {
    const other = seen.get(job.out);
    if (other) {
      const sameEntry = other.source !== undefined && other.source.pointer === job.source?.pointer;
      const where = sameEntry ? 'another input of the same entry' : other.source ? `${other.source.file} ${other.source.pointer}` : 'another output';
      diagnostics.push(diagnostic('duplicate-output', { path: path.relative(process.cwd(), job.out) || job.out, other: where }, job.source ? { ...job.source, pointer: `${job.source.pointer}/out` } : undefined));
    } else seen.set(job.out, job);
  }
  return diagnostics;
}

/**
 * Outputs that would overwrite what the run reads (an input, the config itself), or that lie
 * outside its repository (or folder) without `allowOutputsOutside`: a config from someone else's
 * repository must not write anywhere on the disk.
 */
function misplacedOutputs(config: DtogenConfig, jobs: readonly Job[]): Diagnostic[] {
  const inputs = new Set(jobs.filter((j) => !isUrl(j.input)).map((j) => j.input));
  const diagnostics: Diagnostic[] = [];
  for (const job of jobs) {
    const at = job.source ? { ...job.source, pointer: `${job.source.pointer}/out` } : undefined;
    const shown = path.relative(process.cwd(), job.out) || job.out;
    if (job.out === config.path) diagnostics.push(diagnostic('output-overwrites', { path: shown, what: 'the config file' }, at));
    else if (inputs.has(job.out)) diagnostics.push(diagnostic('output-overwrites', { path: shown, what: 'an input' }, at));
    const relative = path.relative(config.root, job.out);
    if (!config.allowOutputsOutside && (relative.startsWith('..') || path.isAbsolute(relative))) {
      diagnostics.push(diagnostic('output-outside', { path: shown }, at));
    }
  }
  return diagnostics;
}

/** What the header records for a local input: its path from the output's folder, with `/`. */
export function recordedInput(job: Pick<Job, 'input' | 'out'>): string | undefined {
  if (isUrl(job.input)) return undefined;
  return path.relative(path.dirname(path.resolve(job.out)), path.resolve(job.input)).split(path.sep).join('/');
}
