// Checks that hold for every model, whichever loader built it: every name that reaches code is a
// plain identifier, base types are classes, no class inherits from itself through its base
// chain, and no two operations share a name. Each check is one pass over the types.

import { diagnostic, formatLocation, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isSafeIdentifier, isSafeNamespace } from './identifiers.js';
import type { Attribute, ClassDecl, MetadataModel, SourceLocation, TypeDecl, TypeRef } from './types.js';

export function validateModel(model: MetadataModel): Diagnostic[] {
  const identifiers = checkIdentifiers(model);
  // A model with a name that is not an identifier is refused before any other check reads it.
  if (identifiers.length > 0) return identifiers;
  const byId = new Map<string, TypeDecl>(model.types.map((t) => [t.id, t]));
  return [...checkBaseTypes(model.types, byId), ...checkBaseCycles(model.types, byId), ...checkInterfaceCycles(model.types, byId), ...checkOperationNames(model)];
}

/** An operation is known by its name (its page, `--op`, its routes): two of one name cannot both be meant. */
function checkOperationNames(model: MetadataModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, SourceLocation>();
  for (const op of model.operations) {
    const other = first.get(op.name);
    if (other) out.push(diagnostic('duplicate-operation', { name: op.name, other: formatLocation(other) }, op.source));
    else first.set(op.name, op.source);
  }
  return out;
}

/** A declaration's id: its name, and a generic definition's arity (`QueryDb`1`). */
const SAFE_ID = /^[A-Za-z_][A-Za-z0-9_]*(`\d{1,2})?$/;

/**
 * Every name the model carries into generated code (declarations, generic parameters, members,
 * attributes, namespaces, type references, operations) must be a plain ASCII identifier: a loader
 * that lets another name through is stopped here, at the node that holds it, rather than writing
 * code that the name could change the meaning of. Type references are walked without recursion.
 */
function checkIdentifiers(model: MetadataModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (what: string, name: string | undefined, where: SourceLocation, valid = isSafeIdentifier) => {
    if (name !== undefined && !valid(name)) out.push(diagnostic('unsafe-identifier', { what, name }, where));
  };
  const checkRef = (root: TypeRef, where: SourceLocation) => {
    const pending: TypeRef[] = [root];
    for (let ref = pending.pop(); ref; ref = pending.pop()) {
      if (ref.kind === 'named') {
        check('type name', ref.id, where, (id) => SAFE_ID.test(id));
        pending.push(...ref.args);
      } else if (ref.kind === 'param') check('generic parameter', ref.name, where);
      else if (ref.kind === 'opaque') {
        check('type name', ref.name, where);
        check('namespace', ref.namespace, where, isSafeNamespace);
      } else if (ref.kind === 'list') pending.push(ref.element);
      else if (ref.kind === 'dictionary') pending.push(ref.key, ref.value);
      else if (ref.kind === 'nullable') pending.push(ref.of);
    }
  };
  const checkAttributes = (attributes: readonly Attribute[]) => {
    for (const a of attributes) {
      check('attribute name', a.name, a.source);
      for (const arg of a.args) check('attribute argument', arg.name, a.source);
    }
  };
  for (const t of model.types) {
    check('type name', t.name, t.source);
    if (isSafeIdentifier(t.name)) check('type name', t.id, t.source, (id) => SAFE_ID.test(id) && id.replace(/`\d+$/, '') === t.name);
    check('namespace', t.namespace, t.source, isSafeNamespace);
    checkAttributes(t.attributes);
    for (const inner of t.innerTypes) check('type name', inner, t.source, (id) => SAFE_ID.test(id));
    if (t.kind === 'enum') {
      for (const m of t.members) check('enum member', m.name, m.source);
      continue;
    }
    for (const p of t.genericParams) check('generic parameter', p, t.source);
    if (t.base) checkRef(t.base, t.source);
    for (const i of t.implements) checkRef(i, t.source);
    for (const p of t.properties) {
      check('property name', p.name, p.source);
      checkRef(p.type, p.source);
      checkAttributes(p.attributes);
    }
  }
  for (const op of model.operations) {
    check('operation name', op.name, op.source);
    check('type name', op.request, op.source, (id) => SAFE_ID.test(id));
    if (op.response) checkRef(op.response, op.source);
    if (op.returnType) checkRef(op.returnType, op.source);
  }
  for (const ns of model.namespaces) check('namespace', ns, { file: model.types[0]?.source.file ?? '' }, isSafeNamespace);
  return out;
}

