// Text that reaches a terminal: control characters shown as escapes (`\u001b`), so that text from
// metadata cannot move the cursor, clear the screen, set the title or overwrite a line (ESC, BEL,
// CR, C1 controls). Diagnostics escape line breaks too (a diagnostic is one line); pages and
// reports keep them.

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_AND_LINE_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function terminalText(text: string, { oneLine = false }: { oneLine?: boolean } = {}): string {
  return text.replace(oneLine ? CONTROLS_AND_LINE_BREAKS : CONTROLS, escape);
}
