// Which declarations an output contains.

import type { MetadataModel, Operation, TypeDecl } from '../types.js';
import { dependencyIds, forEachNamedId, typesById } from '../walk.js';

/**
 * The types an operation's documentation shows: the request, the response, and every type they
 * reach through base types, implemented interfaces and properties (transitively).
 */
export function operationTypes(model: MetadataModel, op: Operation): TypeDecl[] {
  const byId = typesById(model);
  const seen = new Set<string>();
  const out: TypeDecl[] = [];
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const decl = byId.get(id);
    if (!decl) return;
    out.push(decl);
    const interfaces = decl.kind === 'enum' ? [] : decl.implements;
    for (const dep of dependencyIds(decl, interfaces)) visit(dep);
  };
  visit(op.request);
  // A closed generic response (QueryResponse<Todo>) shows its definition and its arguments.
  if (op.response) forEachNamedId(op.response, visit);
  return out;
}

export function findOperation(model: MetadataModel, name: string): Operation | undefined {
  return model.operations.find((o) => o.name === name);
}
