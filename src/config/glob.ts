// Config inputs may be globs: `metadata/*.json`, `services/**/app.json`, `{a,b}.json`. Node 20
// has no fs.glob, and this small subset needs no package: `*` and `?` within a path segment, `**`
// across segments, `{a,b}` alternatives. Matches come back sorted, so output order never depends
// on the file system.

import path from 'node:path';
import { walkFiles } from './walk-files.js';

export function isGlob(pattern: string): boolean {
  return /[*?{]/.test(pattern);
}

export interface GlobBase {
  /** The folder the pattern's fixed leading segments name. */
  dir: string;
  /** Whether matches can lie in subfolders of `dir`. */
  deep: boolean;
}

/** Where a pattern's matches live: what watch mode watches for new and removed files. */
export function globBase(pattern: string, cwd: string): GlobBase {
  const segments = toSlashes(pattern).split('/');
  const fixed: string[] = [];
  while (segments.length > 1 && !isGlob(segments[0] as string)) fixed.push(segments.shift() as string);
  return { dir: path.resolve(cwd, fixed.join('/') || '.'), deep: segments.length > 1 || segments.some((s) => s.includes('**')) };
}

/** Absolute paths of the files matching `pattern` (relative to `cwd`), sorted. */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const base = globBase(pattern, cwd);
  const matcher = globRegExp(toSlashes(path.resolve(cwd, pattern)));
  const found: string[] = [];
  await walkFiles(base.dir, base.deep, (file) => {
    if (matcher.test(toSlashes(file))) found.push(file);
  });
  return found.sort();
}

export function globRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` matches zero or more whole folders; a trailing `**` anything below.
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) source += '\\{';
      else {
        source += `(?:${pattern.slice(i + 1, end).split(',').map(escapeRegExp).join('|')})`;
        i = end;
      }
    } else source += escapeRegExp(c);
  }
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}
