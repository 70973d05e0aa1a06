// Whole Python files for every fixture and corpus input, written to a temporary folder for the
// tests that run Python tools over them.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../support/temp.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { generate } from '../../src/generate.js';
import { loadInput } from '../../src/loaders/index.js';
import type { MetadataModel } from '../../src/model/types.js';
import { ALL_INPUTS } from '../support/inputs.js';

export interface GeneratedPython {
  file: string;
  source: string;
  model: MetadataModel;
}

export async function writeWholePythonFiles(prefix: string): Promise<{ dir: string; files: GeneratedPython[] }> {
  const dir = makeTempDir(prefix);
  const files: GeneratedPython[] = [];
  for (const input of ALL_INPUTS) {
    const { model } = await loadInput(input.file);
    if (!model) throw new Error(`${input.file} did not load`);
    const result = await generate({ model, lang: 'python', date: new Date(0) });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(errors.map(formatDiagnostic).join('\n'));
    const source = result.files.map((f) => f.content).join('');
    // Module names must be identifiers: `corpus-blazor-gallery-app.8.91` → corpus_blazor_gallery_app_8_91.
    const file = path.join(dir, `${input.label.replace(/[^A-Za-z0-9_]/g, '_')}.py`);
    writeFileSync(file, source);
    files.push({ file, source, model });
  }
  return { dir, files };
}
