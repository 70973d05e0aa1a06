// ServiceStack's IncludeTypes / ExcludeTypes, applied to the model:
//   Name        that type
//   Name.*      operation Name: its request, its response and every type they use
//   *.Name      every operation whose types use Name, with everything they use
//   Namespace/* the types declared in that namespace
//   {tag}       the operations tagged so ({tag1,tag2} for several), with everything they use
// ExcludeTypes lists names; a generic matches without its arity (`QueryBase` drops QueryBase`1).

import type { MetadataModel, TypeDecl } from '../types.js';
import { typesById } from '../walk.js';
import { operationRoots, typeClosure } from './select.js';

/** Splits an option value on commas, keeping `{a,b}` tag groups whole. */
export function parseTypeList(text: string): string[] {
  const items: string[] = [];
  let current = '';
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    if (char === '}') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** `types` filtered by the include and exclude lists; both empty keeps everything, in order. */
export function filterTypes(model: MetadataModel, types: readonly TypeDecl[], include: readonly string[], exclude: readonly string[]): TypeDecl[] {
  const included = include.length > 0 ? includedIds(model, include) : undefined;
  const excluded = new Set(exclude);
  return types.filter((t) => (included === undefined || included.has(t.id)) && !excluded.has(t.name) && !excluded.has(t.id));
}

function includedIds(model: MetadataModel, patterns: readonly string[]): Set<string> {
  const byId = typesById(model);
  const ids = new Set<string>();
  const names = new Set<string>();
  const namespaces = new Set<string>();
  const operationNames = new Set<string>();
  const usedNames = new Set<string>();
  const tags = new Set<string>();
  for (const p of patterns) {
    if (p.startsWith('{') && p.endsWith('}')) for (const tag of parseTypeList(p.slice(1, -1))) tags.add(tag);
    else if (p.endsWith('/*')) namespaces.add(p.slice(0, -2));
    else if (p.endsWith('.*')) operationNames.add(p.slice(0, -2));
    else if (p.startsWith('*.')) usedNames.add(p.slice(2));
    else names.add(p);
  }

  for (const t of model.types) {
    if (names.has(t.name) || names.has(t.id) || (t.namespace !== undefined && namespaces.has(t.namespace))) ids.add(t.id);
  }
  // `*.Name` walks each operation's closure: quadratic at worst, but only when that form is asked for.
  // `Name.*` of a type that is not an operation still brings that type and what it uses.
  const expanded = new Set<string>();
  for (const op of model.operations) {
    const roots = operationRoots(op);
    const wanted =
      operationNames.has(op.name) ||
      op.tags.some((tag) => tags.has(tag)) ||
      (usedNames.size > 0 && typeClosure(byId, roots).some((t) => usedNames.has(t.name)));
    if (!wanted) continue;
    expanded.add(op.request);
    for (const t of typeClosure(byId, roots)) ids.add(t.id);
  }
  const plainRoots = model.types.filter((t) => operationNames.has(t.name) && !expanded.has(t.id)).map((t) => t.id);
  for (const t of typeClosure(byId, plainRoots)) ids.add(t.id);
  return ids;
}
