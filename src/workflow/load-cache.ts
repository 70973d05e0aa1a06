// Loads kept from one watch run to the next: an input whose files are all as they were is not read
// again (a save of another input, of the config or of a template regenerates without reloading it).
//
// A file's stamp (size, modification time in nanoseconds, inode) is taken before the load that
// reads it, so a save during a load leaves the stamp stale and the next run loads again. Files a
// load finds for the first time (an import) have no stamp yet: the next run loads again and
// stamps them. A file modified in the last RACY_MS has no stamp either: where the file system keeps
// times coarsely (FAT: 2 s), a second save of the same size could keep the same time.

import { statSync } from 'node:fs';
import path from 'node:path';
import { isUrl, loadInput, type LoadOptions, type LoadResult } from '../loaders/index.js';

interface Kept {
  result: LoadResult;
  /** Absolute file → its stamp before the load; undefined when it was not known then. */
  stamps: Map<string, string | undefined>;
}

export class LoadCache {
  private readonly kept = new Map<string, Kept>();

  /** `input` (absolute, or a URL: always fetched) loaded as `shown` names it, or as last loaded. */
  async load(input: string, shown: string, options: LoadOptions): Promise<LoadResult> {
    if (isUrl(input)) return loadInput(shown, options);
    const known = this.kept.get(input);
    const files = new Set([input, ...(known?.stamps.keys() ?? [])]);
    const stamps = new Map<string, string | undefined>([...files].map((f) => [f, stamp(f)]));
    if (known && [...known.stamps].every(([f, s]) => s !== undefined && stamps.get(f) === s)) return known.result;
    // The model being replaced is not kept through the load of its successor.
    this.kept.delete(input);
    const result = await loadInput(shown, options);
    for (const f of result.inputs.map((i) => path.resolve(i))) if (!stamps.has(f)) stamps.set(f, undefined);
    this.kept.set(input, { result, stamps });
    return result;
  }

  /** Forgets inputs no job names any more. */
  keepOnly(inputs: Iterable<string>): void {
    const wanted = new Set(inputs);
    for (const input of this.kept.keys()) if (!wanted.has(input)) this.kept.delete(input);
  }
}

const RACY_MS = 2_000n;

function stamp(file: string): string | undefined {
  try {
    const s = statSync(file, { bigint: true });
    if (BigInt(Date.now()) - s.mtimeMs < RACY_MS) return undefined;
    return `${s.size}:${s.mtimeNs}:${s.ino}`;
  } catch {
    return 'missing';
  }
}
