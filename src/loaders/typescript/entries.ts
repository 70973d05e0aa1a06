// The files a TypeScript input names: the file itself, or, for a glob (`src/dtos/*.ts`), every
// file it matches, sorted, so that the model never depends on the file system's order. The
// files and what they import make one model.

import { existsSync } from 'node:fs';
import { glob, isDynamicPattern } from 'tinyglobby';

export async function entryFiles(input: string): Promise<string[]> {
  // A file whose name only looks like a pattern is that file.
  if (!isDynamicPattern(input) || existsSync(input)) return [input];
  const absolute = input.startsWith('/');
  const found = await glob(input, { onlyFiles: true, expandDirectories: false, absolute });
  return found.filter((f) => /\.(c|m)?ts$/i.test(f)).sort();
}
