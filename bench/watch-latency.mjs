// Watch latency: the time from saving an input to the regenerated output being on disk, with
// `dtogen generate --watch` running in its own process. Each edit changes the metadata's base
// URL, which every language prints in its header, so every edit rewrites the output.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TIMEOUT_MS = 120_000;

/** Median milliseconds over `edits` saves of `document` (a parsed metadata JSON document). */
export async function watchLatency({ bin, document, lang, extension, edits = 20 }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dtogen-watch-bench-'));
  const input = path.join(dir, 'metadata.json');
  const output = path.join(dir, `out${extension}`);
  // Every version's text is made before timing starts.
  const versions = Array.from({ length: edits + 1 }, (_, i) => JSON.stringify(withBaseUrl(document, `https://edit${i}.example.org`)));
  writeFileSync(input, versions[0]);

  const child = spawn(process.execPath, [bin, 'generate', 'metadata.json', '-l', lang, '-o', path.basename(output), '--watch'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (log += chunk));
  try {
    await until(dir, output, 'edit0.example.org', () => log);
    const times = [];
    for (let i = 1; i <= edits; i++) {
      const waiting = until(dir, output, `edit${i}.example.org`, () => log);
      const start = performance.now();
      writeFileSync(input, versions[i]);
      await waiting;
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => child.on('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

function withBaseUrl(document, url) {
  const copy = { ...document };
  if (copy.app) copy.app = { ...copy.app, baseUrl: url };
  const api = copy.api ?? copy;
  if (api.config) api.config = { ...api.config, baseUrl: url };
  else if (!copy.app) copy.config = { baseUrl: url };
  return copy;
}

/** Resolves once `file` contains `text`, watching its folder. */
function until(dir, file, text, log) {
  return new Promise((resolve, reject) => {
    const done = () => {
      let content = '';
      try {
        content = readFileSync(file, 'utf8');
      } catch {
        return false;
      }
      if (!content.includes(text)) return false;
      watcher.close();
      clearTimeout(timer);
      resolve();
      return true;
    };
    const watcher = watch(dir, () => done());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`no output with ${text} after ${TIMEOUT_MS} ms; dtogen printed:\n${log()}`));
    }, TIMEOUT_MS);
    done();
  });
}
