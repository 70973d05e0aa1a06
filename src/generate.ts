// The library entry point: input → model → target → files. The CLI is a thin layer over this.

import { diagnostic, hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { loadTemplates } from './emit/engine.js';
import { formatFiles, type Formatter } from './emit/format.js';
import type { GeneratedFile } from './emit/files.js';
import { loadInput, type LoadOptions } from './loaders/index.js';
import { findOperation } from './model/passes/select.js';
import type { MetadataModel } from './model/types.js';
import { findTarget, TARGETS } from './targets/index.js';
import type { OptionValue, Target } from './targets/target.js';

export interface GenerateOptions {
  /** A metadata JSON file or an http(s) base URL; or give `model` instead. */
  input?: string;
  model?: MetadataModel;
  /** A target id: see `languages()`. */
  lang: string;
  /** Operation mode: only this operation's types, as its metadata page shows them. */
  op?: string;
  /** Generator options by their header key (`AddResponseStatus: true`). */
  options?: Readonly<Record<string, OptionValue>>;
  /** The header's Date; defaults to SOURCE_DATE_EPOCH when set, else now. */
  date?: Date;
  load?: LoadOptions;
  /** Post-processing: `'prettier'` formats the files with the prettier config of `outputPath`. */
  format?: Formatter;
  /** Where the output will be written; decides which prettier config applies. */
  outputPath?: string;
  /** Recorded in the header's `Input:` line: the local input, relative to the generated file. */
  recordedInput?: string;
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
  const overrides = checkOptions(target, options.options ?? {});
  if (!overrides.ok) return { files: [], diagnostics: overrides.diagnostics };

  let model = options.model;
  const diagnostics: Diagnostic[] = [];
  if (!model) {
    if (options.input === undefined) throw new TypeError('generate() needs an input or a model');
    const loaded = await loadInput(options.input, options.load);
    diagnostics.push(...loaded.diagnostics);
    if (!loaded.model) return { files: [], diagnostics };
    model = loaded.model;
  }
  // Operation mode: the operation is found here once, for every target.
  const operation = options.op === undefined ? undefined : findOperation(model, options.op);
  if (options.op !== undefined && !operation) return { files: [], diagnostics: [...diagnostics, diagnostic('unknown-operation', { name: options.op })] };
  const result = target.generate(
    { model, ...(operation ? { operation } : {}), overrides: overrides.values, date: options.date ?? defaultDate(),
      ...(options.recordedInput !== undefined ? { recordedInput: options.recordedInput } : {}),
      ...(options.format !== undefined ? { formatter: options.format } : {}) },
    { templates: loadTemplates(target.templates) },
  );
  diagnostics.push(...result.diagnostics);
  if (hasErrors(diagnostics)) return { files: [], diagnostics };
  if (options.format !== 'prettier') return { files: result.files, diagnostics };
  const formatted = await formatFiles(result.files, options.outputPath);
  diagnostics.push(...formatted.diagnostics);
  return { files: hasErrors(diagnostics) ? [] : formatted.files, diagnostics };
}

type CheckedOptions = { ok: true; values: Map<string, OptionValue> } | { ok: false; diagnostics: Diagnostic[] };

function checkOptions(target: Target, raw: Readonly<Record<string, OptionValue>>): CheckedOptions {
  const values = new Map<string, OptionValue>();
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const descriptor = target.options.find((d) => d.key.toLowerCase() === key.toLowerCase());
    if (!descriptor) {
      diagnostics.push(diagnostic('unknown-option', { name: key, language: target.id, known: target.options.map((d) => d.key) }));
      continue;
    }
    const coerced = coerce(descriptor.type, value);
    if (coerced === undefined) {
      diagnostics.push(diagnostic('bad-option-value', { name: descriptor.key, value: String(value), expected: 'True or False' }));
      continue;
    }
    values.set(descriptor.key, coerced);
  }
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, values };
}

function coerce(type: 'boolean' | 'string', value: OptionValue): OptionValue | undefined {
  if (type === 'string') return String(value);
  if (typeof value === 'boolean') return value;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  return undefined;
}

/** SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) makes the header reproducible. */
export function defaultDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}
