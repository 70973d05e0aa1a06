// Where tests find the project, its fixtures, and the shared seeds and corpus beside the checkout.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = path.join(ROOT, 'fixtures');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SEEDS = path.join(SHARED, 'seeds');
export const CORPUS = path.join(SHARED, 'corpus');
export const BIN = path.join(ROOT, 'dist', 'cli', 'bin.js');

export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

/** Says loudly, once per folder, that tests needing it are skipped. */
export function requireFolder(folder: string, what: string): boolean {
  if (existsSync(folder)) return true;
  console.warn(`\n*** SKIPPED: ${what}: ${folder} is absent ***\n`);
  return false;
}

export const HAS_SEEDS = requireFolder(SEEDS, 'seed snapshot tests');
export const HAS_CORPUS = requireFolder(CORPUS, 'corpus tests');
