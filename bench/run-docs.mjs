// One measured `dtogen docs` in a fresh process: `node bench/run-docs.mjs <metadata.json> <folder>`.
// Prints {"ms":…, "maxRssMb":…, "pages":…, "bytes":…}: wall time of the whole command (load, pages,
// writing), the process's peak memory, and the HTML pages and bytes it left in the folder.

import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../dist/cli/run.js';

const [input, out] = process.argv.slice(2);
rmSync(out, { recursive: true, force: true });
const start = performance.now();
let messages = '';
const code = await runCli(['docs', input, '-o', out], { stdout: () => {}, stderr: (text) => (messages += text), interactive: false });
const ms = performance.now() - start;
if (code !== 0) {
  process.stderr.write(messages);
  process.exit(code);
}
const files = readdirSync(out);
const bytes = files.reduce((n, f) => n + statSync(path.join(out, f)).size, 0);
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, pages: files.filter((f) => f.endsWith('.html')).length, bytes }));
rmSync(out, { recursive: true, force: true });
