// `dtogen generate --watch`: regenerates when an input or the config changes.
//
// - Folders are watched, not files: editors save by writing a new file and renaming it over the
//   old one, which a watch on the old file would miss.
// - Events on the outputs (and on the temporary files of their atomic writes) are ignored, so a
//   run never triggers the next.
// - Bursts of events are debounced into one run; runs never overlap: a change during a run
//   queues exactly one more (run-queue.ts).
// - Only files whose content changed are written, and a config's orphaned outputs are removed
//   (orphans.ts); a job whose input is broken keeps its last good output, and the next good save
//   regenerates it.
// - After each run the watched folders are recomputed: the config may name new inputs, a glob
//   may match new files.
// - An input whose files did not change since the last run is not loaded again (load-cache.ts),
//   and its outputs whose entries did not change are not generated again.

import { watch as watchFolder, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { isUrl } from '../loaders/index.js';
import type { GlobBase } from '../config/glob.js';
import type { OutputStreams } from './streams.js';
import type { Plan } from './jobs.js';
import { LoadCache } from './load-cache.js';
import { removeOrphans } from './orphans.js';
import { RunQueue } from './run-queue.js';
import { Generations, runJobs, type RunSettings } from './run-jobs.js';
import { runLine } from './run-line.js';
import { writeResults } from './write-outputs.js';

export const DEBOUNCE_MS = 25;

export interface WatchOptions {
  /** Makes the jobs afresh: re-reads the config and re-expands its globs. */
  plan: () => Promise<Plan>;
  configFile?: string;
  settings: RunSettings;
  io: OutputStreams;
  /** Also print each file event and whether it was acted on. */
  verbose?: boolean;
  /** Stops watching (Ctrl-C); the run in progress finishes first. */
  signal: AbortSignal;
  cwd: string;
}

/** Whether `file` lies where the glob's matches live: only such events are worth expanding it for. */
function isWithin(file: string, glob: GlobBase): boolean {
  const relative = path.relative(glob.dir, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  return glob.deep || !relative.includes(path.sep);
}

/** `.dtos.py.1234.5.tmp`: the temporary files of writeFileAtomic. */
const TEMPORARY = /^\..+\.\d+\.\d+\.tmp$/;

export async function watchAndGenerate(options: WatchOptions): Promise<void> {
  const { io, cwd } = options;
  const shown = (file: string) => path.relative(cwd, file) || file;
  const watchers = new Map<string, FSWatcher>();
  let outputs = new Set<string>();
  let inputs = new Set<string>();
  let plan: Plan | undefined;
  const loads = new LoadCache();
  const generations = new Generations();

  const isRelevant = (file: string) =>
    file === options.configFile || inputs.has(file) || (plan?.globs.some((g) => isWithin(file, g) && g.matches(file)) ?? false);

  const onEvent = (dir: string, name: string | null) => {
    if (!name) return;
    const file = path.join(dir, name);
    if (outputs.has(file) || TEMPORARY.test(path.basename(file))) {
      if (options.verbose) io.stderr(`dtogen: ignored ${shown(file)} (an output)\n`);
      return;
    }
    if (!isRelevant(file)) return;
    if (options.verbose) io.stderr(`dtogen: changed ${shown(file)}\n`);
    queue.trigger();
  };

  const runOnce = async () => {
    const began = performance.now();
    const next = await options.plan();
    for (const d of next.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    // A broken config keeps the previous jobs' folders watched until it is fixed.
    if (next.jobs.length > 0 || !plan) {
      plan = next;
      outputs = new Set(next.jobs.map((j) => j.out));
      inputs = new Set(next.jobs.filter((j) => !isUrl(j.input)).map((j) => j.input));
      updateWatchers();
    }
    // A bad config writes nothing until it is fixed.
    if (hasErrors(next.diagnostics)) {
      io.stderr(`${runLine({ written: [], unchanged: 0, failed: 0, planFailed: true }, performance.now() - began)}\n`);
      return;
    }
    const run = await runJobs(next.jobs, { ...options.settings, loads, generations });
    // Follow every file the loaders read, not only the inputs the jobs name.
    const read = run.inputs.filter((f) => !inputs.has(f));
    if (read.length > 0) {
      for (const f of read) inputs.add(f);
      updateWatchers();
    }
    for (const d of run.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    for (const result of run.results) for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    const counts = await writeResults(run.results, cwd, io);
    // A config entry renamed while watching leaves its old file: removed, as a config run does.
    const orphans = options.configFile ? await removeOrphans(run, cwd, io.stderr) : { removed: [] };
    io.stderr(`${runLine({ ...counts, removed: orphans.removed, planFailed: false }, performance.now() - began)}\n`);
  };

  const updateWatchers = () => {
    const wanted = new Map<string, boolean>(); // folder → recursive
    const want = (dir: string, recursive: boolean) => wanted.set(dir, recursive || (wanted.get(dir) ?? false));
    if (options.configFile) want(path.dirname(options.configFile), false);
    for (const input of inputs) want(path.dirname(input), false);
    for (const glob of plan?.globs ?? []) want(glob.dir, glob.deep);
    for (const [key, watcher] of watchers) {
      const [dir, recursive] = [key.slice(2), key.startsWith('r:')];
      if (wanted.get(dir) !== recursive) {
        watcher.close();
        watchers.delete(key);
      }
    }
    for (const [dir, recursive] of wanted) {
      const key = `${recursive ? 'r' : 'f'}:${dir}`;
      if (watchers.has(key)) continue;
      try {
        const watcher = watchFolder(dir, { recursive }, (_event, name) => onEvent(dir, name));
        // A watched folder that disappears is not fatal; it is watched again after the next run.
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(key);
        });
        watchers.set(key, watcher);
      } catch {
        if (options.verbose) io.stderr(`dtogen: cannot watch ${shown(dir)}\n`);
      }
    }
  };

  const queue = new RunQueue(async () => {
    try {
      await runOnce();
    } catch (error) {
      // A bug in one run must not end the watch; say it in one line and go on.
      io.stderr(`dtogen: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }, DEBOUNCE_MS);
  queue.start();
  await new Promise<void>((resolve) => {
    const stop = async () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      await queue.stop();
      resolve();
    };
    if (options.signal.aborted) void stop();
    else options.signal.addEventListener('abort', () => void stop(), { once: true });
  });
}
