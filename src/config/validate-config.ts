// Checks a parsed config document and reports every problem at its JSON pointer, so that one run
// lists them all: `dtogen.config.json /outputs/1/lang: unknown language 'rust' (known: python)`.

import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { describe, escapePointer } from '../loaders/metadata-json/reader.js';
import { findTarget, TARGETS } from '../targets/index.js';
import { entriesOf, parseOptions, type OptionValue } from '../plan/options.js';
import type { SourceLocation } from '../model/types.js';
import type { Target } from '../targets/target.js';
import { OUTPUT_FIELDS, ROOT_FIELDS, type ConfiguredOutput } from './config.js';
import { headerProblem } from '../loaders/http/header-fields.js';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export function validateConfig(document: unknown, file: string): { outputs: ConfiguredOutput[]; allowOutputsOutside: boolean; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = (pointer: string) => ({ file, pointer });
  const shape = (expected: string, value: unknown, pointer: string) =>
    diagnostics.push(diagnostic('invalid-shape', { expected, found: describe(value) }, at(pointer)));
  const unknownFields = (obj: JsonObject, pointer: string, known: readonly string[]) => {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) diagnostics.push(diagnostic('unknown-field', { name: key, known: [...known] }, at(`${pointer}/${escapePointer(key)}`)));
    }
  };
  const requiredString = (obj: JsonObject, pointer: string, key: string): string | undefined => {
    const value = obj[key];
    if (value === undefined) diagnostics.push(diagnostic('missing-field', { name: key }, at(pointer)));
    else if (typeof value !== 'string' || value === '') shape('a non-empty string', value, `${pointer}/${key}`);
    else return value;
    return undefined;
  };

  if (!isObject(document)) {
    shape('an object with an "outputs" array', document, '');
    return { outputs: [], allowOutputsOutside: false, diagnostics };
  }
  unknownFields(document, '', ROOT_FIELDS);
  const list = document.outputs;
  if (list === undefined) diagnostics.push(diagnostic('missing-field', { name: 'outputs' }, at('')));
  else if (!Array.isArray(list) || list.length === 0) shape('a non-empty array', list, '/outputs');

  const outputs: ConfiguredOutput[] = [];
  (Array.isArray(list) ? list : []).forEach((entry: unknown, i) => {
    const pointer = `/outputs/${i}`;
    if (!isObject(entry)) {
      shape('an object', entry, pointer);
      return;
    }
    unknownFields(entry, pointer, OUTPUT_FIELDS);
    const input = requiredString(entry, pointer, 'input');
    const out = requiredString(entry, pointer, 'out');
    const lang = requiredString(entry, pointer, 'lang');
    const target = lang === undefined ? undefined : findTarget(lang);
    if (lang !== undefined && !target) {
      diagnostics.push(diagnostic('unknown-language', { name: lang, known: TARGETS.map((t) => t.id) }, at(`${pointer}/lang`)));
    }
    const options = target ? checkOptions(entry.options, `${pointer}/options`, target, file, diagnostics) : { values: {}, locations: {} };
    const op = entry.op === undefined ? undefined : requiredString(entry, pointer, 'op');
    if (entry.prettier !== undefined && typeof entry.prettier !== 'boolean') shape('true or false', entry.prettier, `${pointer}/prettier`);
    const headers = entry.headers === undefined ? undefined : checkHeaders(entry.headers, `${pointer}/headers`, file, diagnostics);
    if (input !== undefined && out !== undefined && target) {
      outputs.push({
        input,
        lang: target.id,
        out,
        options: options.values,
        ...(Object.keys(options.locations).length > 0 ? { optionLocations: options.locations } : {}),
        ...(op !== undefined ? { op } : {}),
        ...(entry.prettier === true ? { prettier: true } : {}),
        ...(headers && Object.keys(headers).length > 0 ? { headers } : {}),
        source: at(pointer),
      });
    }
  });
  const allow = document.allowOutputsOutside;
  if (allow !== undefined && typeof allow !== 'boolean') shape('true or false', allow, '/allowOutputsOutside');
  return { outputs: diagnostics.length > 0 ? [] : outputs, allowOutputsOutside: allow === true, diagnostics };
}

type CheckedOptions = { values: Record<string, OptionValue>; locations: Record<string, SourceLocation> };

function checkOptions(raw: unknown, pointer: string, target: Target, file: string, diagnostics: Diagnostic[]): CheckedOptions {
  const none = { values: {}, locations: {} };
  if (raw === undefined) return none;
  if (!isObject(raw)) {
    diagnostics.push(diagnostic('invalid-shape', { expected: 'an object of generator options', found: describe(raw) }, { file, pointer }));
    return none;
  }
  const parsed = parseOptions(target.policy.options, target.id, entriesOf(raw, (key) => ({ file, pointer: `${pointer}/${escapePointer(key)}` })));
  diagnostics.push(...parsed.diagnostics);
  return { values: Object.fromEntries(parsed.values), locations: Object.fromEntries(parsed.locations) };
}

/**
 * An output's `headers`: names to text, each `${NAME}` replaced by that environment variable, so
 * that a committed config holds no secret. A problem names the header, never its value.
 */
function checkHeaders(raw: unknown, pointer: string, file: string, diagnostics: Diagnostic[]): Record<string, string> | undefined {
  if (!isObject(raw)) {
    diagnostics.push(diagnostic('invalid-shape', { expected: 'an object of HTTP headers (name: value)', found: describe(raw) }, { file, pointer }));
    return undefined;
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    const at = { file, pointer: `${pointer}/${escapePointer(name)}` };
    if (typeof value !== 'string') {
      diagnostics.push(diagnostic('invalid-shape', { expected: 'a string', found: describe(value) }, at));
      continue;
    }
    const unset = [...value.matchAll(VARIABLE)].map((m) => m[1] as string).find((v) => process.env[v] === undefined);
    if (unset !== undefined) {
      diagnostics.push(diagnostic('unset-variable', { name: unset }, at));
      continue;
    }
    const expanded = value.replace(VARIABLE, (_all, variable: string) => process.env[variable] as string);
    const problem = headerProblem(name, expanded);
    if (problem !== undefined) diagnostics.push(diagnostic('bad-header', { problem }, at));
    else headers[name] = expanded;
  }
  return headers;
}

const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
