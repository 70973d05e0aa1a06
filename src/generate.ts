// The library entry point: input → model → target → files. The CLI is a thin layer over this.

import { diagnostic, hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { formatFiles, type Formatter } from './emit/format.js';
import type { GeneratedFile } from './emit/files.js';
import { isUrl, loadInput, recordedUrl, type LoadOptions } from './loaders/index.js';
import { findOperation } from './model/passes/select.js';
import type { MetadataModel, SourceLocation } from './model/types.js';
import { entriesOf, parseOptions, type OptionValue } from './plan/options.js';
import { findTarget, TARGETS } from './targets/index.js';
import { renderTarget } from './targets/render.js';
import type { Target } from './targets/target.js';

/**
 * The bundled languages, for editors' completion; a language added to the registry is taken by
 * its id as well (checked at run time, with a diagnostic listing the known ones).
 */
export type Language = 'python' | 'swift' | 'typescript' | 'typescript-d' | 'py' | 'ts' | 'tsd' | (string & {});

export interface GenerateOptions {
  /** A metadata JSON file or an http(s) base URL; or give `model` instead. */
  input?: string;
  model?: MetadataModel;
  /** A target id or one of its aliases (`py`, `ts`, `tsd`): see `languages()`. */
  lang: Language;
  /** Operation mode: only this operation's types, as its metadata page shows them. */
  op?: string;
  /** Generator options by their header key (`AddResponseStatus: true`). */
  options?: Readonly<Record<string, OptionValue>>;
  /** Where each of `options` was written (a flag, a config pointer, a header line), by the same key: warnings point there. */
  optionLocations?: Readonly<Record<string, SourceLocation>>;
  /** The header's Date; defaults to SOURCE_DATE_EPOCH when set, else now. */
  date?: Date;
  load?: LoadOptions;
  /** Post-processing: `'prettier'` formats the files with the prettier config of `outputPath`. */
  format?: Formatter;
  /** Where the output will be written; decides which prettier config applies. */
  outputPath?: string;
  /** Recorded in the header's `Input:` line: the local input, relative to the generated file. */
  recordedInput?: string;
  /**
   * Recorded as the header's `BaseUrl` in place of the metadata's own: the URL the model was
   * fetched from (a URL `input` is recorded so without being asked).
   */
  fetchedFrom?: string;
}

export interface GenerateResult {
  /** Empty when any diagnostic is an error. */
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
}

export function languages(): readonly Target[] {
  return TARGETS;
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const target = findTarget(options.lang);
  if (!target) {
    return { files: [], diagnostics: [diagnostic('unknown-language', { name: options.lang, known: TARGETS.map((t) => t.id) })] };
  }
  const parsed = parseOptions(target.policy.options, target.id, entriesOf(options.options ?? {}, (key) => options.optionLocations?.[key]));
  if (parsed.diagnostics.length > 0) return { files: [], diagnostics: parsed.diagnostics };

  let model = options.model;
  const diagnostics: Diagnostic[] = [];
  let source: string | undefined;
  if (!model) {
    if (options.input === undefined) throw new TypeError('generate() needs an input or a model');
    const loaded = await loadInput(options.input, options.load);
    diagnostics.push(...loaded.diagnostics);
    if (!loaded.model) return { files: [], diagnostics };
    model = loaded.model;
    source = loaded.source;
  }
  // Operation mode: the operation is found here once, for every target.
  const operation = options.op === undefined ? undefined : findOperation(model, options.op);
  if (options.op !== undefined && !operation) {
    return { files: [], diagnostics: [...diagnostics, diagnostic('unknown-operation', { name: options.op }, source !== undefined ? { file: source } : undefined)] };
  }
  const fetchedFrom = options.fetchedFrom ?? (options.model === undefined && options.input !== undefined && isUrl(options.input) ? recordedUrl(options.input) : undefined);
  const result = renderTarget(target, {
    model,
    ...(operation ? { operation } : {}),
    options: parsed.values,
    optionLocations: parsed.locations,
    header: {
      date: options.date ?? defaultDate(),
      ...(options.recordedInput !== undefined ? { recordedInput: options.recordedInput } : {}),
      ...(fetchedFrom !== undefined ? { fetchedFrom } : {}),
      ...(options.format !== undefined ? { formatter: options.format } : {}),
    },
  });
  diagnostics.push(...result.diagnostics);
  if (hasErrors(diagnostics)) return { files: [], diagnostics };
  if (options.format !== 'prettier') return { files: result.files, diagnostics };
  const formatted = await formatFiles(result.files, options.outputPath);
  diagnostics.push(...formatted.diagnostics);
  return { files: hasErrors(diagnostics) ? [] : formatted.files, diagnostics };
}

/** SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) makes the header reproducible. */
export function defaultDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}
