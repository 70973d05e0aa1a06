// `dtogen generate --check`: compares what would be generated with what is on disk, writing
// nothing. Each difference prints as a unified diff from the file on disk to the file dtogen
// would write, so the whole output is a patch (`git apply` brings the files up to date).
//
// Orphaned: a file in an output's folder that starts with a generated-file header (of a language
// dtogen knows) but that no configured output produces, typically left behind when an output was
// renamed or removed from the config. Only config runs look for them.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findGeneratedFiles } from './find-generated.js';
import { keepDate } from './generated-header.js';
import type { JobResult } from './run-jobs.js';
import { unifiedDiff } from './unified-diff.js';
import { readIfExists } from './write-outputs.js';

export type CheckState = 'up-to-date' | 'stale' | 'missing' | 'orphaned';

export interface CheckedFile {
  /** Relative to the current folder, with `/`. */
  path: string;
  state: CheckState;
  /** The unified diff; '' when up to date. */
  diff: string;
}

export async function checkOutputs(results: readonly JobResult[], options: { orphans: boolean; cwd: string }): Promise<CheckedFile[]> {
  const shown = (file: string) => path.relative(options.cwd, file).split(path.sep).join('/') || file;
  const checked: CheckedFile[] = [];
  for (const { job, content } of results) {
    if (content === undefined) continue;
    const existing = await readIfExists(job.out);
    const name = shown(job.out);
    // The date of the file on disk stands, so that a date alone never makes a difference.
    const expected = existing === undefined ? content : keepDate(content, existing);
    const state: CheckState = existing === undefined ? 'missing' : existing === expected ? 'up-to-date' : 'stale';
    checked.push({ path: name, state, diff: unifiedDiff(existing, expected, { old: `a/${name}`, new: `b/${name}` }) });
  }
  if (options.orphans) {
    const produced = new Set(results.map((r) => r.job.out));
    for (const file of await generatedFilesBeside([...produced])) {
      if (produced.has(file)) continue;
      const name = shown(file);
      const existing = await readFile(file, 'utf8');
      checked.push({ path: name, state: 'orphaned', diff: unifiedDiff(existing, undefined, { old: `a/${name}` }) });
    }
  }
  return checked;
}

/** Files with a generated-file header in the folders of `outputs`, sorted. */
async function generatedFilesBeside(outputs: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const dir of [...new Set(outputs.map((o) => path.dirname(o)))].sort()) found.push(...(await findGeneratedFiles(dir, false)));
  return found;
}
