// Where each language's file goes when one input is generated in several languages: `-o` a folder
// (each language's default file name in it: dtos.py, dtos.swift, dtos.ts, …) or a file name pattern
// with `{lang}` (the language's id) and `{ext}` (its extension without the dot: py, d.ts, …).

import { statSync } from 'node:fs';
import path from 'node:path';
import type { Target } from '../targets/target.js';
import { extensionOf } from './file-language.js';

export const LANG = '{lang}';
export const EXT = '{ext}';

/**
 * The file each language writes for `-o out` when `out` names one file per language (a pattern, or
 * a folder: ending in a slash, or one that exists); undefined when `out` is one file.
 */
export function filePerLanguage(out: string): ((target: Target) => string) | undefined {
  if (out.includes(LANG) || out.includes(EXT)) return (target) => out.split(LANG).join(target.id).split(EXT).join(extensionOf(target).slice(1));
  if (isFolder(out)) return (target) => path.join(out, target.defaultFileName);
  return undefined;
}

function isFolder(out: string): boolean {
  if (out.endsWith('/') || out.endsWith(path.sep)) return true;
  try {
    return statSync(out).isDirectory();
  } catch {
    return false;
  }
}
