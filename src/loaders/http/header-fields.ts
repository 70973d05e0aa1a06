// Request headers the user adds to URL inputs (`--header 'Authorization: Bearer …'`, a config's
// `headers`): checked once here, wherever they come from. Their values are secrets: no message
// ever repeats one, and no generated file records them.

/** RFC 9110's token: the characters a header name may have. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** What is wrong with a header (never quoting its value); undefined when it can be sent. */
export function headerProblem(name: string, value: string): string | undefined {
  if (!TOKEN.test(name)) return `${JSON.stringify(name)} is not a header name`;
  // A line break would start a header (or a request) of its own.
  if (/[\r\n\0]/.test(value)) return `the value of ${name} has a line break or a NUL`;
  // What node:http refuses to send: other control characters, and characters beyond Latin-1.
  if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) return `the value of ${name} has a character a header cannot carry`;
  return undefined;
}

/** `Name: value` → the header; a string is the problem. */
export function parseHeaderLine(line: string): { name: string; value: string } | string {
  const colon = line.indexOf(':');
  if (colon <= 0) return `expected 'Name: value', found no name before a colon`;
  const name = line.slice(0, colon).trim();
  const value = line.slice(colon + 1).trim();
  return headerProblem(name, value) ?? { name, value };
}
