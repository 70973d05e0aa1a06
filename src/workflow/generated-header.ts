// Reads the `Options:` header at the top of a generated file the way ServiceStack's update tools
// (`x`, `get-dtos`) do: the block from the `Options:` line to the line that closes the comment;
// `BaseUrl:`; and, after it, every line not commented out (`//`, `#`, `'`) is an option the user
// set. dtogen also records a local input on an `Input:` line, and a formatter on a `Formatter:`
// line, before BaseUrl, where those tools never look.

export interface HeaderValue {
  value: string;
  /** 1-based line of the header line, and column of the value on it. */
  line: number;
  column: number;
}

export interface HeaderOption extends HeaderValue {
  key: string;
}

export interface GeneratedHeader {
  baseUrl?: HeaderValue;
  input?: HeaderValue;
  /** `Formatter: prettier`: the file was formatted after generation. */
  formatter?: HeaderValue;
  /** The user's options: the uncommented `Key: value` lines after BaseUrl. */
  options: HeaderOption[];
  /** Every option key after BaseUrl, commented or not: tells languages with one extension apart. */
  keys: string[];
  /** 1-based line of the `Date:` line, if any. */
  dateLine?: number;
}

/** `""" Options:`, `/* Options:`, `(* Options:`, `' Options:`: the opening line of every language's header. */
const OPENING = /^\S{1,3} Options:\s*$/;
const CLOSING = /^\s*(\*\/|\*\)|""")\s*$/;
const COMMENTED = /^\s*(\/\/|#|')/;
const KEY_VALUE = /^([A-Za-z][A-Za-z0-9_.-]*):( ?)(.*)$/;

/** True when `text` starts like a generated file: its first line opens an `Options:` header. */
export function hasGeneratedHeader(text: string): boolean {
  return OPENING.test(firstLine(text));
}

/** The header of a generated file, or undefined when the file does not start with one. */
export function readGeneratedHeader(text: string): GeneratedHeader | undefined {
  const lines = stripBom(text).split('\n', 400);
  if (!OPENING.test((lines[0] ?? '').replace(/\r$/, ''))) return undefined;
  const header: GeneratedHeader = { options: [], keys: [] };
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (CLOSING.test(line)) return header;
    const match = KEY_VALUE.exec(line);
    if (!header.baseUrl) {
      if (!match) continue;
      const at = { value: (match[3] as string).trim(), line: i + 1, column: (match[1] as string).length + (match[2] as string).length + 2 };
      if (match[1] === 'BaseUrl') header.baseUrl = at;
      else if (match[1] === 'Input') header.input = at;
      else if (match[1] === 'Formatter') header.formatter = at;
      else if (match[1] === 'Date') header.dateLine = i + 1;
      continue;
    }
    const commented = COMMENTED.exec(line);
    if (commented) {
      const key = KEY_VALUE.exec(line.slice(commented[0].length));
      if (key) header.keys.push(key[1] as string);
      continue;
    }
    if (line.trim() === '' || !match) continue;
    header.keys.push(match[1] as string);
    header.options.push({
      key: match[1] as string,
      value: (match[3] as string).trim(),
      line: i + 1,
      column: (match[1] as string).length + (match[2] as string).length + 2,
    });
  }
  // No closing line within reach: not a header after all.
  return undefined;
}

/**
 * `after` with the `Date:` header line of `before`, when both have one. A file that differs from
 * its regenerated version only in the date is up to date: the date says when it last changed.
 */
export function keepDate(after: string, before: string): string {
  const oldDate = headerDate(before);
  const newDate = headerDate(after);
  if (!oldDate || !newDate) return after;
  return after.slice(0, newDate.start) + oldDate.text + after.slice(newDate.end);
}

function headerDate(text: string): { start: number; end: number; text: string } | undefined {
  if (!hasGeneratedHeader(text)) return undefined;
  // The Date line is among the first few lines of every header.
  const match = /\nDate: [^\n]*/.exec(text.slice(0, 300));
  if (!match) return undefined;
  return { start: match.index, end: match.index + match[0].length, text: match[0] };
}

function firstLine(text: string): string {
  const body = stripBom(text);
  const end = body.indexOf('\n');
  return (end < 0 ? body : body.slice(0, end)).replace(/\r$/, '');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
