// Finds generated files: files named like a known language's output whose first line opens an
// `Options:` header. `dtogen update` looks under the current folder; `--check` looks beside the
// outputs for orphans.

import { open } from 'node:fs/promises';
import { generatedExtensions } from './file-language.js';
import { hasGeneratedHeader } from './generated-header.js';
import { walkFiles } from '../config/walk-files.js';

/** The generated files in `dir` (and its subfolders when `deep`), sorted. */
export async function findGeneratedFiles(dir: string, deep: boolean): Promise<string[]> {
  const extensions = generatedExtensions();
  const found: string[] = [];
  await walkFiles(dir, deep, async (file) => {
    if (!extensions.some((e) => file.endsWith(e))) return;
    const head = await readHead(file);
    if (head !== undefined && hasGeneratedHeader(head)) found.push(file);
  });
  return found.sort();
}

/** The first bytes of a file: enough for its header's first line. */
async function readHead(file: string): Promise<string | undefined> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(64);
      const { bytesRead } = await handle.read(buffer, 0, 64, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}
