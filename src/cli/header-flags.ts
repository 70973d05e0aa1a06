// `--header 'Name: value'` / `-H` (repeatable): headers for every URL input of the command.

import { parseHeaderLine } from '../loaders/http/header-fields.js';

/** The headers of the flags (given once: a string; again: an array); a string is the usage problem. */
export function headersFromFlags(given: unknown): Record<string, string> | string {
  const lines = given === undefined ? [] : Array.isArray(given) ? given : [given];
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const parsed = typeof line === 'string' ? parseHeaderLine(line) : "expected 'Name: value'";
    if (typeof parsed === 'string') return `--header: ${parsed}`;
    headers[parsed.name] = parsed.value;
  }
  return headers;
}
