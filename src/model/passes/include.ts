// ServiceStack's IncludeTypes / ExcludeTypes (NativeTypesMetadata.GetIncludeList and
// RemoveIgnoredTypes), applied to the model:
//   Name        that type; a request also brings its operation's return type and its arguments
//   Name.*      operation Name: its request, its response and every type they use
//   *.Name      Name, and the operations whose request inherits it or implements a generic of
//               it, or whose response is it (or closes over it), each with what it uses
//   Namespace/* the types of the namespaces that start so
//   {tag}       the operations tagged so ({tag1,tag2} for several), with everything they use
// ExcludeTypes lists names; a generic matches without its arity (`QueryBase` drops QueryBase`1).
// Excluding a request removes its operation, and with it its response unless another operation
// returns it too. The words `services` and `types` exclude every operation, or every other type.
//
// One departure: ServiceStack brings only the request's name for `*.Name` (so its files then name
// responses they do not declare); dtogen brings the operation's request and response with what they
// use, so that the file compiles.

import { CRUD_INTERFACES } from '../servicestack.js';
import type { MetadataModel, Operation, TypeDecl, TypeRef } from '../types.js';
import { forEachNamedId, typesById } from '../walk.js';
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
  const excluded = excludedIds(model, exclude);
  return types.filter((t) => (included === undefined || included.has(t.id)) && !excluded.has(t.id));
}

/** What an IncludeTypes pattern selects by: a type's name, an operation, a reverse reference, a namespace prefix, tags. */
type IncludePattern = { kind: 'name' | 'operation' | 'reverse' | 'namespace'; name: string } | { kind: 'tags'; tags: string[] };

function includePattern(p: string): IncludePattern {
  if (p.startsWith('{') && p.endsWith('}')) return { kind: 'tags', tags: parseTypeList(p.slice(1, -1)) };
  if (p.length > 2 && p.endsWith('/*')) return { kind: 'namespace', name: p.slice(0, -2) };
  if (p.length > 2 && p.endsWith('.*')) return { kind: 'operation', name: p.slice(0, -2) };
  if (p.length > 2 && p.startsWith('*.')) return { kind: 'reverse', name: p.slice(2) };
  return { kind: 'name', name: p };
}

/** A pattern that selects nothing in the model, and what it names that the model lacks. */
export interface UnmatchedPattern {
  pattern: string;
  lacking: 'type' | 'operation' | 'namespace' | 'tag';
}

/**
 * The IncludeTypes patterns that select nothing (`NoSuchType`, `{no-such-tag}`): ServiceStack
 * ignores them silently, which hides a typo. One pass over the model builds the indexes.
 */
export function unmatchedIncludes(model: MetadataModel, patterns: readonly string[]): UnmatchedPattern[] {
  if (patterns.length === 0) return [];
  const names = typeNames(model);
  const operations = new Set(model.operations.map((o) => o.name));
  const tags = new Set(model.operations.flatMap((o) => o.tags));
  const namespaces = [...new Set(model.types.flatMap((t) => (t.namespace === undefined ? [] : [t.namespace])))];
  const out: UnmatchedPattern[] = [];
  for (const p of patterns) {
    const parsed = includePattern(p);
    if (parsed.kind === 'tags') {
      if (!parsed.tags.some((tag) => tags.has(tag))) out.push({ pattern: p, lacking: 'tag' });
    } else if (parsed.kind === 'namespace') {
      if (!namespaces.some((ns) => ns.startsWith(parsed.name))) out.push({ pattern: p, lacking: 'namespace' });
    } else if (!names.has(parsed.name) && !operations.has(parsed.name)) {
      // `*.Name` also reaches operations through types the model only references (a library's QueryResponse<T>).
      const reached = parsed.kind === 'reverse' && model.operations.some((op) => referencesAny(model, op, new Set([parsed.name])));
      if (!reached) out.push({ pattern: p, lacking: parsed.kind === 'operation' ? 'operation' : 'type' });
    }
  }
  return out;
}

/** The ExcludeTypes names no type has (the words `services` and `types` always apply). */
export function unmatchedExcludes(model: MetadataModel, patterns: readonly string[]): UnmatchedPattern[] {
  if (patterns.length === 0) return [];
  const names = typeNames(model);
  return patterns.filter((p) => p !== 'services' && p !== 'types' && !names.has(p)).map((pattern) => ({ pattern, lacking: 'type' }));
}

/** Every type's id and name (`QueryBase` and QueryBase`1), as the lists match them. */
function typeNames(model: MetadataModel): Set<string> {
  return new Set(model.types.flatMap((t) => [t.id, t.name]));
}

