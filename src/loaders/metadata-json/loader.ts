// The ServiceStack metadata JSON loader: `/metadata/app.json` (AppMetadata) or `/types/metadata`
// (MetadataTypes), from a file (a URL is url.ts's, which hands what a server sends back here).

import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Loader, LoadResult } from '../loader.js';
import { readTextFile } from '../read-file.js';
import { parseJson } from './parse-json.js';
import { metadataToModel } from './to-model.js';

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export const metadataJsonLoader: Loader = {
  name: 'ServiceStack metadata JSON',
  // The fallback: every file that no other loader takes.
  canLoad: () => true,
  async load(input) {
    const read = await readTextFile(input);
    if (!read.ok) return { diagnostics: [read.diagnostic], source: input, inputs: [input] };
    return { ...loadMetadataText(read.text, input), inputs: [input] };
  },
};

/** Loads metadata JSON text; `file` names it in diagnostics. */
export function loadMetadataText(text: string, file: string): Omit<LoadResult, 'inputs'> {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic], source: file };
  const { model, diagnostics } = metadataToModel(parsed.value, file);
  return hasErrors(diagnostics) || !model ? { diagnostics, source: file } : { model, diagnostics, source: file };
}