function checkBaseTypes(types: readonly TypeDecl[], byId: ReadonlyMap<string, TypeDecl>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const t of types) {
    if (t.kind === 'enum' || !t.base) continue;
    const base = t.base;
    // Collections are fine (`class Names : List<string>`); system types and structs are not.
    if (base.kind === 'primitive' || base.kind === 'opaque' || base.kind === 'nullable' || base.kind === 'param') {
      const name = base.kind === 'primitive' || base.kind === 'opaque' || base.kind === 'param' ? base.name : 'Nullable';
      out.push(diagnostic('bad-base-type', { name, reason: 'is not a class' }, baseLocation(t)));
      continue;
    }
    if (base.kind !== 'named') continue;
    const target = byId.get(base.id);
    if (target && target.kind !== t.kind && !(t.kind === 'interface' && target.kind === 'class')) {
      out.push(diagnostic('bad-base-type', { name: base.id, reason: `is ${article(target.kind)}, not a class` }, baseLocation(t)));
    }
  }
  return out;
}

/**
 * Walks each base chain once (white/grey/black colouring), so the whole check is linear in the
 * number of types however long the chains are. Each cycle is reported once, at its first member.
 */
function checkBaseCycles(types: readonly TypeDecl[], byId: ReadonlyMap<string, TypeDecl>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of types) {
    const chain: ClassDecl[] = [];
    let current: TypeDecl | undefined = start;
    while (current && current.kind !== 'enum' && !state.has(current.id)) {
      state.set(current.id, 'visiting');
      chain.push(current);
      current = current.base?.kind === 'named' ? byId.get(current.base.id) : undefined;
    }
    if (current && state.get(current.id) === 'visiting') {
      const loopStart = chain.findIndex((c) => c.id === current?.id);
      const cycle = chain.slice(loopStart);
      const first = cycle[0] as ClassDecl;
      out.push(diagnostic('base-type-cycle', { cycle: [...cycle.map((c) => c.id), first.id] }, baseLocation(first)));
    }
    for (const c of chain) state.set(c.id, 'done');
  }
  return out;
}

/**
 * Interfaces that implement each other (`IA : IB`, `IB : IA`): no language can declare them.
 * Depth first with colours, without recursion; each cycle reported once, at its first member.
 */
function checkInterfaceCycles(types: readonly TypeDecl[], byId: ReadonlyMap<string, TypeDecl>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const implemented = (t: ClassDecl) =>
    t.implements.flatMap((i) => {
      const target = i.kind === 'named' ? byId.get(i.id) : undefined;
      return target && target.kind === 'interface' ? [target] : [];
    });
  for (const start of types) {
    if (start.kind !== 'interface' || state.has(start.id)) continue;
    const path: ClassDecl[] = [start];
    const pending: ClassDecl[][] = [implemented(start)];
    state.set(start.id, 'visiting');
    while (path.length > 0) {
      const next = (pending[pending.length - 1] as ClassDecl[]).shift();
      if (!next) {
        state.set((path.pop() as ClassDecl).id, 'done');
        pending.pop();
        continue;
      }
      const seen = state.get(next.id);
      if (seen === 'visiting') {
        const cycle = path.slice(path.findIndex((c) => c.id === next.id));
        const first = cycle[0] as ClassDecl;
        out.push(diagnostic('base-type-cycle', { cycle: [...cycle.map((c) => c.id), first.id] }, { ...first.source, pointer: `${first.source.pointer ?? ''}/implements` }));
      } else if (seen === undefined) {
        state.set(next.id, 'visiting');
        path.push(next);
        pending.push(implemented(next));
      }
    }
  }
  return out;
}

function baseLocation(t: ClassDecl) {
  return { ...t.source, pointer: `${t.source.pointer ?? ''}/inherits` };
}

function article(kind: string): string {
  return kind === 'interface' || kind === 'enum' ? `an ${kind}` : `a ${kind}`;
}
