// Finds and reads the config file: `--config <file>`, else the nearest `dtogen.config.json` or
// `dtogen.config.jsonc` from the current folder up to the repository's root. A config is JSON
// with comments and trailing commas (JSONC), as editors write it.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ParseError } from 'jsonc-parser';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseJson, type JsonParseResult } from '../loaders/metadata-json/parse-json.js';
import { readTextFile } from '../loaders/read-file.js';
import { CONFIG_FILE_NAME, type DtogenConfig } from './config.js';
import { validateConfig } from './validate-config.js';

export type ConfigResult = { config: DtogenConfig; diagnostics: Diagnostic[] } | { config?: undefined; diagnostics: Diagnostic[] };

const CONFIG_NAMES = [CONFIG_FILE_NAME, `${CONFIG_FILE_NAME}c`];

/**
 * The config file to use: the one given, else the nearest config from `cwd` up, not past the
 * repository's root (the folder with `.git`); else the default name in `cwd` (which does not exist).
 */
export function configPath(given: string | undefined, cwd: string): string {
  if (given !== undefined) return given;
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const found = CONFIG_NAMES.map((name) => path.join(dir, name)).find((file) => existsSync(file));
    if (found) return found;
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return path.join(cwd, CONFIG_FILE_NAME);
  }
}

export async function loadConfig(file: string, cwd: string = process.cwd()): Promise<ConfigResult> {
  const shown = path.relative(cwd, file) || file;
  const read = await readTextFile(file, shown, 'read-config-failed');
  if (!read.ok) return { diagnostics: [read.diagnostic] };
  const parsed = await parseConfigText(read.text, shown);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const { outputs, allowOutputsOutside, diagnostics } = validateConfig(parsed.value, shown);
  if (diagnostics.length > 0) return { diagnostics };
  const absolute = path.resolve(cwd, file);
  const dir = path.dirname(absolute);
  return { config: { file: shown, dir, path: absolute, root: repositoryRoot(dir) ?? dir, allowOutputsOutside, outputs }, diagnostics };
}

/**
 * Strict JSON first (its located messages); text that is not is read as JSONC, whose parser is
 * loaded only then. A syntax error in a file with comments is located by the JSONC parser.
 */
async function parseConfigText(text: string, file: string): Promise<JsonParseResult> {
  const strict = parseJson(text, file);
  if (strict.ok || strict.diagnostic.message.includes('nested more than')) return strict;
  const jsonc = await import('jsonc-parser');
  const errors: ParseError[] = [];
  const value: unknown = jsonc.parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length === 0) return { ok: true, value };
  if (!hasComments(jsonc, text)) return strict;
  const first = errors[0] as ParseError;
  const reason = jsonc.printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const before = text.slice(0, first.offset).split('\n');
  return { ok: false, diagnostic: diagnostic('invalid-json', { reason }, { file, line: before.length, column: (before[before.length - 1] as string).length + 1 }) };
}

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read: its values.
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const EOF = 17;

function hasComments(jsonc: typeof import('jsonc-parser'), text: string): boolean {
  const scanner = jsonc.createScanner(text, false);
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === LINE_COMMENT || token === BLOCK_COMMENT) return true;
  }
  return false;
}

/** The nearest folder from `dir` up that holds a `.git` (a folder, or a file in a worktree). */
function repositoryRoot(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}
