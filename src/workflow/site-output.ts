// Writes a docs site into its folder and keeps the folder clean across runs: the site's manifest
// (MANIFEST, written with the pages) records every file of the run, and the next run removes the
// files that the previous manifest lists and the new site no longer has. Files dtogen did not
// write are never touched: only regular files named in a manifest, inside the folder, are removed.

import { lstat, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFilesAtomic, type GeneratedFile } from '../emit/files.js';

/** The manifest's file name in the output folder. */
export const MANIFEST = '.dtogen-docs.json';

interface Manifest {
  generator: 'dtogen docs';
  files: string[];
}

export interface SiteWrite {
  /** Files of the old manifest that the new site does not have, removed (relative paths). */
  removed: string[];
}

/**
 * Writes `files` (all or none) and the manifest under `dir`, then removes the previous run's
 * leftovers. The files are written as they come: only their paths are kept.
 */
export async function writeSite(dir: string, files: Iterable<GeneratedFile> | AsyncIterable<GeneratedFile>): Promise<SiteWrite> {
  const previous = await readManifest(dir);
  const paths: string[] = [];
  async function* withManifest(): AsyncGenerator<GeneratedFile> {
    for await (const file of files) {
      paths.push(normalise(file.path));
      yield file;
    }
    const manifest: Manifest = { generator: 'dtogen docs', files: [...paths].sort() };
    yield { path: MANIFEST, content: `${JSON.stringify(manifest, null, 2)}\n` };
  }
  await writeFilesAtomic(dir, withManifest());
  const current = new Set(paths);
  const removed: string[] = [];
  for (const file of previous) {
    if (current.has(file)) continue;
    const target = path.join(dir, file);
    const found = await lstat(target).catch(() => undefined);
    if (!found?.isFile()) continue;
    await rm(target, { force: true });
    removed.push(file);
  }
  return { removed };
}

/** The files a previous run recorded; none when there is no manifest or it is not one dtogen wrote. */
async function readManifest(dir: string): Promise<string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8'));
  } catch {
    return [];
  }
  if (!isManifest(parsed)) return [];
  return parsed.files.filter(isInside).map(normalise);
}

function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null) return false;
  const { generator, files } = value as Partial<Manifest>;
  return generator === 'dtogen docs' && Array.isArray(files) && files.every((f) => typeof f === 'string');
}

/** A relative path that stays inside the folder and is not the manifest itself. */
function isInside(file: string): boolean {
  if (file === '' || path.isAbsolute(file) || file.includes('\0') || file.includes('\\')) return false;
  const normalised = path.posix.normalize(file);
  return normalised !== MANIFEST && normalised !== '.' && !normalised.startsWith('../') && normalised !== '..';
}

const normalise = (file: string) => path.posix.normalize(file);
