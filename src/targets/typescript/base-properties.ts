// The properties a class inherits from its base classes, by name: a strict class redeclares them
// with `declare`, since under ES2022 class fields a plain redeclaration would reset the base's
// value after `super()` (TS2612). Each class's set is built once from its base's, so a deep
// chain of bases costs one walk.

import type { ClassDecl, TypeDecl } from '../../model/types.js';

export class BaseProperties {
  private readonly built = new Map<string, ReadonlySet<string>>();

  constructor(private readonly byId: ReadonlyMap<string, TypeDecl>) {}

  /** The property names of `decl`'s bases (not its own). */
  of(decl: ClassDecl): ReadonlySet<string> {
    const chain: ClassDecl[] = [];
    const seen = new Set<string>();
    let current = this.baseOf(decl);
    // Walk up to the first base already known (a cycle is refused before any target runs; `seen` guards regardless).
    while (current && !this.built.has(current.id) && !seen.has(current.id)) {
      seen.add(current.id);
      chain.push(current);
      current = this.baseOf(current);
    }
    let names: ReadonlySet<string> = current ? (this.built.get(current.id) ?? new Set()) : new Set();
    for (const base of chain.reverse()) {
      names = new Set([...names, ...base.properties.map((p) => p.name)]);
      this.built.set(base.id, names);
    }
    return names;
  }

  private baseOf(decl: ClassDecl): ClassDecl | undefined {
    const base = decl.base?.kind === 'named' ? this.byId.get(decl.base.id) : undefined;
    return base && base.kind !== 'enum' ? base : undefined;
  }
}
