// JSV, ServiceStack's text format (TypeSerializer), and its indented form (JsvFormatter.Format)
// that metadata pages show.

import type { Sample } from './sample.js';

/** Characters that make JSV quote a string (JsWriter.EscapeChars). */
const NEEDS_QUOTES = /["\r\n:,{}[\]]/;

export function toJsv(sample: Sample): string {
  switch (sample.kind) {
    case 'scalar':
      return jsvString(sample.value.jsv);
    case 'list':
      return `[${sample.items.map(toJsv).join(',')}]`;
    case 'map':
      return `{${sample.entries.map(([k, v]) => `${toJsv(k)}:${toJsv(v)}`).join(',')}}`;
    case 'object':
      return `{${sample.entries.map(([k, v]) => `${jsvString(k)}:${toJsv(v)}`).join(',')}}`;
  }
}

/** CSV-style quoting: wrapped in quotes, inner quotes doubled; the empty string is `""`. */
function jsvString(text: string): string {
  if (text === '') return '""';
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * JsvFormatter.Format: a bracket opens a new line one tab deeper; a bracket right after `key:` first
 * moves to its own line (an empty `key:{}` or `key:[]` stays inline); a comma starts a new line; a
 * closing bracket goes on its own line one tab shallower; the first colon of each entry gets a
 * space. Quoted text is copied as it is.
 */
export function formatJsv(jsv: string): string {
  let out = '';
  let depth = 0;
  let inQuotes = false;
  let firstColon = true;
  const newline = () => `\n${'\t'.repeat(depth)}`;
  for (let i = 0; i < jsv.length; i++) {
    const c = jsv.charAt(i);
    if (c === '"') inQuotes = !inQuotes;
    if (inQuotes || c === '"') {
      out += c;
      continue;
    }
    switch (c) {
      case '{':
      case '[': {
        const afterKey = jsv.charAt(i - 1) === ':';
        const close = c === '{' ? '}' : ']';
        if (afterKey && jsv.charAt(i + 1) === close) {
          // An empty value of a key stays on the key's line.
          out += c + close;
          i++;
          break;
        }
        if (afterKey) out += newline();
        depth++;
        out += c + newline();
        firstColon = true;
        break;
      }
      case '}':
      case ']':
        depth--;
        out += newline() + c;
        break;
      case ',':
        out += c + newline();
        firstColon = true;
        break;
      case ':':
        out += firstColon ? ': ' : ':';
        firstColon = false;
        break;
      default:
        out += c;
    }
  }
  return out;
}
