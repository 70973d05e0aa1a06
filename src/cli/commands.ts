// The commands and languages as the command line lists them, for the usage texts of both parsers.

import { TARGETS } from '../targets/index.js';

export const COMMANDS = ['generate', 'page', 'docs', 'update', 'diff'];

/** `python (py), swift, …`. */
export const LANGUAGES = TARGETS.map((t) => (t.aliases && t.aliases.length > 0 ? `${t.id} (${t.aliases.join(', ')})` : t.id)).join(', ');

/** An unexpected failure is a bug: say so in one line, without a stack trace. */
export function internalError(error: unknown): string {
  return `dtogen: internal error: ${error instanceof Error ? error.message : String(error)}\n`;
}
