// Reads an input (a file path or an http(s) base URL) into the metadata model, with the first
// loader that takes it. Adding an input format is one Loader here.

import type { Loader, LoadOptions, LoadResult } from './loader.js';
import { isUrl, loadMetadataText, metadataJsonLoader } from './metadata-json/loader.js';
import { openApiLoader } from './openapi/loader.js';
import { typescriptLoader } from './typescript/loader.js';
import { urlLoader } from './url.js';

export type { Loader, LoadOptions, LoadResult } from './loader.js';
export { isUrl };
// How a URL input is named in files and messages: without its credentials.
export { recordedUrl } from './http/credentials.js';

// What a URL serves is known only once it has arrived, so one loader takes every URL (url.ts).
export const LOADERS: readonly Loader[] = [urlLoader, openApiLoader, typescriptLoader, metadataJsonLoader];

export async function loadInput(input: string, options: LoadOptions = {}): Promise<LoadResult> {
  const loader = LOADERS.find((l) => l.canLoad(input)) ?? metadataJsonLoader;
  return loader.load(input, options);
}

/** Loads metadata JSON text; `file` names it in diagnostics. */
export function loadText(text: string, file: string): LoadResult {
  return { ...loadMetadataText(text, file), inputs: [] };
}
