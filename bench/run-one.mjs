// One measured generation in a fresh process: `node bench/run-one.mjs <lang> <metadata.json> [--text]`.
// Prints {"ms":…, "maxRssMb":…, "bytes":…}: wall time of load + generate, the process's peak memory.
// `--text` reads the file here and loads the text (loadText), past the 64 MB a file input may have.

import { readFileSync } from 'node:fs';
import { generate, loadText } from '../dist/index.js';

const [lang, input, mode] = process.argv.slice(2);
const start = performance.now();
const source = mode === '--text' ? { model: loadText(readFileSync(input, 'utf8'), input).model } : { input };
const result = await generate({ ...source, lang, date: new Date(0) });
const ms = performance.now() - start;
const errors = result.diagnostics.filter((d) => d.severity === 'error');
if (errors.length > 0) {
  console.error(errors.map((d) => d.message).join('\n'));
  process.exit(1);
}
const bytes = result.files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes }));
