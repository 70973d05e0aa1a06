// `dtogen update`: regenerates a generated file from its own header, as ServiceStack's
// `x update` does: from the server at BaseUrl (or the local input its `Input:` line records),
// with the options the user uncommented in the header, which therefore survive the update.

import path from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { generate } from '../generate.js';
import { isUrl } from '../loaders/index.js';
import { readTextFile } from '../loaders/read-file.js';
import type { SourceLocation } from '../model/types.js';
import { parseOptions, type OptionValue } from '../plan/options.js';
import type { Target } from '../targets/target.js';
import { generatedExtensions, targetsForFile } from './file-language.js';
import { readGeneratedHeader, type GeneratedHeader, type HeaderValue } from './generated-header.js';
import { recordedInput } from './jobs.js';
import { writeIfChanged } from './write-outputs.js';

export type UpdateOutcome = { state: 'updated' | 'up-to-date'; diagnostics: Diagnostic[] } | { state: 'failed'; diagnostics: Diagnostic[] };

export interface UpdateSettings {
  date?: Date;
  timeoutMs?: number;
  /** Sent to the server at BaseUrl. */
  headers?: Readonly<Record<string, string>>;
}

/** Regenerates `path`; messages name it `file` (as the user gave it). */
export async function updateFile(filePath: string, settings: UpdateSettings = {}, file = filePath): Promise<UpdateOutcome> {
  const failed = (...diagnostics: Diagnostic[]): UpdateOutcome => ({ state: 'failed', diagnostics });
  const read = await readTextFile(filePath, file);
  if (!read.ok) return failed(read.diagnostic);
  const text = read.text;
  const header = readGeneratedHeader(text);
  if (!header) return failed(diagnostic('no-header', {}, { file, line: 1, column: 1 }));
  const target = targetFor(filePath, header);
  if (!target) return failed(diagnostic('unknown-file-language', { known: generatedExtensions() }, { file }));
  const options = headerOptions(file, header, target);
  if (!options.ok) return failed(...options.diagnostics);

  let input: string;
  let record: string | undefined;
  let sourceLine: HeaderValue;
  if (header.input && header.input.value !== '') {
    input = path.resolve(path.dirname(filePath), header.input.value);
    record = recordedInput({ input, out: filePath });
    sourceLine = header.input;
  } else if (header.baseUrl && isUrl(header.baseUrl.value)) {
    input = header.baseUrl.value;
    sourceLine = header.baseUrl;
  } else {
    return failed(diagnostic('no-update-source', {}, { file, line: header.baseUrl?.line ?? 1, column: 1 }));
  }
  const result = await generate({
    input,
    lang: target.id,
    options: options.values,
    optionLocations: options.locations,
    ...(settings.date ? { date: settings.date } : {}),
    load: { ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}), ...(settings.headers ? { headers: settings.headers } : {}) },
    ...(record !== undefined ? { recordedInput: record } : {}),
    ...(header.formatter?.value === 'prettier' ? { format: 'prettier' as const, outputPath: filePath } : {}),
  });
  if (hasErrors(result.diagnostics)) return failed(...result.diagnostics.map((d) => inFile(d, file, sourceLine)));
  const written = await writeIfChanged(filePath, result.files.map((f) => f.content).join(''), text);
  return { state: written ? 'updated' : 'up-to-date', diagnostics: result.diagnostics };
}

/**
 * A source that cannot be read (a server down, an input moved) is said at the header line naming
 * it, in the file being updated: with several files, the message tells which one.
 */
function inFile(d: Diagnostic, file: string, at: HeaderValue): Diagnostic {
  if ((d.code !== 'fetch-failed' && d.code !== 'read-failed') || d.location === undefined) return d;
  const source = isUrl(d.location.file) ? d.location.file : path.relative(process.cwd(), d.location.file) || d.location.file;
  return diagnostic('update-source-failed', { source, problem: d.message }, { file, line: at.line, column: at.column });
}

/** The language of a generated file: by extension, and by the header's option keys when several share it. */
function targetFor(file: string, header: GeneratedHeader): Target | undefined {
  const candidates = targetsForFile(file);
  if (candidates.length <= 1) return candidates[0];
  // Hidden options print only when set: they tell no language apart.
  const listed = (t: Target) => t.policy.options.filter((o) => !o.hidden).map((o) => o.key);
  const hidden = new Set(candidates.flatMap((t) => t.policy.options.filter((o) => o.hidden).map((o) => o.key)));
  const keys = header.keys.filter((k) => !hidden.has(k)).sort().join(',');
  return candidates.find((t) => listed(t).sort().join(',') === keys) ?? candidates[0];
}

type HeaderOptions = { ok: true; values: Record<string, OptionValue>; locations: Record<string, SourceLocation> } | { ok: false; diagnostics: Diagnostic[] };

/** The uncommented option lines, checked as every other source of options is, each problem at its line. */
function headerOptions(file: string, header: GeneratedHeader, target: Target): HeaderOptions {
  const parsed = parseOptions(
    target.policy.options,
    target.id,
    header.options.map((o) => ({ key: o.key, value: o.value, at: { file, line: o.line, column: 1 }, valueAt: { file, line: o.line, column: o.column } })),
  );
  return parsed.diagnostics.length > 0 ? { ok: false, diagnostics: parsed.diagnostics } : { ok: true, values: Object.fromEntries(parsed.values), locations: Object.fromEntries(parsed.locations) };
}
