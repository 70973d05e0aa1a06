// Writing generated files so that a reader, or an interrupted run, sees the old content or the new,
// never half of either: each file through a temporary file and a rename, a set of files (a docs
// site) staged in a temporary folder and moved into place only once all of it is written.

import { lstat, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** One generated file: a path relative to the output location, and its whole content. */
export interface GeneratedFile {
  path: string;
  content: string;
}

let sequence = 0;

/** `.dtos.py.<pid>.<n>.tmp`: the temporary file a write of `dtos.py` goes through. */
const TEMPORARY = /^\.(.+)\.(\d+)\.\d+\.tmp$/;

/**
 * Writes `content` to `path` through a temporary file in the same folder and a rename. Temporary
 * files that a killed run left beside `path` are removed first.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await removeStaleTemporaries(dirname(path), basename(path));
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${sequence++}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function removeStaleTemporaries(dir: string, name: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    const match = TEMPORARY.exec(entry);
    if (match && match[1] === name && !isRunning(Number(match[2]))) await rm(join(dir, entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes `files` under `dir`, all or none: they are written to a temporary folder beside `dir`,
 * then, once every one is written and no destination is in the way (a folder where a page goes),
 * moved into place. Files already in `dir` that the set does not name are kept. `files` may be
 * made as they are written (a large site is never held in memory whole); if making them throws,
 * nothing is moved into place.
 */
export async function writeFilesAtomic(dir: string, files: Iterable<GeneratedFile> | AsyncIterable<GeneratedFile>): Promise<void> {
  await mkdir(dirname(dir), { recursive: true });
  const staging = await mkdtemp(join(dirname(dir), `.${basename(dir)}.staging-`));
  const folders = new Set<string>();
  const ensureFolder = async (folder: string) => {
    if (folders.has(folder)) return;
    folders.add(folder);
    await mkdir(folder, { recursive: true });
  };
  const paths: string[] = [];
  try {
    for await (const file of files) {
      await ensureFolder(dirname(join(staging, file.path)));
      await writeFile(join(staging, file.path), file.content, 'utf8');
      paths.push(file.path);
    }
    if (!(await exists(dir))) {
      await rename(staging, dir);
      return;
    }
    for (const file of paths) {
      const target = join(dir, file);
      const found = await lstat(target).catch(() => undefined);
      if (found && !found.isFile()) throw new Error(`${target}: is in the way (not a file)`);
    }
    for (const file of paths) {
      await ensureFolder(dirname(join(dir, file)));
      await rename(join(staging, file), join(dir, file));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined)) !== undefined;
}
