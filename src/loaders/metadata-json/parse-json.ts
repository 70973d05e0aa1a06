import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

/**
 * JSON.parse with a located error: `file:line:col: not valid JSON: …`. A leading byte-order mark
 * is accepted, as ServiceStack and editors on Windows write one.
 */
export function parseJson(text: string, file: string): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const offset = errorOffset(raw, body);
    const { line, column } = lineAndColumn(body, offset);
    const reason = raw.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/^JSON\.parse: /, '') || 'syntax error';
    return { ok: false, diagnostic: diagnostic('invalid-json', { reason }, { file, line, column }) };
  }
}

/** V8 reports `… at position N`; "Unexpected end of JSON input" has none and means the end. */
function errorOffset(message: string, text: string): number {
  const match = /at position (\d+)/.exec(message);
  return match ? Number(match[1]) : text.length;
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
