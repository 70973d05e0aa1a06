// The loader seam: an input format is one Loader. Every loader builds the same model, which the
// model's own checks (src/model/validate.ts) then hold to, whichever loader built it.

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MetadataModel } from '../model/types.js';
import type { FetchOptions } from './metadata-json/fetch.js';

export interface LoadResult {
  /** Present when the input loaded with no errors (warnings may remain). */
  model?: MetadataModel;
  diagnostics: Diagnostic[];
  /** What was actually read: the file, or the URL that answered. */
  source: string;
  /** Every local file read to build the model: what watch mode follows. */
  inputs: string[];
}

export type LoadOptions = FetchOptions;

export interface Loader {
  /** For messages: `ServiceStack metadata JSON`. */
  name: string;
  /** Whether this loader reads `input` (a path or a URL). */
  canLoad(input: string): boolean;
  load(input: string, options: LoadOptions): Promise<LoadResult>;
}
