// Config inputs may be globs (`metadata/*.json`, `services/**/app.json`, `{a,b/*}.json`), expanded
// by tinyglobby (picomatch's syntax: nested braces, ranges, `!(…)`): `*` and `**` pass over
// dot-files and dot-folders unless the pattern names them (`.meta/*.json`), and node_modules is not
// searched unless named. Matches come back sorted, so output order never depends on the file system.

import path from 'node:path';
import { glob, globSync, isDynamicPattern, type GlobOptions } from 'tinyglobby';

export function isGlob(pattern: string): boolean {
  return isDynamicPattern(pattern);
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
  while (segments.length > 1 && !isDynamicPattern(segments[0] as string)) fixed.push(segments.shift() as string);
  return { dir: path.resolve(cwd, fixed.join('/') || '.'), deep: segments.length > 1 || segments.some((s) => s.includes('**')) };
}

/** Absolute paths of the files matching `pattern` (relative to `cwd`), sorted. */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  return visible(pattern, cwd, await glob(pattern, settings(pattern, cwd)));
}

/**
 * Whether a file (absolute) is one of the pattern's matches, now or at the last expansion
 * (`matched`): a file event on it changes the jobs. The pattern is expanded afresh, so the
 * answer is tinyglobby's own; watch asks only for events in the pattern's base folder.
 */
export function globMatcher(pattern: string, cwd: string, matched: readonly string[]): (file: string) => boolean {
  const before = new Set(matched);
  return (file) => before.has(file) || visible(pattern, cwd, globSync(pattern, settings(pattern, cwd))).includes(file);
}

function settings(pattern: string, cwd: string): GlobOptions {
  return {
    cwd,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
    ...(pattern.includes('node_modules') ? {} : { ignore: ['**/node_modules/**'] }),
  };
}

/**
 * The matches, sorted, without dot-files and dot-folders unless the pattern names some: picomatch
 * lets a `*` inside braces (`{*.json,x}`) match `.hidden.json`, which `*` alone never does.
 */
function visible(pattern: string, cwd: string, files: string[]): string[] {
  const namesDots = /(^|[/{,])\./.test(toSlashes(pattern));
  const hidden = (file: string) => path.relative(cwd, file).split(path.sep).some((s) => s.startsWith('.') && s !== '..');
  return files.map((f) => path.resolve(f)).filter((f) => namesDots || !hidden(f)).sort();
}

function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}
