// Making metadata text (descriptions, attribute values) safe to place inside generated code.
// Names never need this: the loader accepts only plain identifiers. Free text can contain
// anything, so every target passes it through one of these before it reaches a template.

/** Line breaks of every kind, so that no text can start a new line of code. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/** One line of text: line breaks become spaces, other control characters are dropped. */
export function singleLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(LINE_BREAKS, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/**
 * One line as ServiceStack's SafeComment writes a description in a comment: CR and LF deleted
 * (the words either side meet), any other line break a space, control characters dropped.
 */
export function joinedLine(text: string): string {
  return singleLine(text.replace(/[\r\n]/g, ''));
}

/** The lines of a multi-line text, each free of control characters; trailing blank lines dropped. */
export function textLines(text: string): string[] {
  const lines = text.split(LINE_BREAKS).map(singleLine);
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  return lines;
}

/** Text that keeps its lines (each break a `\n`), other control characters dropped: for block comments. */
export function multiLineText(text: string): string {
  return text.split(LINE_BREAKS).map(singleLine).join('\n');
}

/** Text for inside a `/* ... *\/` or `/** ... *\/` block: `*\/` can no longer end the comment. */
export function blockCommentText(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

/** Body of a double-quoted string literal in C-like syntax (TypeScript, Swift, C# attribute text). */
export function doubleQuotedBody(text: string): string {
  return singleLine(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Body of a single-quoted string literal in C-like syntax. */
export function singleQuotedBody(text: string): string {
  return singleLine(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}
