// Which properties a Kotlin class must mark `override`: those a supertype already declares. A
// supertype's properties count when it is reached through base classes, or when it is an
// interface; a class reached only as an implemented type passes on its bases' properties, not
// its own. Enums, library types and unknown types end a walk.
//
// Answered without walking base chains per class, so that a chain of any depth is linear: a name
// is looked up among the few types declaring it, and a declaring class is an ancestor exactly
// when its interval of the base-class forest's depth-first tour contains the class's. A name
// many types declare is looked for up the class's chain instead (iteratively).

import type { ClassDecl, TypeDecl } from '../../model/types.js';

interface Interval {
  enter: number;
  exit: number;
}

/** The types whose properties a class reaches through implemented types. */
interface Implemented {
  /** Implemented interfaces (and theirs): their own properties count. */
  interfaces: ReadonlySet<string>;
  /** Every implemented type: the properties of its base classes count. */
  anchors: ReadonlySet<string>;
}

/** Up to this many types declaring a name, each is checked for being a supertype; past it, the chain is walked. */
const FEW_OWNERS = 32;

const NONE: Implemented = { interfaces: new Set(), anchors: new Set() };

export class InheritedNames {
  private readonly declaring = new Map<string, string[]>();
  private readonly parent = new Map<string, string>();
  private readonly tour = new Map<string, Interval>();
  private readonly implemented = new Map<string, Implemented>();
  private readonly namesById = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly byId: ReadonlyMap<string, TypeDecl>,
    private readonly isLibrary: (id: string) => boolean,
  ) {
    for (const [id, t] of byId) {
      if (t.kind === 'enum') continue;
      for (const p of t.properties) {
        const list = this.declaring.get(p.name);
        if (list) list.push(id);
        else this.declaring.set(p.name, [id]);
      }
      const base = t.base?.kind === 'named' ? this.supertype(t.base.id) : undefined;
      if (base) this.parent.set(id, base.id);
    }
    this.tourForest();
  }

  /** Whether a supertype of `decl` declares a property named `name`. */
  has(decl: ClassDecl, name: string): boolean {
    const owners = this.declaring.get(name);
    if (!owners) return false;
    const via = this.implementedBy(decl.id);
    // A name many types declare (`Id`) is looked for up the chain instead: chains are short where names repeat.
    if (owners.length > FEW_OWNERS) return this.upTheChain(decl.id, name) || [...via.interfaces].some((i) => this.names(i).has(name)) || [...via.anchors].some((a) => this.upTheChain(a, name));
    for (const owner of owners) {
      if (owner === decl.id) continue;
      if (this.isAncestor(owner, decl.id) || via.interfaces.has(owner)) return true;
      for (const anchor of via.anchors) if (this.isAncestor(owner, anchor)) return true;
    }
    return false;
  }

  /** Whether a base of `id`, or a base of that, declares `name`; at most one step per type, so a base cycle ends. */
  private upTheChain(id: string, name: string): boolean {
    let steps = 0;
    for (let at = this.parent.get(id); at !== undefined && steps <= this.parent.size; at = this.parent.get(at), steps++) {
      if (this.names(at).has(name)) return true;
    }
    return false;
  }

  private names(id: string): ReadonlySet<string> {
    let names = this.namesById.get(id);
    if (!names) {
      const t = this.byId.get(id);
      names = new Set(t && t.kind !== 'enum' ? t.properties.map((p) => p.name) : []);
      this.namesById.set(id, names);
    }
    return names;
  }

  private supertype(id: string): ClassDecl | undefined {
    const t = this.byId.get(id);
    return !t || t.kind === 'enum' || this.isLibrary(id) ? undefined : t;
  }

  /** A proper ancestor in the base-class forest. */
  private isAncestor(ancestor: string, id: string): boolean {
    if (ancestor === id) return false;
    const a = this.tour.get(ancestor);
    const b = this.tour.get(id);
    return !!a && !!b && a.enter <= b.enter && b.exit <= a.exit;
  }

  /** A depth-first tour of the base-class forest, without recursion; a base cycle is cut where the tour meets it. */
  private tourForest(): void {
    const children = new Map<string, string[]>();
    for (const [child, base] of this.parent) {
      const list = children.get(base);
      if (list) list.push(child);
      else children.set(base, [child]);
    }
    let clock = 0;
    const visit = (root: string) => {
      const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
      this.tour.set(root, { enter: clock++, exit: -1 });
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const child = children.get(top.id)?.[top.next++];
        if (child === undefined) {
          this.tour.get(top.id)!.exit = clock++;
          stack.pop();
        } else if (!this.tour.has(child)) {
          this.tour.set(child, { enter: clock++, exit: -1 });
          stack.push({ id: child, next: 0 });
        }
      }
    };
    for (const id of this.byId.keys()) if (!this.parent.has(id) && !this.tour.has(id)) visit(id);
    for (const id of this.parent.keys()) if (!this.tour.has(id)) visit(id);
  }

  /** What a type reaches through implemented types, its own and its bases': memoised, without recursion. */
  private implementedBy(start: string): Implemented {
    const pending = [start];
    const open = new Set<string>();
    while (pending.length > 0) {
      const id = pending[pending.length - 1]!;
      if (this.implemented.has(id)) {
        pending.pop();
        continue;
      }
      const t = this.supertype(id);
      const base = this.parent.get(id);
      const targets = t ? t.implements.flatMap((i) => (i.kind === 'named' && this.supertype(i.id) ? [i.id] : [])) : [];
      const missing = [base, ...targets].filter((d): d is string => d !== undefined && !this.implemented.has(d) && !open.has(d));
      if (missing.length > 0 && !open.has(id)) {
        open.add(id);
        pending.push(...missing);
        continue;
      }
      pending.pop();
      open.delete(id);
      this.implemented.set(id, this.combine(base, targets));
    }
    return this.implemented.get(start)!;
  }

  private combine(base: string | undefined, targets: string[]): Implemented {
    const inherited = (base && this.implemented.get(base)) || NONE;
    if (targets.length === 0) return inherited;
    const interfaces = new Set(inherited.interfaces);
    const anchors = new Set(inherited.anchors);
    for (const target of targets) {
      anchors.add(target);
      if (this.byId.get(target)!.kind === 'interface') interfaces.add(target);
      const further = this.implemented.get(target) ?? NONE;
      for (const i of further.interfaces) interfaces.add(i);
      for (const a of further.anchors) anchors.add(a);
    }
    return { interfaces, anchors };
  }
}
