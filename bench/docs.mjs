// `npm run bench -- docs`: `dtogen docs` on the synthetic model, once, in a fresh process
// (run-docs.mjs): wall time, pages, megabytes written and peak memory. One run: it writes
// gigabytes, and its time is dominated by pages made, not by start-up noise.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export function docsBench({ dir, input }) {
  const out = execFileSync(process.execPath, [path.join(here, 'run-docs.mjs'), input, path.join(dir, 'site')], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const r = JSON.parse(out);
  console.log('dtogen docs of the synthetic model');
  console.log(`wall ${(r.ms / 1000).toFixed(1)} s   pages ${r.pages}   written ${(r.bytes / 1e6).toFixed(0)} MB   peak RSS ${r.maxRssMb.toFixed(0)} MB\n`);
}
