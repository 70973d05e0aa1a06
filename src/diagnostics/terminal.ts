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

/**
 * Whether text for a terminal may carry colour: as Node decides for its own output, FORCE_COLOR
 * forces it (unless `0` or `false`) and takes precedence over NO_COLOR (set and not empty:
 * https://no-color.org); otherwise only a TTY that is not `TERM=dumb` gets colour.
 */
export function colourWanted(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

export type Paint = 'red' | 'yellow' | 'green';

const SGR: Record<Paint, string> = { red: '31', yellow: '33', green: '32' };

export function painted(text: string, paint: Paint): string {
  return `\u001b[${SGR[paint]}m${text}\u001b[0m`;
}
