// Finds and reads the config file: `--config <file>`, else `dtogen.config.json` in the current
// folder.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseJson } from '../loaders/metadata-json/parse-json.js';
import { readTextFile } from '../loaders/read-file.js';
import { CONFIG_FILE_NAME, type DtogenConfig } from './config.js';
import { validateConfig } from './validate-config.js';

export type ConfigResult = { config: DtogenConfig; diagnostics: Diagnostic[] } | { config?: undefined; diagnostics: Diagnostic[] };

/** The config file to use: the one given, else the default name in `cwd` (which may not exist). */
export function configPath(given: string | undefined, cwd: string): string {
  return given ?? path.join(cwd, CONFIG_FILE_NAME);
}

export async function loadConfig(file: string, cwd: string = process.cwd()): Promise<ConfigResult> {
  const shown = path.relative(cwd, file) || file;
  const read = await readTextFile(file, shown, 'read-config-failed');
  if (!read.ok) return { diagnostics: [read.diagnostic] };
  const parsed = parseJson(read.text, shown);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const { outputs, allowOutputsOutside, diagnostics } = validateConfig(parsed.value, shown);
  if (diagnostics.length > 0) return { diagnostics };
  const absolute = path.resolve(cwd, file);
  const dir = path.dirname(absolute);
  return { config: { file: shown, dir, path: absolute, root: repositoryRoot(dir) ?? dir, allowOutputsOutside, outputs }, diagnostics };
}

/** The nearest folder from `dir` up that holds a `.git` (a folder, or a file in a worktree). */
function repositoryRoot(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}
