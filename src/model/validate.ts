// Checks that hold for every model, whichever loader built it: base types are classes, and no
// class inherits from itself through its base chain. Each check is one pass over the types.

import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ClassDecl, MetadataModel, TypeDecl } from './types.js';

export function validateModel(model: MetadataModel): Diagnostic[] {
  const byId = new Map<string, TypeDecl>(model.types.map((t) => [t.id, t]));
  return [...checkBaseTypes(model.types, byId), ...checkBaseCycles(model.types, byId), ...checkInterfaceCycles(model.types, byId)];
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
