// Which declarations an output contains.

import type { MetadataModel, Operation, TypeDecl } from '../types.js';
import { dependencyIds, depthFirst, forEachNamedId, typesById } from '../walk.js';

/**
 * The types an operation's documentation shows: the request, the response, and every type they
 * reach through base types, implemented interfaces and properties (transitively); at most `limit`
 * of them, the first reached, so that the work stays within the limit however much the operation reaches.
 */
export function operationTypes(model: MetadataModel, op: Operation, limit = Infinity): TypeDecl[] {
  return typeClosure(typesById(model), operationRoots(op), new Set(), limit);
}

/** The request id, then every type id the response mentions (a closed generic shows its arguments). */
export function operationRoots(op: Operation): string[] {
  const roots = [op.request];
  if (op.response) forEachNamedId(op.response, (id) => roots.push(id));
  return roots;
}

/**
 * `roots` and everything they reach, depth first, each once: linear in the types and references.
 * Past `limit` types nothing more is entered, so the walk ends soon after.
 */
export function typeClosure(byId: ReadonlyMap<string, TypeDecl>, roots: Iterable<string>, seen = new Set<string>(), limit = Infinity): TypeDecl[] {
  const out: TypeDecl[] = [];
  depthFirst(
    roots,
    (id) => {
      const decl = byId.get(id);
      return decl ? dependencyIds(decl, decl.kind === 'enum' ? [] : decl.implements) : [];
    },
    {
      enter: (id) => {
        const decl = byId.get(id);
        if (!decl || out.length >= limit) return false;
        out.push(decl);
        return true;
      },
    },
    seen,
  );
  return out;
}

const OPERATIONS_BY_NAME = new WeakMap<readonly Operation[], ReadonlyMap<string, Operation>>();

/** The operation named so; the index is built once per model, since a site asks for every operation. */
export function findOperation(model: MetadataModel, name: string): Operation | undefined {
  let byName = OPERATIONS_BY_NAME.get(model.operations);
  if (!byName) {
    // The first of a name wins, as a linear search would find it.
    byName = new Map([...model.operations].reverse().map((o) => [o.name, o]));
    OPERATIONS_BY_NAME.set(model.operations, byName);
  }
  return byName.get(name);
}
