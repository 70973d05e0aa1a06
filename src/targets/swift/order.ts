// The order of a whole Swift file, as ServiceStack's Swift generator writes it: request types in
// operation order, then response types, then every other type in the order the metadata lists
// them. Swift resolves names across the whole file, so no dependency sort is needed.

import type { MetadataModel, TypeDecl } from '../../model/types.js';

export function swiftFileOrder(model: MetadataModel, types: readonly TypeDecl[]): TypeDecl[] {
  const byId = new Map(types.map((t) => [t.id, t]));
  const out: TypeDecl[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    const decl = byId.get(id);
    if (decl && !seen.has(id)) {
      seen.add(id);
      out.push(decl);
    }
  };
  for (const op of model.operations) add(op.request);
  for (const op of model.operations) if (op.response?.kind === 'named') add(op.response.id);
  for (const t of types) add(t.id);
  return out;
}
