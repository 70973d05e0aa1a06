// Locates and explains a JSON syntax error in our own words. JSON.parse does the parsing; this scanner
// runs only after it fails, because V8's messages differ between Node versions and often carry no
// position.

export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * How deeply arrays and objects may nest. Metadata nests about 8 deep; the limit keeps this
 * scanner's recursion (and every reader of the document) far from the stack's end.
 */
export const MAX_JSON_DEPTH = 512;

/** The offset of the first bracket nested deeper than MAX_JSON_DEPTH: one pass, no recursion. */
export function findTooDeep(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string, escapes included: to the next quote that no odd run of backslashes escapes
      // (indexOf rather than a loop over every character: most of a document's text is strings).
      for (;;) {
        const end = text.indexOf('"', i + 1);
        if (end < 0) return undefined;
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
        i = end;
        if (backslashes % 2 === 0) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}
const LITERALS = ['true', 'false', 'null'];

class Failure {
  constructor(readonly offset: number, readonly reason: string) {}
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;

  const fail = (reason: string, at = i): never => {
    throw new Failure(at, reason);
  };
  const describe = (at: number): string => (at >= text.length ? 'end of input' : `'${printable(text[at] as string)}'`);
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) i++;
  };
  const expect = (char: string, what: string) => {
    skipSpace();
    if (text[i] !== char) fail(`expected ${what}, found ${describe(i)}`);
    i++;
  };

  const string = () => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) fail('control character in string (escape it)');
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in string');
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) fail('bad escape in string');
        i += 2;
        continue;
      }
      i++;
    }
    i++; // closing quote
  };

  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '-') fail(`unexpected ${describe(i)}`);
    i += (match as RegExpExecArray)[0].length;
  };

  const value = (depth: number) => {
    if (depth > MAX_JSON_DEPTH) fail('nested too deeply');
    skipSpace();
    const c = text[i];
    if (c === '{') return object(depth);
    if (c === '[') return array(depth);
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const literal of LITERALS) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    fail(i >= text.length ? 'unexpected end of input' : `unexpected ${describe(i)}`);
  };

  const object = (depth: number) => {
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
      string();
      expect(':', "':' after the property name");
      value(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected ',' or '}', found ${describe(i)}`);
    }
  };

  const array = (depth: number) => {
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected ',' or ']', found ${describe(i)}`);
    }
  };

  try {
    value(0);
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe(i)} after the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Failure) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}

function printable(char: string): string {
  return JSON.stringify(char).slice(1, -1).replace(/'/g, "\\'");
}
