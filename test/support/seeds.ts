// Reads the documented output out of the seed pages: the expected text of the snapshot tests.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SEEDS } from './paths.js';

/** The seed page whose file name starts with `id` (`000`, `001`, ...). */
export function seedPage(id: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(`${id}_`));
  if (!name) throw new Error(`no seed ${id} in ${SEEDS}`);
  return readFileSync(path.join(SEEDS, name), 'utf8');
}

/**
 * The DTO source a page shows: from the line that starts it (`firstLine`) up to the blank line
 * the page puts before its `<Language> <Operation> DTOs` caption.
 */
export function seedCode(id: string, firstLine: string, caption: string): string {
  const lines = seedPage(id).split('\n');
  const start = lines.indexOf(firstLine);
  const end = lines.indexOf(caption);
  if (start < 0 || end < start) throw new Error(`seed ${id}: no code block from '${firstLine}' to '${caption}'`);
  if (lines[end - 1] !== '') throw new Error(`seed ${id}: expected a blank line before '${caption}'`);
  return `${lines.slice(start, end - 1).join('\n')}\n`;
}
