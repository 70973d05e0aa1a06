import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { findJsonSyntaxError, findTooDeep, MAX_JSON_DEPTH } from './json-syntax-error.js';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

/**
 * JSON.parse with a located error: `file:line:col: not valid JSON: …`. A leading byte-order mark
 * is accepted, as ServiceStack and editors on Windows write one.
 */
export function parseJson(text: string, file: string): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tooDeep = findTooDeep(body);
  if (tooDeep !== undefined) {
    const { line, column } = lineAndColumn(body, tooDeep);
    return { ok: false, diagnostic: diagnostic('invalid-json', { reason: `nested more than ${MAX_JSON_DEPTH} deep` }, { file, line, column }) };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const found = findJsonSyntaxError(body) ?? { offset: 0, reason: error instanceof Error ? error.message : String(error) };
    const { line, column } = lineAndColumn(body, found.offset);
    return { ok: false, diagnostic: diagnostic('invalid-json', { reason: found.reason }, { file, line, column }) };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
