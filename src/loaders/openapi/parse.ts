// An OpenAPI file's text → a JSON value: JSON, or YAML (the `yaml` package, imported only when a
// YAML file is read). Errors are located at the file's line and column.

import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { parseJson } from '../metadata-json/parse-json.js';
import { isYamlPath } from './detect.js';

export type ParseResult = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

/** YAML aliases may repeat a node at most this often: a "billion laughs" document stays small. */
const MAX_ALIAS_COUNT = 10_000;

/** `yaml`: whether the text is YAML (by default, when the file's name says so). */
export async function parseDocument(text: string, file: string, yaml = isYamlPath(file)): Promise<ParseResult> {
  if (!yaml) return parseJson(text, file);
  const { parseDocument: parseYaml } = await import('yaml');
  const doc = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, diagnostic: diagnostic('invalid-yaml', { reason }, { file, line: at?.line ?? 1, column: at?.col ?? 1 }) };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (e) {
    return { ok: false, diagnostic: diagnostic('invalid-yaml', { reason: e instanceof Error ? e.message : String(e) }, { file, line: 1, column: 1 }) };
  }
}
