// Reads an input (a file path or an http(s) base URL) into the metadata model.

import { readFile } from 'node:fs/promises';
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { MetadataModel } from '../model/types.js';
import { fetchMetadata, type FetchOptions } from './metadata-json/fetch.js';
import { parseJson } from './metadata-json/parse-json.js';
import { metadataToModel } from './metadata-json/to-model.js';

export interface LoadResult {
  /** Present when the input loaded with no errors (warnings may remain). */
  model?: MetadataModel;
  diagnostics: Diagnostic[];
  /** What was actually read: the file, or the URL that answered. */
  source: string;
}

export type LoadOptions = FetchOptions;

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function loadInput(input: string, options: LoadOptions = {}): Promise<LoadResult> {
  if (isUrl(input)) {
    const fetched = await fetchMetadata(input, options);
    if (!fetched.ok) return { diagnostics: [fetched.diagnostic], source: input };
    return loadText(fetched.text, fetched.url);
  }
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    return { diagnostics: [diagnostic('read-failed', { reason: readFailure(error) }, { file: input })], source: input };
  }
  return loadText(text, input);
}

/** Loads metadata JSON text; `file` names it in diagnostics. */
export function loadText(text: string, file: string): LoadResult {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic], source: file };
  const { model, diagnostics } = metadataToModel(parsed.value, file);
  return hasErrors(diagnostics) || !model ? { diagnostics, source: file } : { model, diagnostics, source: file };
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