function includedIds(model: MetadataModel, patterns: readonly string[]): Set<string> {
  const byId = typesById(model);
  const explicit = new Set<string>();
  const namespaces: string[] = [];
  const expand = new Set<string>();
  const reverse = new Set<string>();
  const tags = new Set<string>();
  for (const p of patterns) {
    const parsed = includePattern(p);
    if (parsed.kind === 'tags') for (const tag of parsed.tags) tags.add(tag);
    else if (parsed.kind === 'namespace') namespaces.push(parsed.name);
    else if (parsed.kind === 'operation') expand.add(parsed.name);
    else if (parsed.kind === 'reverse') reverse.add(parsed.name);
    else explicit.add(parsed.name);
  }
  for (const op of model.operations) {
    if (op.tags.some((tag) => tags.has(tag))) expand.add(op.name);
  }
  const named = (ref: TypeRef | undefined, add: (id: string) => void) => {
    if (ref) forEachNamedId(ref, add);
  };

  const ids = new Set<string>();
  const byName = (name: string) => model.types.filter((t) => t.id === name || t.name === name);
  for (const name of [...explicit, ...reverse, ...expand]) for (const t of byName(name)) ids.add(t.id);
  for (const t of model.types) if (t.namespace !== undefined && namespaces.some((ns) => t.namespace?.startsWith(ns))) ids.add(t.id);

  const roots: string[] = [];
  for (const op of model.operations) {
    // "Operation Return Types should always be included": with their generic arguments.
    if (explicit.has(op.name)) named(op.returnType, (id) => ids.add(id));
    if (expand.has(op.name) || referencesAny(model, op, reverse)) {
      roots.push(...operationRoots(op));
      named(op.returnType, (id) => roots.push(id));
      const request = byId.get(op.request);
      if (request && request.kind !== 'enum') {
        for (const i of request.implements) {
          if (i.kind !== 'named') continue;
          roots.push(i.id);
          // The table of a CRUD request (ICreateDb<Table>).
          if (CRUD_INTERFACES.has(i.id) && i.args[0]) named(i.args[0], (id) => roots.push(id));
        }
      }
    }
  }
  for (const t of typeClosure(byId, roots)) ids.add(t.id);
  return ids;
}

/** ServiceStack's ReferencesAny: the request inherits one of `names` (or closes over it), implements a generic of it, or the response is (or closes over, or inherits) it. */
function referencesAny(model: MetadataModel, op: Operation, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  const byId = typesById(model);
  const named = (ref: TypeRef | undefined) => ref?.kind === 'named' && (names.has(ref.id) || names.has(byId.get(ref.id)?.name ?? ref.id));
  const closesOver = (ref: TypeRef | undefined) => ref?.kind === 'named' && ref.args.some(named);
  const request = byId.get(op.request);
  if (request && request.kind !== 'enum') {
    if (named(request.base) || closesOver(request.base)) return true;
    if (request.implements.some(closesOver)) return true;
  }
  if (named(op.response) || closesOver(op.response)) return true;
  const response = op.response?.kind === 'named' ? byId.get(op.response.id) : undefined;
  return response !== undefined && response.kind !== 'enum' && (named(response.base) || closesOver(response.base));
}

function excludedIds(model: MetadataModel, patterns: readonly string[]): Set<string> {
  const ids = new Set<string>();
  if (patterns.length === 0) return ids;
  const names = new Set(patterns);
  const matches = (t: TypeDecl) => names.has(t.id) || names.has(t.name);
  const requests = new Set(model.operations.map((o) => o.request));
  // Responses live in their operations (ServiceStack never lists them among the types).
  const operationTypes = new Set(requests);
  for (const op of model.operations) if (op.response?.kind === 'named') operationTypes.add(op.response.id);
  for (const t of model.types) {
    if (matches(t) || (names.has('services') && operationTypes.has(t.id)) || (names.has('types') && !operationTypes.has(t.id))) ids.add(t.id);
  }
  // An excluded request takes its operation's response along, unless a kept operation returns it too.
  const keptResponses = new Set<string>();
  const droppedResponses = new Set<string>();
  for (const op of model.operations) {
    if (op.response?.kind !== 'named') continue;
    (ids.has(op.request) ? droppedResponses : keptResponses).add(op.response.id);
  }
  for (const id of droppedResponses) if (!keptResponses.has(id) && !requests.has(id)) ids.add(id);
  return ids;
}
