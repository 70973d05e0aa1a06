// Declaration order for targets that need each type defined before it is used (Python, and
// TypeScript for readability), as ServiceStack orders them: plain types, then responses, then
// requests, each preceded by the not-yet-emitted types it depends on (base, property types).

import type { MetadataModel, TypeDecl, TypeRef } from '../types.js';
import { dependencyIds, depthFirst } from '../walk.js';

export interface OrderInput {
  /** The declarations to emit. */
  types: readonly TypeDecl[];
  /** Extra references each type depends on (e.g. its IReturn<T> marker), by id. */
  extraDependencies?: ReadonlyMap<string, readonly TypeRef[]>;
}

/**
 * Depth-first, dependencies first, each type once: linear in the number of types and references.
 * Only dependencies among `types` count; the rest are the library's or left out on purpose.
 */
export function orderByDependencies(model: MetadataModel, input: OrderInput): TypeDecl[] {
  const candidates = new Map(input.types.map((t) => [t.id, t]));
  const roles = operationRoles(model);
  const rank = (t: TypeDecl) => roles.get(t.id) ?? 0;
  // A stable partition: plain types, responses, requests (input order kept within each).
  const seeded = [...input.types].sort((a, b) => rank(a) - rank(b));

  const out: TypeDecl[] = [];
  depthFirst(
    seeded,
    (t) => dependencyIds(t, input.extraDependencies?.get(t.id) ?? []).flatMap((id) => candidates.get(id) ?? []),
    { leave: (t) => out.push(t) },
  );
  return out;
}

/**
 * 2 for request types, 1 for response types, absent for the rest. A generic response
 * (`QueryResponse<Booking>`) is a closed copy in ServiceStack's metadata, not its definition, so the
 * definition keeps its place among the plain types.
 */
function operationRoles(model: MetadataModel): Map<string, number> {
  const roles = new Map<string, number>();
  for (const op of model.operations) {
    if (op.response?.kind === 'named' && op.response.args.length === 0 && !roles.has(op.response.id)) roles.set(op.response.id, 1);
  }
  for (const op of model.operations) roles.set(op.request, 2);
  return roles;
}

/**
 * Request types in operation order, then response types, then every other type in model order:
 * how ServiceStack's Swift generator orders a whole file (Swift resolves names across the file,
 * so no dependency sort is needed).
 */
export function requestsFirst(model: MetadataModel, types: readonly TypeDecl[]): TypeDecl[] {
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
