// A class's constructor JSDoc lists its own properties and every base's (init-parameters.ts), so
// a long chain of bases makes the file grow with the square of its depth: 20,000 levels would be
// billions of entries. Past a bound no real model reaches, the file is refused, at the class.

import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ClassDecl, TypeDecl } from '../../model/types.js';
import { typesById } from '../../model/walk.js';
import type { DtoPlan } from '../../plan/plan.js';

/** The most entries one constructor's JSDoc may list. */
export const MAX_INIT_PARAMETERS = 5000;

export function initParameterLimit(plan: DtoPlan): Diagnostic[] {
  if (!plan.options.flag('AddDocAnnotations')) return [];
  const byId = typesById(plan.model);
  const counts = new Map<string, number>();
  for (const planned of plan.declarations) {
    if (planned.decl.kind === 'enum') continue;
    const count = countOf(planned.decl, byId, counts);
    if (count > MAX_INIT_PARAMETERS) {
      return [diagnostic('too-many-init-parameters', { name: planned.name, count, limit: MAX_INIT_PARAMETERS }, planned.decl.source)];
    }
  }
  return [];
}

/** Properties of the class and its bases (an upper bound: a redeclared property counts twice), each chain walked once. */
function countOf(decl: ClassDecl, byId: ReadonlyMap<string, TypeDecl>, counts: Map<string, number>): number {
  const chain: ClassDecl[] = [];
  const seen = new Set<string>();
  let current: ClassDecl | undefined = decl;
  while (current && !counts.has(current.id) && !seen.has(current.id)) {
    seen.add(current.id);
    chain.push(current);
    const base: TypeDecl | undefined = current.base?.kind === 'named' ? byId.get(current.base.id) : undefined;
    current = base && base.kind !== 'enum' ? base : undefined;
  }
  let count = current ? (counts.get(current.id) ?? 0) : 0;
  for (let i = chain.length - 1; i >= 0; i--) {
    count += chain[i]!.properties.length;
    counts.set(chain[i]!.id, count);
  }
  return counts.get(decl.id)!;
}
