// A fuzz worker thread: runs the documents the pool sends, one at a time, in its own folder. The
// pool ends a worker that takes too long (a hang), so nothing here needs a time limit of its own.

import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { fuzzDocument } from './documents.mjs';
import { runDocument } from './document-runs.mjs';
import { pythonParser } from './oracles.mjs';

const python = pythonParser();
parentPort.postMessage({ pythonPid: python.pid });
parentPort.on('message', async ({ seed, index }) => {
  if (index === undefined) {
    python.close();
    parentPort.close();
    return;
  }
  const doc = fuzzDocument(seed, index);
  try {
    const result = await runDocument(doc, index, path.join(workerData.dir, 'document'), python, workerData.every);
    parentPort.postMessage({ index, kind: doc.kind, ...result });
  } catch (error) {
    // A failure of the harness itself is reported as one, never taken for a pass.
    parentPort.postMessage({ index, kind: doc.kind, runs: 0, failures: [{ class: 'crash', run: 'harness', detail: String(error?.stack ?? error) }] });
  }
});
