// What a language target is. A target turns the model into files through its own view model and
// templates; everything else (loading, selecting, writing) is shared.

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TemplateSet } from '../emit/engine.js';
import type { GeneratedFile } from '../emit/files.js';
import type { MetadataModel, Operation } from '../model/types.js';

export type OptionValue = string | boolean;

/**
 * One generator option, as ServiceStack names it in the file header (`AddResponseStatus`). The
 * same descriptor gives the CLI flag, the header line and the default.
 */
export interface OptionDescriptor {
  /** Header key, ServiceStack's spelling. */
  key: string;
  type: 'boolean' | 'string';
  /** What the server uses when the option is not set; `''` prints as an empty header value. */
  default: OptionValue;
  description: string;
}

export interface GenerateRequest {
  model: MetadataModel;
  /** Operation mode: only this operation's types, as its metadata page shows them. */
  operation?: Operation;
  /** Options set by the user (by header key); they print uncommented in the header. */
  overrides: ReadonlyMap<string, OptionValue>;
  /** The header's Date. */
  date: Date;
  /**
   * A local input to record in the header's `Input:` line (a path relative to the generated file),
   * so that `dtogen update` can regenerate from it. ServiceStack's tools ignore the line.
   */
  recordedInput?: string;
  /** The formatter the file will go through, recorded on a `Formatter:` line so that `dtogen update` applies it again. */
  formatter?: 'prettier';
}

export interface TargetContext {
  templates: TemplateSet;
}

export interface TargetResult {
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
}

export interface Target {
  /** The `--lang` name. */
  id: string;
  displayName: string;
  /** The file name ServiceStack's tools save this language as. */
  defaultFileName: string;
  /** Folder under `templates/`. */
  templates: string;
  options: readonly OptionDescriptor[];
  generate(request: GenerateRequest, context: TargetContext): TargetResult;
}
