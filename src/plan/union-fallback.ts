// Some languages have no union type: there a oneOf/anyOf property is typed as an Object is, and
// each such union is reported once, where the schema wrote it, so that the fallback is never silent.

import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { TypeRef } from '../model/types.js';
import type { DtoPlan } from './plan.js';

/** One `union-fallback` warning per union the plan's declarations use, naming the type written instead. */
export function unionFallbackWarnings(plan: DtoPlan, language: string, fallbackType: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const visit = (ref: TypeRef): void => {
    switch (ref.kind) {
      case 'union': {
        const key = `${ref.source.file}#${ref.source.pointer ?? ''}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push(diagnostic('union-fallback', { language, type: fallbackType }, ref.source));
        }
        return;
      }
      case 'nullable':
        return visit(ref.of);
      case 'list':
        return visit(ref.element);
      case 'dictionary':
        visit(ref.key);
        return visit(ref.value);
      case 'named':
        return ref.args.forEach(visit);
      default:
        return;
    }
  };
  for (const d of plan.declarations) {
    for (const p of d.properties) visit(p.property.type);
    const marker = d.request?.marker;
    if (marker?.kind === 'type') visit(marker.type);
  }
  return out;
}
