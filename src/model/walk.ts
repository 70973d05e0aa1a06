// Small traversals of the model that several passes and targets share.

import type { ClassDecl, MetadataModel, TypeDecl, TypeRef } from './types.js';

/** Calls `visit` with the id of every declared type that `ref` mentions, outermost first. */
export function forEachNamedId(ref: TypeRef, visit: (id: string) => void): void {
  switch (ref.kind) {
    case 'named':
      visit(ref.id);
      for (const a of ref.args) forEachNamedId(a, visit);
      return;
    case 'list':
      forEachNamedId(ref.element, visit);
      return;
    case 'dictionary':
      forEachNamedId(ref.key, visit);
      forEachNamedId(ref.value, visit);
      return;
    case 'nullable':
      forEachNamedId(ref.of, visit);
      return;
    case 'union':
      for (const m of ref.of) forEachNamedId(m, visit);
      return;
    case 'primitive':
    case 'param':
    case 'opaque':
      return;
  }
}

/** A declaration's own dependencies, found once per model: every language of a run orders by them. */
const DEPENDENCIES = new WeakMap<TypeDecl, readonly string[]>();

/** The ids a declaration depends on, in the order ServiceStack sorts by: base, then properties. */
export function dependencyIds(decl: TypeDecl, extra: readonly TypeRef[] = []): readonly string[] {
  if (decl.kind === 'enum') return [];
  if (extra.length > 0) return findDependencies(decl, extra);
  let ids = DEPENDENCIES.get(decl);
  if (!ids) DEPENDENCIES.set(decl, (ids = findDependencies(decl, extra)));
  return ids;
}

function findDependencies(decl: ClassDecl, extra: readonly TypeRef[]): string[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (id !== decl.id && !ids.includes(id)) ids.push(id);
  };
  for (const ref of extra) forEachNamedId(ref, add);
  if (decl.base) forEachNamedId(decl.base, add);
  for (const p of decl.properties) forEachNamedId(p.type, add);
  return ids;
}

/**
 * Declarations by id. Built once per model (a model is not changed once loaded): pages, the
 * include pass and the targets all ask for it, once per operation when a whole site is written.
 */
const TYPES_BY_ID = new WeakMap<readonly TypeDecl[], ReadonlyMap<string, TypeDecl>>();

export function typesById(model: MetadataModel): ReadonlyMap<string, TypeDecl> {
  let byId = TYPES_BY_ID.get(model.types);
  if (!byId) {
    byId = new Map(model.types.map((t) => [t.id, t]));
    TYPES_BY_ID.set(model.types, byId);
  }
  return byId;
}

export function isClass(decl: TypeDecl | undefined): decl is ClassDecl {
  return decl !== undefined && decl.kind !== 'enum';
}

/**
 * Depth-first walk without recursion (a valid document may chain thousands of types): `enter`
 * decides whether to walk a node (false: skip it and what it reaches), `children` lists what a
 * node reaches, in order; `leave` is called after its children. Each node is visited once.
 */
export function depthFirst<T>(
  roots: Iterable<T>,
  children: (node: T) => Iterable<T>,
  visit: { enter?: (node: T) => boolean | void; leave?: (node: T) => void },
  seen: Set<T> = new Set(),
): void {
  const stack: { node: T; next: Iterator<T> }[] = [];
  const push = (node: T) => {
    if (seen.has(node)) return;
    seen.add(node);
    if (visit.enter?.(node) === false) return;
    stack.push({ node, next: children(node)[Symbol.iterator]() });
  };
  for (const root of roots) {
    push(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: T; next: Iterator<T> };
      const step = top.next.next();
      if (step.done) {
        stack.pop();
        visit.leave?.(top.node);
      } else push(step.value);
    }
  }
}
