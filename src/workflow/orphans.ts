// Orphaned outputs: files in an output's folder that start with a generated-file header (of a
// language dtogen knows) but that no configured output produces, typically left behind when an
// output was renamed or removed from the config. A config run removes them and `--check` reports
// them; nothing else is ever removed: not a file without the header (the user's own), not a file
// outside the output folders, not a file the run read (a generated `.ts` may be an input).

import { rm } from 'node:fs/promises';
import path from 'node:path';
import { findGeneratedFiles } from './find-generated.js';
import type { RunResult } from './run-jobs.js';

/** The orphans of a run (absolute paths, sorted). */
export async function findOrphans(run: Pick<RunResult, 'results' | 'inputs'>): Promise<string[]> {
  const kept = new Set([...run.results.map((r) => r.job.out), ...run.results.map((r) => r.job.input), ...run.inputs]);
  const folders = [...new Set(run.results.map((r) => path.dirname(r.job.out)))].sort();
  const orphans: string[] = [];
  for (const dir of folders) for (const file of await findGeneratedFiles(dir, false)) if (!kept.has(file)) orphans.push(file);
  return orphans;
}

export interface Removal {
  /** Removed, relative to the current folder. */
  removed: string[];
  /** Could not be removed: one line each, already said. */
  failed: number;
}

/** Removes the orphans of a run; a file that cannot be removed is one line on `stderr`. */
export async function removeOrphans(run: Pick<RunResult, 'results' | 'inputs'>, cwd: string, stderr: (text: string) => void): Promise<Removal> {
  const removal: Removal = { removed: [], failed: 0 };
  for (const file of await findOrphans(run)) {
    const shown = path.relative(cwd, file) || file;
    try {
      await rm(file);
      removal.removed.push(shown);
    } catch (error) {
      stderr(`${shown}: cannot remove: ${error instanceof Error ? error.message : String(error)}\n`);
      removal.failed++;
    }
  }
  return removal;
}
