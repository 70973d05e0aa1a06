// The declarations read from TypeScript are handed to the metadata loader as a document; every
// JSON pointer in that document was recorded with the line and column it came from, so that its
// diagnostics and the model's locations name the TypeScript source, not the document.

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { MetadataModel, SourceLocation } from '../../model/types.js';

/** JSON pointer in the built document → where in which source file it came from. */
export type LocationMap = Map<string, SourceLocation>;

export function relocate(
  loaded: { model?: MetadataModel; diagnostics: Diagnostic[] },
  locations: LocationMap,
  documentFile: string,
): { model?: MetadataModel; diagnostics: Diagnostic[] } {
  const at = (loc: SourceLocation): SourceLocation => (loc.file === documentFile && loc.pointer !== undefined ? nearest(locations, loc.pointer) ?? loc : loc);
  const diagnostics = loaded.diagnostics.map((d) => (d.location ? { ...d, location: at(d.location) } : d));
  const model = loaded.model;
  if (model) {
    for (const t of model.types) {
      t.source = at(t.source);
      for (const a of t.attributes) a.source = at(a.source);
      if (t.kind === 'enum') for (const m of t.members) m.source = at(m.source);
      else for (const p of t.properties) {
        p.source = at(p.source);
        for (const a of p.attributes) a.source = at(a.source);
      }
    }
    for (const op of model.operations) {
      op.source = at(op.source);
      for (const r of op.routes) r.source = at(r.source);
    }
  }
  return { ...(model ? { model } : {}), diagnostics };
}

/** The location of the longest recorded pointer that `pointer` starts with. */
function nearest(locations: LocationMap, pointer: string): SourceLocation | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = locations.get(p);
    if (found) return found;
    if (p === '') return undefined;
  }
}
