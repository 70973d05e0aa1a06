// Which way each type's data flows: sent by clients (reachable from a request), read by clients
// (reachable from a response), or both; and which operation a type belongs to, when only one uses
// it. Change rules judge a change by its direction; reports group changes by operation.

import { depthFirst, isClass, typesById } from '../model/walk.js';
import type { MetadataModel, TypeRef } from '../model/types.js';

/** `unused`: no operation reaches the type (rules judge it as both, the stricter). */
export type Direction = 'request' | 'response' | 'both' | 'unused';

export interface DataFlow {
  direction(id: string): Direction;
  /** The one operation that uses the type; undefined when several or none do. */
  operation(id: string): string | undefined;
}

const SHARED = '';

/** Linear in the size of the model: one walk for each direction, one for the owning operations. */
export function dataFlow(model: MetadataModel): DataFlow {
  const byId = typesById(model);
  // A generic's argument travels only where the definition uses its parameter: `QueryResponse<T>`
  // sends its T (Results), AutoQuery's `QueryDb<Table>` names its table without sending one.
  const carried = new Map<string, boolean[]>();
  const carries = (id: string): boolean[] => {
    let flags = carried.get(id);
    if (!flags) {
      const decl = byId.get(id);
      const used = new Set<string>();
      if (isClass(decl)) for (const ref of [...(decl.base ? [decl.base] : []), ...decl.properties.map((p) => p.type)]) forEachParam(ref, (name) => used.add(name));
      flags = isClass(decl) ? decl.genericParams.map((name) => used.has(name)) : [];
      carried.set(id, flags);
    }
    return flags;
  };
  const idsOf = (ref: TypeRef | undefined, ids: string[] = []): string[] => {
    if (!ref) return ids;
    if (ref.kind === 'named') {
      ids.push(ref.id);
      const flags = carries(ref.id);
      ref.args.forEach((arg, i) => flags[i] && idsOf(arg, ids));
    } else forEachChildRef(ref, (child) => idsOf(child, ids));
    return ids;
  };
  const children = (id: string): string[] => {
    const decl = byId.get(id);
    if (!isClass(decl)) return [];
    // The base's properties travel with the type; implemented interfaces (IReturn<T>) are markers, not data.
    const ids = idsOf(decl.base);
    for (const p of decl.properties) idsOf(p.type, ids);
    return ids;
  };

  const sent = new Set<string>();
  depthFirst(model.operations.map((o) => o.request), children, {}, sent);
  const read = new Set<string>();
  depthFirst(model.operations.flatMap((o) => idsOf(o.response)), children, {}, read);

  // Each type goes from no owner to one operation to shared at most once, so the walks stay linear.
  const owner = new Map<string, string>();
  const share = (root: string) =>
    depthFirst([root], children, {
      enter: (id) => {
        if (owner.get(id) === SHARED && id !== root) return false;
        owner.set(id, SHARED);
      },
    });
  for (const op of model.operations) {
    depthFirst([op.request, ...idsOf(op.response)], children, {
      enter: (id) => {
        const current = owner.get(id);
        if (current === undefined) {
          owner.set(id, op.name);
          return true;
        }
        if (current !== op.name && current !== SHARED) share(id);
        return false;
      },
    });
  }

  return {
    direction: (id) => (sent.has(id) ? (read.has(id) ? 'both' : 'request') : read.has(id) ? 'response' : 'unused'),
    operation: (id) => owner.get(id) || undefined,
  };
}

/** The flow of a type across two versions: the union of both directions, its operation if they agree. */
export function combinedFlow(before: DataFlow, after: DataFlow): DataFlow {
  return {
    direction: (id) => union(before.direction(id), after.direction(id)),
    operation: (id) => {
      const a = before.operation(id);
      const b = after.operation(id);
      return a === undefined ? b : b === undefined || a === b ? a : undefined;
    },
  };
}

function union(a: Direction, b: Direction): Direction {
  if (a === b || b === 'unused') return a;
  if (a === 'unused') return b;
  return 'both';
}

/** The references directly inside a list, dictionary or nullable. */
function forEachChildRef(ref: TypeRef, visit: (child: TypeRef) => void): void {
  if (ref.kind === 'list') visit(ref.element);
  else if (ref.kind === 'dictionary') {
    visit(ref.key);
    visit(ref.value);
  } else if (ref.kind === 'nullable') visit(ref.of);
  else if (ref.kind === 'named') ref.args.forEach(visit);
}

function forEachParam(ref: TypeRef, visit: (name: string) => void): void {
  if (ref.kind === 'param') visit(ref.name);
  else forEachChildRef(ref, (child) => forEachParam(child, visit));
}
