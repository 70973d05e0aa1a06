// `dtogen generate --check`: compares what would be generated with what is on disk, writing
// nothing. Each difference prints as a unified diff from the file on disk to the file dtogen
// would write, so the whole output is a patch (`git apply` brings the files up to date).
//
// Orphaned: a generated file in an output's folder that no configured output produces (see
// orphans.ts). Only config runs look for them.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { keepDate } from './generated-header.js';
import { findOrphans } from './orphans.js';
import type { RunResult } from './run-jobs.js';
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

export async function checkOutputs(run: Pick<RunResult, 'results' | 'inputs'>, options: { orphans: boolean; cwd: string }): Promise<CheckedFile[]> {
  const shown = (file: string) => path.relative(options.cwd, file).split(path.sep).join('/') || file;
  const checked: CheckedFile[] = [];
  for (const { job, content } of run.results) {
    if (content === undefined) continue;
    const existing = await readIfExists(job.out);
    const name = shown(job.out);
    // The date of the file on disk stands, so that a date alone never makes a difference.
    const expected = existing === undefined ? content : keepDate(content, existing);
    const state: CheckState = existing === undefined ? 'missing' : existing === expected ? 'up-to-date' : 'stale';
    checked.push({ path: name, state, diff: unifiedDiff(existing, expected, { old: `a/${name}`, new: `b/${name}` }) });
  }
  if (options.orphans) {
    for (const file of await findOrphans(run)) {
      const name = shown(file);
      const existing = await readFile(file, 'utf8');
      checked.push({ path: name, state: 'orphaned', diff: unifiedDiff(existing, undefined, { old: `a/${name}` }) });
    }
  }
  return checked;
}

/**
 * The closing line of a check: outputs are counted apart from orphans (which are no output), and
 * it says what `generate` will do about each.
 */
export function checkSummary(checked: readonly CheckedFile[], failed: boolean): string {
  const outputs = checked.filter((c) => c.state !== 'orphaned').length;
  const outdated = checked.filter((c) => c.state === 'stale' || c.state === 'missing').length;
  const orphaned = checked.length - outputs;
  if (outdated === 0 && orphaned === 0) return `dtogen: ${outputs} output(s) up to date${failed ? ', but some failed to generate' : ''}`;
  const found = [...(outdated > 0 ? [`${outdated} of ${outputs} output(s) out of date`] : []), ...(orphaned > 0 ? [`${orphaned} orphaned file(s)`] : [])];
  const does = [...(outdated > 0 ? ['update them'] : []), ...(orphaned > 0 ? [`remove the orphaned file${orphaned > 1 ? 's' : ''}`] : [])];
  return `dtogen: ${found.join(', ')}; run 'dtogen generate' to ${does.join(' and ')}`;
}
