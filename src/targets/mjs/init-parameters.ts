// The `init` parameter of a class's constructor, as its JSDoc types it: `name?:type` for each
// property of the class, then of its base, and of the base's base. Each class's list is built
// once from its base's, so a deep chain of bases costs one walk; a property a class redeclares
// appears once, where the class declares it (an object type has one member per name).

import type { ClassDecl, MetadataModel, TypeDecl } from '../../model/types.js';
import { typesById } from '../../model/walk.js';
import type { TypeExpressions } from '../typescript/type-expr.js';
import { MJS_NAMING } from './names.js';

/**
 * The most entries one constructor's JSDoc may list. Each class lists its bases' properties too,
 * so a long chain of bases grows the file with the square of its depth (20,000 levels would be
 * billions of entries); past a bound no real model reaches, the file is refused at the class.
 */
export const MAX_INIT_PARAMETERS = 5000;

/** Thrown when a class's list would pass MAX_INIT_PARAMETERS: building stops there. */
export class TooManyInitParameters extends Error {
  constructor(
    readonly decl: ClassDecl,
    readonly count: number,
  ) {
    super(`${decl.name}: ${count} init parameters`);
  }
}

interface Parameter {
  name: string;
  text: string;
}

export class InitParameters {
  private readonly byId: ReadonlyMap<string, TypeDecl>;
  private readonly built = new Map<string, readonly Parameter[]>();

  constructor(
    private readonly model: MetadataModel,
    private readonly types: TypeExpressions,
  ) {
    this.byId = typesById(model);
  }

  /** `name?:type` entries, own properties first. */
  of(decl: ClassDecl): string[] {
    return this.parameters(decl).map((p) => p.text);
  }

  private parameters(decl: ClassDecl): readonly Parameter[] {
    // Up the chain to the first class already built (or the top), then down again, building each.
    const chain: ClassDecl[] = [];
    const seen = new Set<string>();
    let current: ClassDecl | undefined = decl;
    while (current && !this.built.has(current.id) && !seen.has(current.id)) {
      seen.add(current.id);
      chain.push(current);
      current = this.base(current);
    }
    let inherited: readonly Parameter[] = current ? (this.built.get(current.id) ?? []) : [];
    for (let i = chain.length - 1; i >= 0; i--) {
      const type = chain[i] as ClassDecl;
      const own = type.properties.map((p): Parameter => {
        const name = MJS_NAMING.propertyName(p, this.model.service.textCase);
        return { name, text: `${name}?:${this.types.expr(p.type)}` };
      });
      const names = new Set(own.map((p) => p.name));
      inherited = [...own, ...inherited.filter((p) => !names.has(p.name))];
      if (inherited.length > MAX_INIT_PARAMETERS) throw new TooManyInitParameters(type, inherited.length);
      this.built.set(type.id, inherited);
    }
    return this.built.get(decl.id) ?? [];
  }

  private base(decl: ClassDecl): ClassDecl | undefined {
    const base = decl.base?.kind === 'named' ? this.byId.get(decl.base.id) : undefined;
    return base && base.kind !== 'enum' ? base : undefined;
  }
}
