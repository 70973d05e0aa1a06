// dtogen for several languages in one process, as a build that writes every client would run it:
// `node bench/race-dtogen.mjs <input> <out-dir> <lang>...`. The input is loaded once; each
// language is generated from the model and written.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate, loadInput } from '../dist/index.js';

const [input, outDir, ...langs] = process.argv.slice(2);
const loaded = await loadInput(input);
if (!loaded.model) {
  console.error(loaded.diagnostics.map((d) => d.message).join('\n'));
  process.exit(1);
}
for (const lang of langs) {
  const result = await generate({ model: loaded.model, lang, date: new Date(0) });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    console.error(errors.map((d) => d.message).join('\n'));
    process.exit(1);
  }
  for (const file of result.files) writeFileSync(path.join(outDir, `${lang}-${path.basename(file.path)}`), file.content);
}
