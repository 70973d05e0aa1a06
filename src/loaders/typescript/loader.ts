// TypeScript sources as input: ServiceStack's own generated dtos.ts read back, or a data model
// written by hand (classes, interfaces, enums, with okai-style decorators or none). ts-morph is
// heavy, so it is imported only here, when a TypeScript input is loaded.

import { diagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import type { Loader, LoadResult } from '../loader.js';
import { metadataToModel } from '../metadata-json/to-model.js';
import { relocate } from './locations.js';

/** `.ts`, `.mts`, `.cts` and `.d.ts` files, or a glob of them (never a URL). */
export function isTypeScriptPath(input: string): boolean {
  return !/^https?:\/\//i.test(input) && /\.(c|m)?ts$/i.test(input);
}

export const typescriptLoader: Loader = {
  name: 'TypeScript sources',
  canLoad: isTypeScriptPath,
  async load(input): Promise<LoadResult> {
    const { entryFiles } = await import('./entries.js');
    const entries = await entryFiles(input);
    if (entries.length === 0) return { diagnostics: [diagnostic('no-match', { pattern: input }, { file: input })], source: input, inputs: [] };
    const { readSources } = await import('./sources.js');
    const sources = await readSources(entries);
    if (!sources.files) return { diagnostics: sources.diagnostics, source: input, inputs: sources.inputs };
    const { toDocument } = await import('./to-document.js');
    const built = toDocument(sources.files, sources.shown);
    const diagnostics = [...sources.diagnostics, ...built.diagnostics];
    if (hasErrors(diagnostics)) return { diagnostics, source: input, inputs: sources.inputs };
    // The declarations go through the metadata loader: one place for ServiceStack's rules
    // (built-in library types, generics, operations), with locations turned back into line:column.
    const loaded = metadataToModel(built.document, input);
    const relocated = relocate(loaded, built.locations, input);
    const all = [...diagnostics, ...relocated.diagnostics];
    return hasErrors(all) || !relocated.model
      ? { diagnostics: all, source: input, inputs: sources.inputs }
      : { model: relocated.model, diagnostics: all, source: input, inputs: sources.inputs };
  },
};
