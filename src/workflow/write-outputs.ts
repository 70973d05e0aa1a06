// Writes generated files, each atomically, and only those whose content changed: an unchanged
// file keeps its bytes and its modification time, so editors, dev servers and watchers
// downstream are not woken for nothing. A change of the header's Date alone is no change.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OutputStreams } from './streams.js';
import { writeFileAtomic } from '../emit/files.js';
import { keepDate } from './generated-header.js';
import type { JobResult } from './run-jobs.js';

/** The text of `file`; undefined when it is missing or not a regular file (a device would never end). */
export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    if (!(await stat(file)).isFile()) return undefined;
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether `generated` differs from what `file` holds, the Date line apart. */
export function isCurrent(existing: string | undefined, generated: string): boolean {
  return existing !== undefined && keepDate(generated, existing) === existing;
}

/** Writes `content` to `file` unless it is current; true when it wrote. `existing`: its text, when already read. */
export async function writeIfChanged(file: string, content: string, existing?: string): Promise<boolean> {
  if (isCurrent(existing ?? (await readIfExists(file)), content)) return false;
  await writeFileAtomic(file, content);
  return true;
}

export interface WriteCounts {
  /** The files written, relative to the current folder. */
  written: string[];
  unchanged: number;
  /** Jobs that failed to generate or to write: their files keep their last content. */
  failed: number;
}

/** Writes the results that have content, if changed; a write error is one line on `io`. */
export async function writeResults(results: readonly JobResult[], cwd: string, io: OutputStreams): Promise<WriteCounts> {
  const counts: WriteCounts = { written: [], unchanged: 0, failed: 0 };
  for (const { job, content } of results) {
    const shown = path.relative(cwd, job.out) || job.out;
    if (content === undefined) {
      counts.failed++;
      continue;
    }
    try {
      if (await writeIfChanged(job.out, content)) counts.written.push(shown);
      else counts.unchanged++;
    } catch (error) {
      io.stderr(`${shown}: cannot write: ${error instanceof Error ? error.message : String(error)}\n`);
      counts.failed++;
    }
  }
  return counts;
}
