// Finds and reads the config file: `--config <file>`, else `dtogen.config.json` in the current
// folder.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseJson } from '../loaders/metadata-json/parse-json.js';
import { CONFIG_FILE_NAME, type DtogenConfig } from './config.js';
import { validateConfig } from './validate-config.js';

export type ConfigResult = { config: DtogenConfig; diagnostics: Diagnostic[] } | { config?: undefined; diagnostics: Diagnostic[] };

/** The config file to use: the one given, else the default name in `cwd` (which may not exist). */
export function configPath(given: string | undefined, cwd: string): string {
  return given ?? path.join(cwd, CONFIG_FILE_NAME);
}

export async function loadConfig(file: string, cwd: string = process.cwd()): Promise<ConfigResult> {
  const shown = path.relative(cwd, file) || file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return { diagnostics: [diagnostic('read-config-failed', { reason }, { file: shown })] };
  }
  const parsed = parseJson(text, shown);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const { outputs, diagnostics } = validateConfig(parsed.value, shown);
  if (diagnostics.length > 0) return { diagnostics };
  return { config: { file: shown, dir: path.dirname(path.resolve(cwd, file)), outputs }, diagnostics };
}
