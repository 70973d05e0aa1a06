// Where each language's file goes when one input is generated in several languages: `-o` a folder
// (each language's default file name in it: dtos.py, dtos.swift, dtos.ts, …) or a file name pattern
// with `{lang}` (the language's id) and `{ext}` (its extension without the dot: py, d.ts, …).

import { statSync } from 'node:fs';
import path from 'node:path';
import type { Target } from '../targets/target.js';
import { extensionOf } from './file-language.js';

export const LANG = '{lang}';
export const EXT = '{ext}';

/** `-o` names one file per language: a pattern, or a folder (ending in a slash, or one that exists). */
export function namesFilePerLanguage(out: string): boolean {
  return isPattern(out) || isFolder(out);
}

export function isPattern(out: string): boolean {
  return out.includes(LANG) || out.includes(EXT);
}

function isFolder(out: string): boolean {
  if (out.endsWith('/') || out.endsWith(path.sep)) return true;
  try {
    return statSync(out).isDirectory();
  } catch {
    return false;
  }
}

/** The file `target` writes for `-o out`: the pattern filled in, a folder's default file, or `out` itself. */
export function outputFile(out: string, target: Target): string {
  if (isPattern(out)) return out.split(LANG).join(target.id).split(EXT).join(extensionOf(target).slice(1));
  return isFolder(out) ? path.join(out, target.defaultFileName) : out;
}
