// The language registry: one line per target. A target is one folder under src/targets and one
// under templates; adding a language touches nothing else.

import { java } from './java/index.js';
import { kotlin } from './kotlin/index.js';
import { mjs } from './mjs/index.js';
import { python } from './python/index.js';
import { swift } from './swift/index.js';
import type { Target } from './target.js';
import { typescript, typescriptDeclarations } from './typescript/index.js';

export const TARGETS: readonly Target[] = [python, swift, typescript, typescriptDeclarations, mjs, kotlin, java];

/** The target named so: its id or one of its aliases (`py`, `ts`, `tsd`), wherever a language is named. */
export function findTarget(name: string): Target | undefined {
  return TARGETS.find((t) => t.id === name || (t.aliases ?? []).includes(name));
}

export type { Target } from './target.js';
