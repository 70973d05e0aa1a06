// The one line a run of the config (or of --watch) prints: what it wrote and how long it took.

import type { WriteCounts } from './write-outputs.js';

export interface RunCounts extends WriteCounts {
  /** The config could not be read: no job ran. */
  planFailed: boolean;
  /** Orphaned outputs removed (see orphans.ts), relative to the current folder. */
  removed?: string[];
}

/** The run's line: `dtogen: wrote dtos.py, removed old.py (no output produces it), 1 unchanged in 12 ms`. */
export function runLine(counts: RunCounts, ms: number): string {
  const removed = counts.removed ?? [];
  const parts = [counts.planFailed ? 'config has errors, nothing generated' : counts.written.length > 0 ? `wrote ${counts.written.join(', ')}` : 'nothing to write'];
  if (removed.length > 0) parts.push(`removed ${removed.join(', ')} (no output produces ${removed.length > 1 ? 'them' : 'it'})`);
  if (counts.unchanged > 0) parts.push(`${counts.unchanged} unchanged`);
  if (counts.failed > 0) parts.push(`${counts.failed} failed (last good output kept)`);
  return `dtogen: ${parts.join(', ')} in ${Math.round(ms)} ms`;
}
