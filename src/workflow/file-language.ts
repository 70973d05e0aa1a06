// Which language a generated file is in, from its name: the extension of each target's default
// file name (`dtos.py` → `.py`, `dtos.d.ts` → `.d.ts`), the longest that fits winning, as
// ServiceStack's `x` tool tells languages apart.

import { TARGETS } from '../targets/index.js';
import type { Target } from '../targets/target.js';

export function extensionOf(target: Target): string {
  const name = target.defaultFileName;
  const dot = name.indexOf('.');
  return dot < 0 ? name : name.slice(dot);
}

/** Every extension a generated file may have. */
export function generatedExtensions(): string[] {
  return [...new Set(TARGETS.map(extensionOf))];
}

/**
 * The targets a file name may belong to: those with the longest matching extension. Several
 * when languages share an extension; the caller then tells them apart by the header's options.
 */
export function targetsForFile(file: string): Target[] {
  const matching = TARGETS.filter((t) => file.endsWith(extensionOf(t)));
  const longest = Math.max(0, ...matching.map((t) => extensionOf(t).length));
  return matching.filter((t) => extensionOf(t).length === longest);
}
