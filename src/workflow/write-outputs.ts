// Writes generated files, each atomically, and only those whose content changed: an unchanged
// file keeps its bytes and its modification time, so editors, dev servers and watchers
// downstream are not woken for nothing. A change of the header's Date alone is no change.

import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../emit/files.js';
import { keepDate } from './generated-header.js';

export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether `generated` differs from what `file` holds, the Date line apart. */
export function isCurrent(existing: string | undefined, generated: string): boolean {
  return existing !== undefined && keepDate(generated, existing) === existing;
}

/** Writes `content` to `file` unless it is current; true when it wrote. */
export async function writeIfChanged(file: string, content: string): Promise<boolean> {
  if (isCurrent(await readIfExists(file), content)) return false;
  await writeFileAtomic(file, content);
  return true;
}
