// The fuzz run: documents `0 … count-1` of a seed, spread over worker threads. A document that
// takes longer than DOCUMENT_LIMIT_MS is a hang: its worker is ended (even a loop that never
// yields) and a new one takes the next document. The result holds the figures of every failure
// class and the failures themselves.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { FAILURE_CLASSES, FULL_PROFILE } from './classes.mjs';

/** A document's runs (a dozen, on a loaded 2-core machine) may take this long in all: past it, a hang. */
export const DOCUMENT_LIMIT_MS = 120_000;

export { FAILURE_CLASSES, FULL_PROFILE };

/**
 * Runs documents `start … start+count-1` of `seed` on `workers` threads, `every` saying how often
 * the slower runs come (document-runs.mjs). `onDocument(result)` is called as each
 * ends. Returns `{ documents, runs, counts: { class: n }, failures: [{ index, kind, class, run, detail }] }`.
 */
export async function fuzz({ seed, count, workers = 2, start = 0, every = FULL_PROFILE, onDocument = () => {} }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dtogen-fuzz-'));
  const counts = Object.fromEntries(FAILURE_CLASSES.map((c) => [c, 0]));
  const failures = [];
  const kinds = {};
  const times = {};
  let runs = 0;
  let loaded = 0;
  let next = start;
  const end = start + count;

  const record = (result) => {
    runs += result.runs;
    for (const [command, ms] of Object.entries(result.times ?? {})) times[command] = (times[command] ?? 0) + ms;
    kinds[result.kind] = (kinds[result.kind] ?? 0) + 1;
    if (result.loaded) loaded++;
    for (const f of result.failures) {
      counts[f.class] = (counts[f.class] ?? 0) + 1;
      failures.push({ index: result.index, kind: result.kind, ...f });
    }
    onDocument(result);
  };

  async function lane(id) {
    let worker;
    let pending;
    let pythonPid;
    const spawn = () => {
      worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { dir: path.join(dir, `w${id}`), every } });
      worker.on('message', (m) => {
        if (m.pythonPid !== undefined) pythonPid = m.pythonPid;
        else pending?.resolve(m);
      });
      worker.on('error', (e) => pending?.resolve({ error: e }));
      worker.on('exit', (code) => pending?.resolve({ error: new Error(`worker exited with code ${code}`) }));
    };
    spawn();
    while (next < end) {
      const index = next++;
      const answer = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ timeout: true }), DOCUMENT_LIMIT_MS);
        pending = { resolve: (m) => { clearTimeout(timer); pending = undefined; resolve(m); } };
        worker.postMessage({ seed, index });
      });
      if (answer.timeout || answer.error) {
        const klass = answer.timeout ? 'hang' : 'crash';
        const detail = answer.timeout ? `no answer after ${DOCUMENT_LIMIT_MS} ms` : String(answer.error?.stack ?? answer.error);
        record({ index, kind: 'unknown', runs: 0, failures: [{ class: klass, run: 'document', detail }] });
        worker.removeAllListeners();
        await worker.terminate();
        endProcess(pythonPid);
        spawn();
        continue;
      }
      record(answer);
    }
    worker.removeAllListeners();
    await worker.terminate();
    endProcess(pythonPid);
  }

  try {
    await Promise.all(Array.from({ length: Math.max(1, workers) }, (_, i) => lane(i)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { documents: count, loaded, runs, kinds, counts, failures, times };
}

/** A worker's Python oracle is a process of this one: ended with its worker, by its id. */
function endProcess(pid) {
  try {
    if (pid !== undefined) process.kill(pid);
  } catch {
    // It had ended already.
  }
}
