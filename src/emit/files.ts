import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

/** One generated file: a path relative to the output location, and its whole content. */
export interface GeneratedFile {
  path: string;
  content: string;
}

let sequence = 0;

/**
 * Writes `content` to `path` through a temporary file in the same folder and a rename, so that a
 * reader (or an interrupted run) sees either the old file or the new one, never half of one.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${sequence++}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
